package uk.org.ncpm.web;

import io.javalin.http.Context;
import uk.org.ncpm.access.Session;

import java.util.Optional;

/**
 * The session cookie: {@code ncpm-session}, HttpOnly (no script reads it), Secure (unless a local test says
 * otherwise), SameSite=Lax (sent on top-level navigation back from an identity provider, never on another
 * site's form posts), for the whole site, ending with the browser.
 */
final class SessionCookie {

    static final String NAME = "ncpm-session";

    private SessionCookie() {
    }

    static Optional<String> of(Context ctx) {
        return Optional.ofNullable(ctx.cookie(NAME)).filter(v -> !v.isBlank());
    }

    static boolean carriedBy(String cookieHeader) {
        return cookieHeader != null && cookieHeader.contains(NAME + "=");
    }

    static void set(Context ctx, Session session, boolean secure) {
        ctx.res().addHeader("Set-Cookie", NAME + "=" + session.id() + "; Path=/; HttpOnly" + (secure ? "; Secure" : "") + "; SameSite=Lax");
    }

    static void clear(Context ctx, boolean secure) {
        ctx.res().addHeader("Set-Cookie", NAME + "=; Path=/; Max-Age=0; HttpOnly" + (secure ? "; Secure" : "") + "; SameSite=Lax");
    }
}
