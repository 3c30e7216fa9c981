package uk.org.ncpm.ingest;

import java.time.YearMonth;

/**
 * Whether one force's data for one month and source is present, and how complete.
 *
 * @param records           crime records (rows with a Crime ID) in the current vintage, each row identical in
 *                          every column to an earlier one counted once; 0 when missing
 * @param status            complete, partial or missing
 * @param reason            why, in words
 * @param duplicatesDropped crime records identical in every column to an earlier row of the file, kept as
 *                          published but not counted
 */
public record CoverageRow(String source, String forceCode, YearMonth month, long records, CoverageStatus status,
                          String reason, long duplicatesDropped) {

    /** A row without identical duplicate rows. */
    public CoverageRow(String source, String forceCode, YearMonth month, long records, CoverageStatus status, String reason) {
        this(source, forceCode, month, records, status, reason, 0);
    }
}
