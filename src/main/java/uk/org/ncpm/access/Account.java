package uk.org.ncpm.access;

import java.time.Instant;
import java.util.Optional;

/**
 * A user as stored: who they are, their password's Argon2id hash (never the password), and whether they may sign in.
 *
 * @param passwordHash empty for accounts that sign in only through OpenID Connect
 */
public record Account(User user, Optional<String> passwordHash, boolean disabled, Instant createdAt,
                      Optional<String> oidcSubject) {

    public String username() {
        return user.username();
    }
}
