package uk.org.ncpm.text;

import uk.org.ncpm.ingest.CoverageRow;

import java.util.List;

/** The published columns of a coverage row (a force's month of data.police.uk records), the same in `ncpm coverage` and the API. */
public final class CoverageColumns {

    public static final List<String> NAMES = List.of("source", "force_code", "month", "records", "status", "reason",
            "duplicates_dropped");

    private CoverageColumns() {
    }

    /**
     * The values of {@link #NAMES}: the month as YYYY-MM, the records (identical duplicate rows counted once) and
     * the identical duplicate rows not counted as numbers.
     */
    public static List<Object> of(CoverageRow row) {
        return List.of(row.source(), row.forceCode(), row.month().toString(), row.records(), row.status().word(), row.reason(),
                row.duplicatesDropped());
    }
}
