package uk.org.ncpm.web;

import io.javalin.http.Context;
import uk.org.ncpm.access.Session;
import uk.org.ncpm.access.User;

import java.util.Optional;

/**
 * Who is asking: anonymous, or a signed-in {@link User}. Known for every request of a site with sign-in
 * (AccessRoutes works it out before any handler); anonymous on a site without.
 *
 * @param session the visitor's session, signed in or not (the sign-in form has one for its token)
 */
public record Visitor(Optional<User> user, Optional<Session> session) {

    static final String ATTRIBUTE = "ncpm.visitor";
    public static final Visitor ANONYMOUS = new Visitor(Optional.empty(), Optional.empty());

    /** The visitor of the request. */
    public static Visitor of(Context ctx) {
        Visitor visitor = ctx.attribute(ATTRIBUTE);
        return visitor == null ? ANONYMOUS : visitor;
    }

    public boolean signedIn() {
        return user.isPresent();
    }

    /** The token the visitor's forms carry, if the visitor has a session. */
    public Optional<String> csrfToken() {
        return session.map(Session::csrfToken);
    }
}
