package uk.org.ncpm.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;

/**
 * Funnel plot control limits for a rate at one exposure (Spiegelhalter 2005): the 95% limits
 * (2.5% and 97.5%) and the 99.8% limits (0.1% and 99.9%) around a target rate, usually the England
 * and Wales rate.
 *
 * <p><b>Formula.</b> Expected count {@code E = θ·e} for target rate θ and exposure e. Each limit is
 * the Poisson(E) p-quantile with <b>Spiegelhalter's interpolation</b> (2005, Appendix A.1.1), which
 * makes the funnel a smooth curve instead of a staircase:
 * <pre>
 *   r = smallest integer with F(r) ≥ p,   F the Poisson(E) distribution function
 *   y_p = r - (F(r) - p) / (F(r) - F(r - 1))          (F(-1) = 0)
 *   limit (rate) = y_p / e
 * </pre>
 * i.e. the p-quantile of F linearly interpolated between integers. Lower limits below zero
 * (small expected counts) are reported as 0: no count can fall below them.
 *
 * <p><b>Over-dispersion.</b> With a dispersion factor φ &gt; 1 (from {@link OverdispersionAdjustment})
 * each limit's distance from the expected count is multiplied by √φ:
 * {@code y_p' = E + √φ·(y_p - E)}. For large E this is exactly Spiegelhalter's multiplicative
 * adjustment {@code θ ± z_p·√(φ·θ/e)} (2005, section 6); for small E it keeps the exact limits'
 * asymmetry. φ = 1 means no adjustment.
 *
 * <p><b>Additive random effects</b> ({@link #additive}), for large over-dispersion: on the log-rate scale
 * (see {@link RandomEffectsVariance}) each limit is
 * <pre>  y_p = E·exp(z_p·√(1/E + τ²)),   z_p = Φ⁻¹(p)</pre>
 * i.e. the rate θ·exp(z_p·√(1/E + τ²)): Spiegelhalter's θ ± z·√(V_i + τ²) on the log scale, with V_i = 1/E
 * the Poisson variance of the log rate. As E grows the limits close in on θ·exp(±z_p·τ), not on θ: large
 * forces are not judged against chance alone. τ² = 0 gives the normal approximation on the log scale.
 *
 * <p><b>Classification</b> of an observed count O ({@link #position}), on the count scale: above a
 * limit means strictly greater than it, below means strictly less; a count exactly on a limit is
 * inside it. Exposures are in the rate's own denominator: pass the population to get rates per
 * person, the population in thousands to get rates per 1,000.
 *
 * <p>Citation: Spiegelhalter D.J. (2005) Funnel plots for comparing institutional performance.
 * Statistics in Medicine 24(8): 1185–1202, doi:10.1002/sim.1970. Poisson distribution from Commons
 * Statistics {@link PoissonDistribution}.
 */
public final class FunnelLimits {

    /** Largest expected count handled: Poisson quantiles are {@code int}s, and no force comes near it. */
    public static final double MAXIMUM_EXPECTED_COUNT = 1e9;

    private static final double[] PROBABILITIES = {0.001, 0.025, 0.975, 0.999};
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private final double targetRate;
    private final double exposure;
    private final double dispersionFactor;
    private final double tauSquared;
    private final double[] countLimits;

    private FunnelLimits(double targetRate, double exposure, double dispersionFactor, double tauSquared, double[] countLimits) {
        this.targetRate = targetRate;
        this.exposure = exposure;
        this.dispersionFactor = dispersionFactor;
        this.tauSquared = tauSquared;
        this.countLimits = countLimits;
    }

    /** Poisson limits without over-dispersion (φ = 1). */
    public static FunnelLimits of(double targetRate, double exposure) {
        return of(targetRate, exposure, 1);
    }

    /**
     * Limits around {@code targetRate} at {@code exposure}, widened by √φ.
     *
     * @param targetRate       θ, events per unit of exposure; positive
     * @param exposure         e, e.g. the force's population; positive
     * @param dispersionFactor φ, at least 1 (1 = Poisson variation only)
     */
    public static FunnelLimits of(double targetRate, double exposure, double dispersionFactor) {
        Arguments.positive("targetRate", targetRate);
        Arguments.positive("exposure", exposure);
        if (!(dispersionFactor >= 1) || Double.isInfinite(dispersionFactor)) {
            throw new IllegalArgumentException("dispersionFactor must be a finite number of at least 1, found "
                    + dispersionFactor);
        }
        double expected = targetRate * exposure;
        if (expected > MAXIMUM_EXPECTED_COUNT) {
            throw new IllegalArgumentException("expected count targetRate × exposure must be at most "
                    + MAXIMUM_EXPECTED_COUNT + ", found " + expected);
        }
        PoissonDistribution poisson = PoissonDistribution.of(expected);
        double widening = Math.sqrt(dispersionFactor);
        double[] limits = new double[4];
        for (int i = 0; i < limits.length; i++) {
            double quantile = interpolatedQuantile(poisson, PROBABILITIES[i]);
            limits[i] = Math.max(0, expected + widening * (quantile - expected));
        }
        return new FunnelLimits(targetRate, exposure, dispersionFactor, 0, limits);
    }

    /**
     * Additive random-effects limits on the log-rate scale (see the class documentation).
     *
     * @param targetRate θ; positive
     * @param exposure   e; positive
     * @param tauSquared τ², the between-unit variance of the log rate; zero or more
     */
    public static FunnelLimits additive(double targetRate, double exposure, double tauSquared) {
        Arguments.positive("targetRate", targetRate);
        Arguments.positive("exposure", exposure);
        if (!(tauSquared >= 0) || Double.isInfinite(tauSquared)) {
            throw new IllegalArgumentException("tauSquared must be a finite number of at least 0, found " + tauSquared);
        }
        double expected = targetRate * exposure;
        double sd = Math.sqrt(1 / expected + tauSquared);
        double[] limits = new double[4];
        for (int i = 0; i < limits.length; i++) {
            limits[i] = expected * Math.exp(STANDARD_NORMAL.inverseCumulativeProbability(PROBABILITIES[i]) * sd);
        }
        return new FunnelLimits(targetRate, exposure, 1, tauSquared, limits);
    }

    /** y_p = r - (F(r) - p) / (F(r) - F(r - 1)), r the smallest integer with F(r) ≥ p. */
    static double interpolatedQuantile(PoissonDistribution poisson, double p) {
        int r = poisson.inverseCumulativeProbability(p);
        double atR = poisson.cumulativeProbability(r);
        double belowR = r == 0 ? 0 : poisson.cumulativeProbability(r - 1);
        return r - (atR - p) / (atR - belowR);
    }

    /** Where an observed count at this exposure falls; see the class documentation. */
    public FunnelPosition position(long observed) {
        Arguments.nonNegative("observed", observed);
        if (observed > countLimits[3]) {
            return FunnelPosition.WELL_ABOVE;
        }
        if (observed < countLimits[0]) {
            return FunnelPosition.WELL_BELOW;
        }
        if (observed > countLimits[2]) {
            return FunnelPosition.ABOVE;
        }
        return observed < countLimits[1] ? FunnelPosition.BELOW : FunnelPosition.WITHIN;
    }

    public double targetRate() {
        return targetRate;
    }

    public double exposure() {
        return exposure;
    }

    /** E = θ·e. */
    public double expectedCount() {
        return targetRate * exposure;
    }

    /** φ applied (1 when none, and for additive limits). */
    public double dispersionFactor() {
        return dispersionFactor;
    }

    /** τ² of additive random-effects limits (0 for Poisson and multiplicative limits). */
    public double tauSquared() {
        return tauSquared;
    }

    /** 0.1% limit, as a rate. */
    public double lower998() {
        return countLimits[0] / exposure;
    }

    /** 2.5% limit, as a rate. */
    public double lower95() {
        return countLimits[1] / exposure;
    }

    /** 97.5% limit, as a rate. */
    public double upper95() {
        return countLimits[2] / exposure;
    }

    /** 99.9% limit, as a rate. */
    public double upper998() {
        return countLimits[3] / exposure;
    }

    @Override
    public String toString() {
        return "funnel at exposure " + exposure + " around " + targetRate + " (φ = " + dispersionFactor + ", τ² = " + tauSquared
                + "): 99.8% [" + lower998() + ", " + upper998() + "], 95% [" + lower95() + ", " + upper95() + "]";
    }
}
