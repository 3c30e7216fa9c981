package uk.org.ncpm.ingest.homeoffice;

import uk.org.ncpm.ingest.IngestException;
import uk.org.ncpm.ingest.PeriodWindow;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of a financial year (April to March), as Home Office tables count them: quarter 1 of
 * 2017/18 is 1 April to 30 June 2017, quarter 4 is 1 January to 31 March 2018.
 *
 * @param startYear the calendar year in which the financial year starts (2017 for 2017/18)
 * @param quarter   1 to 4
 */
record FinancialQuarter(int startYear, int quarter) implements Comparable<FinancialQuarter> {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})[/-](\\d{2})");

    FinancialQuarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a financial quarter is 1 to 4, not " + quarter);
        }
    }

    /** Reads the year ({@code 2017/18}; {@code 2017-18} also accepted) and quarter ({@code 1}…{@code 4}) cells of a row. */
    static FinancialQuarter parse(Object yearCell, Object quarterCell, RowPosition position, String yearColumn,
                                  String quarterColumn) throws IngestException {
        String year = Cells.text(yearCell);
        Matcher m = YEAR.matcher(year);
        if (!m.matches() || Integer.parseInt(m.group(2)) != (Integer.parseInt(m.group(1)) + 1) % 100) {
            throw position.error(yearColumn, "expected a financial year such as 2017/18, found " + Cells.describe(yearCell));
        }
        OptionalLong quarter = Cells.wholeNumber(quarterCell);
        if (quarter.isEmpty() || quarter.getAsLong() < 1 || quarter.getAsLong() > 4) {
            throw position.error(quarterColumn, "expected a financial quarter 1, 2, 3 or 4, found " + Cells.describe(quarterCell));
        }
        FinancialQuarter read = new FinancialQuarter(Integer.parseInt(m.group(1)), (int) quarter.getAsLong());
        PeriodWindow window = PeriodWindow.untilNow();
        for (LocalDate day : List.of(read.start(), read.end())) {
            if (!window.contains(day)) {
                throw position.error(yearColumn, read + ": " + window.expected(day));
            }
        }
        return read;
    }

    LocalDate start() {
        return LocalDate.of(startYear, 4, 1).plusMonths(3L * (quarter - 1));
    }

    LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    FinancialQuarter next() {
        return quarter == 4 ? new FinancialQuarter(startYear + 1, 1) : new FinancialQuarter(startYear, quarter + 1);
    }

    @Override
    public int compareTo(FinancialQuarter other) {
        return startYear != other.startYear ? Integer.compare(startYear, other.startYear)
                : Integer.compare(quarter, other.quarter);
    }

    /** As the tables write it: {@code 2017/18 Q1}. */
    @Override
    public String toString() {
        return String.format("%d/%02d Q%d", startYear, (startYear + 1) % 100, quarter);
    }
}
