package uk.org.ncpm.web;

import io.javalin.http.Context;
import uk.org.ncpm.access.Session;
import uk.org.ncpm.access.SignInResult;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/** GET and POST /sign-in, POST /sign-out. */
public final class SignIn {

    static final String PATH = "/sign-in";
    static final String SIGN_OUT = "/sign-out";

    /**
     * The sign-in form.
     *
     * @param error the GOV.UK error summary's message, if the last attempt failed
     * @param next  where to go once signed in: a path of this site
     */
    public record Page(String csrfToken, String username, Optional<String> error, boolean oidc, String next) {
    }

    private final SiteAccess access;

    SignIn(SiteAccess access) {
        this.access = access;
    }

    void form(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        if (visitor.signedIn()) {
            ctx.redirect(next(ctx.queryParam("next")), io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        render(ctx, session(ctx, visitor), "", Optional.empty(), next(ctx.queryParam("next")));
    }

    void submit(Context ctx) {
        FormToken.require(ctx);
        String username = Optional.ofNullable(ctx.formParam("username")).orElse("");
        char[] password = Optional.ofNullable(ctx.formParam("password")).orElse("").toCharArray();
        String next = next(ctx.formParam("next"));
        if (username.isBlank() || password.length == 0) {
            render(ctx, Visitor.of(ctx).session().orElseThrow(), username, Optional.of(username.isBlank()
                    ? "Enter your username" : "Enter your password"), next);
            return;
        }
        SignInResult result = access.control().signIn(username, password, ctx.ip(), Visitor.of(ctx).session());
        Arrays.fill(password, ' ');
        if (result instanceof SignInResult.SignedIn signedIn) {
            SessionCookie.set(ctx, signedIn.session(), access.secureCookie());
            ctx.redirect(next, io.javalin.http.HttpStatus.SEE_OTHER);
        } else if (result instanceof SignInResult.Refused refused) {
            render(ctx, Visitor.of(ctx).session().orElseThrow(), username, Optional.of(refused.message()), next);
        }
    }

    void signOut(Context ctx) {
        FormToken.require(ctx);
        access.control().signOut(Visitor.of(ctx).session().orElseThrow(), ctx.ip());
        SessionCookie.clear(ctx, access.secureCookie());
        ctx.redirect("/", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** The visitor's session, or a new one (with its cookie) for the form's token. */
    private Session session(Context ctx, Visitor visitor) {
        if (visitor.session().isPresent()) {
            return visitor.session().get();
        }
        Session session = access.control().sessions().start();
        SessionCookie.set(ctx, session, access.secureCookie());
        return session;
    }

    private void render(Context ctx, Session session, String username, Optional<String> error, String next) {
        ctx.html(WebApp.html("signIn.jte", Map.of("page", new Page(session.csrfToken(), username, error,
                access.oidc().isPresent(), next))));
    }

    /** A path of this site to go to after signing in; anything else (another site: an open redirect) goes home. */
    static String next(String wanted) {
        if (wanted == null || !wanted.startsWith("/") || wanted.startsWith("//") || wanted.startsWith("/\\")
                || wanted.startsWith(PATH) || wanted.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return wanted;
    }
}
