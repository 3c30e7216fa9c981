package uk.org.ncpm.measures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Twelve months ending at a quarter end (March, June, September, December): "year ending June 2022".
 * The NCPM baseline is the year ending June 2019 (July 2018 to June 2019).
 */
public record RollingPeriod(YearMonth lastMonth) implements Comparable<RollingPeriod> {

    public static final RollingPeriod BASELINE = new RollingPeriod(YearMonth.of(2019, 6));

    public RollingPeriod {
        if (lastMonth.getMonthValue() % 3 != 0) {
            throw new IllegalArgumentException(lastMonth
                    + " is not a quarter end; rolling years end in March, June, September or December");
        }
    }

    public static RollingPeriod ending(YearMonth lastMonth) {
        return new RollingPeriod(lastMonth);
    }

    /**
     * The period whose last month is given as "YYYY-MM": the one place a period typed by a user (a
     * command's option, an address, a query parameter) is read, so each of them says the same thing
     * about a month that is malformed or not a quarter end. The message reads after the parameter's
     * name ("period 2020-05 is not a quarter end; …").
     */
    public static RollingPeriod parse(String lastMonth) {
        YearMonth month;
        try {
            month = YearMonth.parse(lastMonth);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be YYYY-MM, e.g. 2019-06; found '" + lastMonth + "'", e);
        }
        return new RollingPeriod(month);
    }

    /** Every period from the baseline to {@code last}, one a quarter. */
    public static List<RollingPeriod> fromBaselineTo(RollingPeriod last) {
        List<RollingPeriod> periods = new ArrayList<>();
        for (YearMonth m = BASELINE.lastMonth; !m.isAfter(last.lastMonth); m = m.plusMonths(3)) {
            periods.add(new RollingPeriod(m));
        }
        return periods;
    }

    /** The latest period ending on or before the given month. */
    public static RollingPeriod latestEndingBy(YearMonth month) {
        return new RollingPeriod(month.minusMonths(month.getMonthValue() % 3));
    }

    public YearMonth firstMonth() {
        return lastMonth.minusMonths(11);
    }

    public LocalDate start() {
        return firstMonth().atDay(1);
    }

    public LocalDate end() {
        return lastMonth.atEndOfMonth();
    }

    public boolean isBaseline() {
        return equals(BASELINE);
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(firstMonth()) && !month.isAfter(lastMonth);
    }

    /** The twelve months, oldest first. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>(12);
        for (int i = 0; i < 12; i++) {
            months.add(firstMonth().plusMonths(i));
        }
        return months;
    }

    /** "year ending June 2019". */
    public String label() {
        return "year ending " + monthName(lastMonth);
    }

    /** "June 2019". */
    public static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
    }

    /** Months this year shares with the baseline (0 to 12). */
    public int monthsSharedWithBaseline() {
        long apart = Math.abs(java.time.temporal.ChronoUnit.MONTHS.between(BASELINE.lastMonth, lastMonth));
        return (int) Math.max(0, 12 - apart);
    }

    @Override
    public int compareTo(RollingPeriod other) {
        return lastMonth.compareTo(other.lastMonth);
    }

    @Override
    public String toString() {
        return lastMonth.toString();
    }
}
