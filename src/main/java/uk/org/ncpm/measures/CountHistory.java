package uk.org.ncpm.measures;

import uk.org.ncpm.catalogue.FigureSource;

import java.time.YearMonth;

/**
 * An area's counts before the months being compared, oldest first, from which its over-dispersion
 * is estimated (docs/method.md, "Over-dispersion").
 *
 * @param counts  one count per month, quarter or year
 * @param from    the first month of the oldest count
 */
record CountHistory(double[] counts, Granularity granularity, YearMonth from) {

    /** The step of a source's history and the longest window used: three years of months, five of quarters, ten years. */
    enum Granularity {
        MONTH(1, 12, 36, "months"), QUARTER(3, 4, 20, "quarters"), YEAR(12, 1, 10, "years");

        private final int months;
        private final int seasonLength;
        private final int window;
        private final String plural;

        Granularity(int months, int seasonLength, int window, String plural) {
            this.months = months;
            this.seasonLength = seasonLength;
            this.window = window;
            this.plural = plural;
        }

        static Granularity of(FigureSource.Basis basis) {
            return switch (basis) {
                case MONTHLY -> MONTH;
                case QUARTERLY -> QUARTER;
                case ROLLING, PUBLISHED -> YEAR;
            };
        }

        int months() {
            return months;
        }

        int seasonLength() {
            return seasonLength;
        }

        uk.org.ncpm.stats.SeriesFrequency frequency() {
            return switch (this) {
                case MONTH -> uk.org.ncpm.stats.SeriesFrequency.MONTHLY;
                case QUARTER -> uk.org.ncpm.stats.SeriesFrequency.QUARTERLY;
                case YEAR -> uk.org.ncpm.stats.SeriesFrequency.ANNUAL;
            };
        }

        int window() {
            return window;
        }

        String plural() {
            return plural;
        }
    }

    /** "20 quarters from July 2014". */
    String describe() {
        return counts.length + " " + granularity.plural() + (counts.length == 0 ? "" : " from " + RollingPeriod.monthName(from));
    }
}
