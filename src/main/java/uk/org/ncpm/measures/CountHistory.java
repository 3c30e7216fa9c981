package uk.org.ncpm.measures;

import uk.org.ncpm.catalogue.FigureSource;
import uk.org.ncpm.stats.SeriesFrequency;

import java.time.YearMonth;

/**
 * An area's counts before the months being compared, oldest first, from which its over-dispersion
 * is estimated (docs/method.md, "Over-dispersion").
 *
 * @param counts  one count per month, quarter or year
 * @param from    the first month of the oldest count
 */
record CountHistory(double[] counts, Granularity granularity, YearMonth from) {

    /**
     * The step of a source's history, its frequency for the trend-and-season fit, and the longest window
     * used: three years of months, five of quarters, ten years.
     */
    enum Granularity {
        MONTH(1, 36, SeriesFrequency.MONTHLY), QUARTER(3, 20, SeriesFrequency.QUARTERLY), YEAR(12, 10, SeriesFrequency.ANNUAL);

        private final int months;
        private final int window;
        private final SeriesFrequency frequency;

        Granularity(int months, int window, SeriesFrequency frequency) {
            this.months = months;
            this.window = window;
            this.frequency = frequency;
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

        SeriesFrequency frequency() {
            return frequency;
        }

        int window() {
            return window;
        }
    }

    /** "20 quarters from July 2014". */
    String describe() {
        return granularity.frequency().periods(counts.length)
                + (counts.length == 0 ? "" : " from " + RollingPeriod.monthName(from));
    }
}
