package uk.org.ncpm.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a signed-in person may do (docs/architecture.md, "Access"). Stored and typed in lower case. */
public enum Role {
    /** Every force, every release before publication; prepares and schedules releases. */
    ANALYST,
    /** One force's pages of a scheduled release before publication. */
    FORCE,
    /** One force: as {@link #FORCE}, and later its PCC statement. */
    PCC,
    /** Users and the audit log; no pre-release figures. */
    ADMIN;

    /** The role's name as stored and typed: analyst, force, pcc or admin. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Bound to one territorial force. */
    public boolean boundToForce() {
        return this == FORCE || this == PCC;
    }

    /**
     * @throws IllegalArgumentException naming the value and the roles there are
     */
    public static Role of(String id) {
        for (Role role : values()) {
            if (role.id().equals(id == null ? "" : id.strip().toLowerCase(Locale.ROOT))) {
                return role;
            }
        }
        throw new IllegalArgumentException("no role '" + id + "'; the roles are " + ids());
    }

    public static String ids() {
        return Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", "));
    }
}
