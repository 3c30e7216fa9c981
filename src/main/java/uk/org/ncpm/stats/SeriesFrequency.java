package uk.org.ncpm.stats;

/**
 * How often the counts of a series are taken, which fixes the seasonal factors of the
 * trend-and-season fit behind a {@link DispersionEstimate} and the shortest history it accepts.
 *
 * <p>The model has {@code p = 2 + (s - 1)} parameters (intercept, linear trend, {@code s - 1} season
 * effects, with {@code s} the season length) and needs at least
 * {@link DispersionEstimate#MINIMUM_RESIDUAL_DF} residual degrees of freedom. The minimum lengths are
 * three full seasonal cycles for quarterly counts (12 quarters, 7 residual df) and two for monthly counts
 * (24 months, 11 residual df), so that every season effect rests on at least two observations; six years
 * for annual counts (4 residual df: five years would leave 3, below the degrees-of-freedom floor).
 */
public enum SeriesFrequency {

    /** Annual counts: trend only, no seasonal factors; at least 6 years. */
    ANNUAL(1, 6, "year", "years"),
    /** Quarterly counts (e.g. financial quarters): 4 seasons; at least 12 quarters. */
    QUARTERLY(4, 12, "quarter", "quarters"),
    /** Monthly counts: 12 seasons; at least 24 months. */
    MONTHLY(12, 24, "month", "months");

    private final int seasonLength;
    private final int minimumLength;
    private final String period;
    private final String periods;

    SeriesFrequency(int seasonLength, int minimumLength, String period, String periods) {
        this.seasonLength = seasonLength;
        this.minimumLength = minimumLength;
        this.period = period;
        this.periods = periods;
    }

    /** Number of seasons in a year: 1, 4 or 12. */
    public int seasonLength() {
        return seasonLength;
    }

    /** The shortest history, in periods, from which over-dispersion is estimated. */
    public int minimumLength() {
        return minimumLength;
    }

    /** Parameters of the trend-and-season fit: intercept, trend and {@code s - 1} season effects. */
    public int parameters() {
        return 1 + seasonLength;
    }

    /** "1 quarter", "7 quarters": a number of periods in words, for reasons shown to users. */
    public String periods(int count) {
        return count + " " + (count == 1 ? period : periods);
    }
}
