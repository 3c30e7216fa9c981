package uk.org.ncpm.access;

import java.util.Locale;

/** How a recorded action ended. */
public enum AuditOutcome {
    SUCCESS, FAILURE, DENIED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AuditOutcome of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
