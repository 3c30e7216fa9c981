package uk.org.ncpm.ingest;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The months a published table may give figures for: from January 2000 (before the earliest series
 * the product uses) to the current month. A date outside is a typing or export error ({@code 2999-01}),
 * and one such row would make every later step work on a thousand years of empty months.
 */
public record PeriodWindow(YearMonth first, YearMonth last) {

    public static final YearMonth EARLIEST = YearMonth.of(2000, 1);

    /** January 2000 to the month it is now. */
    public static PeriodWindow untilNow() {
        return new PeriodWindow(EARLIEST, YearMonth.now());
    }

    public boolean contains(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        return !month.isBefore(first) && !month.isAfter(last);
    }

    /** For messages: {@code expected a date from 2000-01 to 2026-12, found 2999-01-31}. */
    public String expected(LocalDate found) {
        return "expected a date from " + first + " to " + last + " (the current month), found " + found;
    }
}
