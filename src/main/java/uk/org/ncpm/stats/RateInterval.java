package uk.org.ncpm.stats;

/**
 * A rate with its confidence interval, e.g. 8.1 homicides per million [3.9, 14.9] at 95%.
 * Made by {@link PoissonInterval#rate(double, double)}, which documents the formula.
 */
public final class RateInterval {

    private final double rate;
    private final double lower;
    private final double upper;
    private final double confidence;

    private RateInterval(double rate, double lower, double upper, double confidence) {
        this.rate = rate;
        this.lower = lower;
        this.upper = upper;
        this.confidence = confidence;
    }

    static RateInterval of(double rate, double lower, double upper, double confidence) {
        return new RateInterval(rate, lower, upper, confidence);
    }

    /** The observed rate: count / exposure × multiplier. */
    public double rate() {
        return rate;
    }

    public double lower() {
        return lower;
    }

    public double upper() {
        return upper;
    }

    public double confidence() {
        return confidence;
    }

    @Override
    public String toString() {
        return rate + " [" + lower + ", " + upper + "] at " + confidence;
    }
}
