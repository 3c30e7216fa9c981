package uk.org.ncpm.store;

import java.util.Optional;

/**
 * What the store made of one validated file.
 *
 * @param file         the street file or table as read
 * @param sourceFileId the vintage's id: new, or the existing one for unchanged bytes
 * @param revises      the vintage this one supersedes, for a revision
 */
public record VintageOutcome<F>(F file, Status status, long sourceFileId, Optional<Long> revises) {

    public enum Status {
        /** First vintage of this file. */
        NEW,
        /** Different bytes for a file already loaded (same force and month, or same table and period): both kept, figures use the newest. */
        REVISION,
        /** The same bytes are already stored: nothing written. */
        UNCHANGED
    }

    boolean writes() {
        return status != Status.UNCHANGED;
    }
}
