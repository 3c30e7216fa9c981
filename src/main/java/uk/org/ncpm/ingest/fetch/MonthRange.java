package uk.org.ncpm.ingest.fetch;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The months a user asks for, first to last inclusive: {@code 2019-03..2019-06}, or one month {@code 2019-03}. */
public record MonthRange(YearMonth first, YearMonth last) {

    public MonthRange {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("month range " + first + ".." + last + ": the last month is before the first");
        }
    }

    public static MonthRange parse(String text) {
        String[] parts = text.trim().split("\\.\\.", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("month range '" + text + "': expected YYYY-MM..YYYY-MM, e.g. 2019-03..2019-06");
        }
        YearMonth first = month(parts[0], text);
        return new MonthRange(first, parts.length == 2 ? month(parts[1], text) : first);
    }

    private static YearMonth month(String part, String text) {
        try {
            return YearMonth.parse(part.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("month range '" + text + "': '" + part
                    + "' is not a month; expected YYYY-MM..YYYY-MM, e.g. 2019-03..2019-06", e);
        }
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** Consecutive pieces of at most {@code size} months: one archive window each. */
    public List<MonthRange> pieces(int size) {
        List<MonthRange> pieces = new ArrayList<>();
        for (YearMonth start = first; !start.isAfter(last); start = start.plusMonths(size)) {
            YearMonth end = start.plusMonths(size - 1L);
            pieces.add(new MonthRange(start, end.isAfter(last) ? last : end));
        }
        return pieces;
    }

    @Override
    public String toString() {
        return first.equals(last) ? first.toString() : first + ".." + last;
    }
}
