package uk.org.ncpm.access;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person who can sign in, as access decisions see them.
 *
 * @param forceCode the ONS code of the territorial force a {@code force} or {@code pcc} user is bound to; empty otherwise
 */
public record User(String username, String displayName, Role role, Optional<String> forceCode) {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");

    public User {
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("username '" + username + "': use 2 to 64 lower-case letters, digits "
                    + "and . _ @ -, starting with a letter or digit");
        }
        if (role.boundToForce() && forceCode.isEmpty()) {
            throw new IllegalArgumentException("a " + role.id() + " user is bound to one force: give its code (e.g. E23000003)");
        }
        if (!role.boundToForce() && forceCode.isPresent()) {
            throw new IllegalArgumentException("a " + role.id() + " user is not bound to a force; leave out the force "
                    + forceCode.get());
        }
        displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
    }
}
