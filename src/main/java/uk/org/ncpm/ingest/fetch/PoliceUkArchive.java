package uk.org.ncpm.ingest.fetch;

import java.net.URI;
import java.time.YearMonth;

/**
 * One data.police.uk monthly archive, {@code /data/archive/YYYY-MM.zip}: the street, outcomes and
 * stop-and-search files of every force for the 36 months ending with its own month, in the layout
 * {@code YYYY-MM/YYYY-MM-<force>-street.csv}.
 */
public record PoliceUkArchive(YearMonth month) {

    /** Months each archive holds, ending with its own month. */
    public static final int WINDOW_MONTHS = 36;

    public YearMonth firstMonth() {
        return month.minusMonths(WINDOW_MONTHS - 1L);
    }

    public boolean holds(MonthRange range) {
        return !range.first().isBefore(firstMonth()) && !range.last().isAfter(month);
    }

    public MonthRange window() {
        return new MonthRange(firstMonth(), month);
    }

    public String fileName() {
        return month + ".zip";
    }

    public URI uri(URI baseUrl) {
        String base = baseUrl.toString().replaceAll("/+$", "");
        return URI.create(base + "/data/archive/" + fileName());
    }
}
