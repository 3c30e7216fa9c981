package uk.org.ncpm.access;

/**
 * Who may see and do what: the rules as plain functions, tested role by role (AccessTest). The web
 * layer asks these; it never compares roles itself.
 */
public final class Access {

    private Access() {
    }

    /** The pages and figures of a force: anyone may see published ones; this is about signed-in views of it. */
    public static boolean canViewForce(User user, String forceCode) {
        return switch (user.role()) {
            case ANALYST, ADMIN -> true;
            case FORCE, PCC -> user.forceCode().orElseThrow().equals(forceCode);
        };
    }

    /** A scheduled release's figures for this force before its publication instant. */
    public static boolean canSeePreRelease(User user, String forceCode) {
        return switch (user.role()) {
            case ANALYST -> true;
            case FORCE, PCC -> user.forceCode().orElseThrow().equals(forceCode);
            case ADMIN -> false; // runs the accounts, is not on the pre-release list
        };
    }

    /** A scheduled release's England and Wales figures before publication. */
    public static boolean canSeeNationalPreRelease(User user) {
        return user.role() == Role.ANALYST;
    }

    /** Prepare, schedule and cancel releases; upload files. */
    public static boolean canPrepareRelease(User user) {
        return user.role() == Role.ANALYST;
    }

    /** Edit and publish the PCC statement of a force. */
    public static boolean canEditStatement(User user, String forceCode) {
        return user.role() == Role.PCC && user.forceCode().orElseThrow().equals(forceCode);
    }

    /** Add, disable and reset the passwords of users. */
    public static boolean canManageUsers(User user) {
        return user.role() == Role.ADMIN;
    }

    /** Read the audit log. */
    public static boolean canReadAudit(User user) {
        return user.role() == Role.ADMIN;
    }
}
