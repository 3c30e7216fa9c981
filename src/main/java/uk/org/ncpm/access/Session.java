package uk.org.ncpm.access;

import java.time.Instant;
import java.util.Optional;

/**
 * A visitor's session in the server's memory.
 *
 * @param id        256 random bits, the cookie's value; a new one at sign-in
 * @param csrfToken 256 random bits every form of the session carries back
 * @param username  the signed-in user, or empty before sign-in (the sign-in form has a session for its token)
 * @param vouched   the user as an OpenID provider described them (role and force from its claims); empty for local accounts
 */
public record Session(String id, String csrfToken, Optional<String> username, Instant started, Instant lastSeen,
                      Optional<User> vouched) {

    Session seenAt(Instant now) {
        return new Session(id, csrfToken, username, started, now, vouched);
    }

    /** The form's token is this session's, compared in constant time. */
    public boolean carries(String token) {
        return token != null && java.security.MessageDigest.isEqual(csrfToken.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
