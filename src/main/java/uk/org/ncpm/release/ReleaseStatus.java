package uk.org.ncpm.release;

/** Where a release is in its life: prepared, scheduled for an instant, published at it, or cancelled before it. */
public enum ReleaseStatus {
    PREPARED, SCHEDULED, PUBLISHED, CANCELLED;

    /** As `ncpm release list` prints it and its CSV column holds it. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
