package uk.org.ncpm.store;

import uk.org.ncpm.ingest.StreetFile;

import java.util.Optional;

/**
 * What the store made of one validated file.
 *
 * @param sourceFileId the vintage's id: new, or the existing one for unchanged bytes
 * @param revises      the vintage this one supersedes, for a revision
 */
public record VintageOutcome(StreetFile file, Status status, long sourceFileId, Optional<Long> revises) {

    public enum Status {
        /** First vintage for this force and month. */
        NEW,
        /** Different bytes for a force and month already loaded: both kept, figures use the newest. */
        REVISION,
        /** The same bytes are already stored: nothing written. */
        UNCHANGED
    }
}
