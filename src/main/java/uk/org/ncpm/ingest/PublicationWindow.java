package uk.org.ncpm.ingest;

import java.time.Clock;
import java.time.YearMonth;

/**
 * The months data.police.uk can have published street records for: from December 2010, when the
 * street-level archive begins, to the current month. A file outside it is a mistake, and storing
 * it is costly (a 2999-01 file once made coverage 505,766 rows of empty months).
 *
 * @param first the earliest month accepted
 * @param last  the latest month accepted (the current month by the clock given)
 */
public record PublicationWindow(YearMonth first, YearMonth last) {

    public static final YearMonth ARCHIVE_START = YearMonth.of(2010, 12);

    /** The window ending at the current month of the clock (tests pass a fixed clock). */
    public static PublicationWindow endingNow(Clock clock) {
        return new PublicationWindow(ARCHIVE_START, YearMonth.now(clock));
    }

    void check(String file, YearMonth month) throws IngestException {
        if (month.isBefore(first) || month.isAfter(last)) {
            throw IngestException.ofFile(file, "month " + month + " (from the file name) is outside the months "
                    + "data.police.uk publishes, " + first + " to " + last + "; nothing from this run was stored");
        }
    }
}
