package uk.org.ncpm.ingest;

import java.time.YearMonth;

/**
 * Whether one force's data for one month and source is present, and how complete.
 *
 * @param records crime records (rows with a Crime ID) in the current vintage; 0 when missing
 * @param status  {@code complete}, {@code partial} or {@code missing}
 * @param reason  why, in words
 */
public record CoverageRow(String source, String forceCode, YearMonth month, long records, String status, String reason) {

    public static final String COMPLETE = "complete";
    public static final String PARTIAL = "partial";
    public static final String MISSING = "missing";
}
