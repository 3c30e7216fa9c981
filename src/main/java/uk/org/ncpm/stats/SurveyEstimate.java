package uk.org.ncpm.stats;

/**
 * A survey estimate as published: the value and its 95% confidence interval, e.g. a Crime Survey for
 * England and Wales estimate of 1,800 thousand incidents [1,700, 1,900].
 *
 * <p>Standard error, recovered from the interval half-width:
 * <pre>  se = (upper - lower) / (2 · 1.96)</pre>
 * The interval is assumed to be a symmetric normal 95% interval that already carries the survey's
 * design effect (as ONS publishes them); for a slightly asymmetric interval the half-width is the
 * average of the two sides. An interval of zero width (an estimate without sampling error) has
 * {@code se = 0}.
 *
 * <p>Citation: Altman D.G., Bland J.M. (2011) How to obtain the P value from a confidence interval.
 * BMJ 343: d2304 (the standard error from the interval width).
 */
public final class SurveyEstimate {

    /** The multiplier of published 95% intervals: 1.96, as rounded in ONS practice. */
    static final double Z_95 = 1.96;

    private final double value;
    private final double lower;
    private final double upper;

    private SurveyEstimate(double value, double lower, double upper) {
        this.value = value;
        this.lower = lower;
        this.upper = upper;
    }

    /**
     * A published estimate.
     *
     * @param value the estimate
     * @param lower lower limit of its published 95% interval, at most {@code value}
     * @param upper upper limit of its published 95% interval, at least {@code value}
     */
    public static SurveyEstimate of(double value, double lower, double upper) {
        Arguments.finite("value", value);
        Arguments.finite("lower", lower);
        Arguments.finite("upper", upper);
        if (lower > value || value > upper) {
            throw new IllegalArgumentException("interval must contain the estimate: expected lower <= value <= upper, found "
                    + lower + " <= " + value + " <= " + upper);
        }
        return new SurveyEstimate(value, lower, upper);
    }

    /** se = (upper - lower) / (2 · 1.96). */
    public double standardError() {
        return (upper - lower) / (2 * Z_95);
    }

    public double value() {
        return value;
    }

    public double lower() {
        return lower;
    }

    public double upper() {
        return upper;
    }

    @Override
    public String toString() {
        return value + " [" + lower + ", " + upper + "]";
    }
}
