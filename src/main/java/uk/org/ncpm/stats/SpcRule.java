package uk.org.ncpm.stats;

/**
 * The special-cause rules of NHS England's "Making Data Count" (the SPC rules used in UK public-service
 * practice and in docs/method.md), as applied by {@link SpcSignals}.
 */
public enum SpcRule {

    /** (a) A single point above the upper or below the lower process limit. */
    OUTSIDE_LIMITS("a point outside the process limits"),
    /** (b) A run of 7 or more consecutive points all above, or all below, the centre line. */
    RUN("a run of 7 or more points on one side of the mean"),
    /**
     * (c) A trend of 6 or more consecutive points each higher (or each lower) than the one before.
     * 6 as docs/method.md sets it; Making Data Count's own trend rule is 7 points (see {@link SpcSignals}).
     */
    TREND("6 or more points in a row increasing or decreasing"),
    /** (d) 2 out of 3 consecutive points beyond the 2-sigma line, on the same side. */
    NEAR_LIMIT("2 out of 3 points close to a process limit");

    /** Length of the shortest run that signals. */
    public static final int RUN_LENGTH = 7;
    /** Length of the shortest trend that signals. */
    public static final int TREND_LENGTH = 6;

    private final String words;

    SpcRule(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
