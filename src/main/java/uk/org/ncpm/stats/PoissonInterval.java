package uk.org.ncpm.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Exact two-sided confidence interval for the mean of a Poisson count (Garwood 1936).
 *
 * <p>For an observed count {@code x} at confidence {@code 1 - α}:
 * <pre>
 *   lower = ½ χ²(α/2; 2x)         (0 when x = 0)
 *   upper = ½ χ²(1 - α/2; 2x + 2)
 * </pre>
 * where {@code χ²(q; k)} is the q-quantile of the chi-squared distribution with k degrees of freedom.
 * Equivalently, {@code lower} is the mean at which P(X ≥ x) = α/2 and {@code upper} the mean at which
 * P(X ≤ x) = α/2. The interval is "exact" in the sense that its coverage is at least {@code 1 - α}
 * for every mean (conservative, never anti-conservative).
 *
 * <p>Edge cases: a count of 0 has lower limit 0 and, at 95%, upper limit 3.689 (so "no homicides"
 * is compatible with an underlying mean of up to about 3.7 a year). The interval is never
 * symmetric around the count; for large counts it approaches {@code x ± 1.96√x}.
 *
 * <p>Rates ({@link #rate}) are counts divided by a fixed exposure, so their interval is the count
 * interval scaled by the same factor: the population is treated as known without error.
 *
 * <p>Citation: Garwood F. (1936) Fiducial limits for the Poisson distribution. Biometrika 28(3/4):
 * 437–442. Quantiles from Apache Commons Statistics {@link ChiSquaredDistribution}.
 */
public final class PoissonInterval {

    /** The confidence of every interval the product publishes (docs/method.md, "Intervals"). */
    public static final double CONFIDENCE_95 = 0.95;

    private final long count;
    private final double confidence;
    private final double lower;
    private final double upper;

    private PoissonInterval(long count, double confidence, double lower, double upper) {
        this.count = count;
        this.confidence = confidence;
        this.lower = lower;
        this.upper = upper;
    }

    /**
     * The exact interval for an observed count.
     *
     * @param count      observed events, zero or more
     * @param confidence e.g. 0.95; strictly between 0 and 1
     */
    public static PoissonInterval of(long count, double confidence) {
        Arguments.nonNegative("count", count);
        double alpha = 1 - Arguments.confidence(confidence);
        double lower = count == 0 ? 0
                : ChiSquaredDistribution.of(2.0 * count).inverseCumulativeProbability(alpha / 2) / 2;
        double upper = ChiSquaredDistribution.of(2.0 * count + 2).inverseCumulativeProbability(1 - alpha / 2) / 2;
        return new PoissonInterval(count, confidence, lower, upper);
    }

    /** The exact 95% interval for an observed count. */
    public static PoissonInterval of(long count) {
        return of(count, CONFIDENCE_95);
    }

    /**
     * The interval of the rate {@code count / exposure × multiplier}, e.g. homicides per million
     * residents with {@code exposure} the population and {@code multiplier} 1,000,000.
     *
     * @param exposure   population (or other exposure) over which the count arose; positive
     * @param multiplier rate base, e.g. 1,000 or 1,000,000; positive
     */
    public RateInterval rate(double exposure, double multiplier) {
        double scale = Arguments.positive("multiplier", multiplier) / Arguments.positive("exposure", exposure);
        return RateInterval.of(count * scale, lower * scale, upper * scale, confidence);
    }

    public long count() {
        return count;
    }

    public double confidence() {
        return confidence;
    }

    /** Lower limit for the Poisson mean (0 when the count is 0). */
    public double lower() {
        return lower;
    }

    /** Upper limit for the Poisson mean. */
    public double upper() {
        return upper;
    }

    @Override
    public String toString() {
        return count + " [" + lower + ", " + upper + "] at " + confidence;
    }
}
