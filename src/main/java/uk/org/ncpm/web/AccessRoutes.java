package uk.org.ncpm.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import uk.org.ncpm.access.Session;
import uk.org.ncpm.access.User;
import uk.org.ncpm.catalogue.Catalogue;

import java.util.Optional;
import java.util.Set;

/**
 * The sign-in and admin routes, and who the visitor is on every request. None of these answers is kept in
 * the site's cache; every answer to a request with a session cookie says {@code Cache-Control: no-store,
 * private}, and a kept answer is never served to it (KeptAnswers), so a signed-in page reaches no one else.
 */
final class AccessRoutes {

    /** The only addresses that take a POST: the forms. */
    static final Set<String> POSTS = Set.of(SignIn.PATH, SignIn.SIGN_OUT, AdminPages.USERS + "/add",
            AdminPages.USERS + "/disable", AdminPages.USERS + "/reset-password");

    private AccessRoutes() {
    }

    static void add(JavalinConfig config, SiteAccess access, Catalogue catalogue) {
        SignIn signIn = new SignIn(access);
        AdminPages admin = new AdminPages(access, catalogue);
        config.routes.before(ctx -> {
            Visitor visitor = visitor(ctx, access);
            ctx.attribute(Visitor.ATTRIBUTE, visitor);
            AccountHeader.bind(visitor);
            if (SessionCookie.of(ctx).isPresent() || ctx.path().startsWith(SignIn.PATH) || ctx.path().startsWith("/admin/")) {
                ctx.header("Cache-Control", "no-store, private");
            }
        });
        config.routes.after(ctx -> AccountHeader.unbind());
        config.routes.get(SignIn.PATH, signIn::form);
        config.routes.post(SignIn.PATH, signIn::submit);
        config.routes.post(SignIn.SIGN_OUT, signIn::signOut);
        config.routes.get(AdminPages.USERS, admin::users);
        config.routes.post(AdminPages.USERS + "/add", admin::add);
        config.routes.post(AdminPages.USERS + "/disable", admin::disable);
        config.routes.post(AdminPages.USERS + "/reset-password", admin::resetPassword);
        config.routes.get(AdminPages.AUDIT, admin::audit);
        config.routes.get(AdminPages.AUDIT + ".csv", admin::auditCsv);
        access.oidc().ifPresent(oidc -> {
            config.routes.get(OidcSignIn.START, ctx -> oidc.start(ctx, access));
            config.routes.get(OidcSignIn.CALLBACK, ctx -> oidc.callback(ctx, access));
        });
    }

    /** Whether the site takes a POST at this path (WebApp answers 405 to any other). */
    static boolean takesPost(String path) {
        return POSTS.contains(path);
    }

    private static Visitor visitor(Context ctx, SiteAccess access) {
        Optional<Session> session = SessionCookie.of(ctx).flatMap(id -> access.control().sessions().find(id));
        Optional<User> user = session.flatMap(s -> access.control().userOf(s));
        return new Visitor(user, session);
    }
}
