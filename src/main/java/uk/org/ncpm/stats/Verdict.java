package uk.org.ncpm.stats;

/**
 * The outcome of testing a change at the 95% level, in the plain words of docs/method.md, "Verdicts",
 * always the same.
 *
 * <p>A change is significant when its two-sided p-value is below 0.05 ({@link #SIGNIFICANCE_LEVEL});
 * its direction is the sign of the change. {@link #NOT_TESTED} is for comparisons where no test is
 * made or possible (no events in either period, too short a history to allow for over-dispersion,
 * a year that overlaps the baseline): always shown with its reason, never as "no significant change".
 */
public enum Verdict {

    SIGNIFICANT_DECREASE("statistically significant decrease"),
    NO_SIGNIFICANT_CHANGE("no significant change"),
    SIGNIFICANT_INCREASE("statistically significant increase"),
    NOT_TESTED("not tested");

    /** Two-sided significance level of every verdict: 5%, i.e. the 95% level. */
    public static final double SIGNIFICANCE_LEVEL = 0.05;

    private final String words;

    Verdict(String words) {
        this.words = words;
    }

    /** The words shown to users, e.g. "statistically significant decrease". */
    public String words() {
        return words;
    }

    /** True for the two verdicts of a significant change. */
    public boolean isSignificant() {
        return this == SIGNIFICANT_DECREASE || this == SIGNIFICANT_INCREASE;
    }

    /**
     * The verdict of a two-sided test.
     *
     * @param pValue two-sided p-value in [0, 1]
     * @param change current minus baseline (any quantity with the sign of the change)
     */
    public static Verdict of(double pValue, double change) {
        if (!(pValue < SIGNIFICANCE_LEVEL) || change == 0) {
            return NO_SIGNIFICANT_CHANGE;
        }
        return change < 0 ? SIGNIFICANT_DECREASE : SIGNIFICANT_INCREASE;
    }
}
