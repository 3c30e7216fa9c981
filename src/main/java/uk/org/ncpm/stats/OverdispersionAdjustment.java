package uk.org.ncpm.stats;

import java.util.Arrays;
import java.util.List;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Whether a set of units (the forces) varies more than Poisson chance allows around the target rate,
 * and the multiplicative over-dispersion factor φ that widens their funnel limits if so
 * (Spiegelhalter 2005).
 *
 * <p><b>z-scores</b> (Pearson residuals), one per unit, in the order given:
 * <pre>  z_i = (O_i - E_i) / √E_i,   E_i = θ·e_i</pre>
 * <b>Estimate</b>, after winsorising the z-scores at {@code q} (10% by default, as Spiegelhalter
 * recommends, so that a few genuinely divergent forces do not inflate φ): with {@code k = ⌊q·n⌋},
 * the k lowest z-scores are set to the (k+1)-th lowest and the k highest to the (k+1)-th highest;
 * then
 * <pre>  φ = (1/n) Σ z_i²   (winsorised z)</pre>
 * <b>Rule: applied only when the chi-squared test is significant at 5%</b>, i.e. when
 * {@code n·φ} exceeds the 95th percentile of χ² on {@code n - 1} degrees of freedom (the target
 * being estimated from the same units). Chosen over "φ &gt; 1", which happens by chance about half
 * the time even when variation is purely Poisson and would widen the limits spuriously. When applied,
 * limits are widened by √φ ({@link FunnelLimits}); when not, φ is still reported but the factor used
 * is 1. Either way {@link #applied()} says so, to be shown beside the plot.
 *
 * <p>Edge cases: at least two units are needed. With fewer than ten units {@code k = 0} and nothing is
 * winsorised. The degrees of freedom are {@code n - 1} even when the target is external (slightly
 * conservative then).
 *
 * <p>Citations: Spiegelhalter D.J. (2005) Funnel plots for comparing institutional performance.
 * Statistics in Medicine 24(8): 1185–1202 (section 6); Spiegelhalter D.J. (2005) Handling
 * over-dispersion of performance indicators. Quality and Safety in Health Care 14(5): 347–351
 * (winsorisation, the chi-squared test). χ² from Commons Statistics {@link ChiSquaredDistribution}.
 */
public final class OverdispersionAdjustment {

    /** Fraction winsorised at each end, as Spiegelhalter (2005) recommends. */
    public static final double SPIEGELHALTER_WINSORISING = 0.10;

    private static final double TEST_LEVEL = 0.05;

    private final double targetRate;
    private final double[] zScores;
    private final double phi;
    private final double pValue;

    private OverdispersionAdjustment(double targetRate, double[] zScores, double phi, double pValue) {
        this.targetRate = targetRate;
        this.zScores = zScores;
        this.phi = phi;
        this.pValue = pValue;
    }

    /** The adjustment with Spiegelhalter's 10% winsorising. */
    public static OverdispersionAdjustment of(List<FunnelUnit> units, double targetRate) {
        return of(units, targetRate, SPIEGELHALTER_WINSORISING);
    }

    /**
     * The adjustment for the given units around the target rate.
     *
     * @param units        at least two units
     * @param targetRate   θ, e.g. the England and Wales rate; positive
     * @param winsorising  fraction q winsorised at each end, in [0, 0.5); 0 for none
     */
    public static OverdispersionAdjustment of(List<FunnelUnit> units, double targetRate, double winsorising) {
        Arguments.positive("targetRate", targetRate);
        if (units.size() < 2) {
            throw new IllegalArgumentException("units must number at least 2, found " + units.size());
        }
        if (!(winsorising >= 0 && winsorising < 0.5)) {
            throw new IllegalArgumentException("winsorising must be in [0, 0.5), found " + winsorising);
        }
        int n = units.size();
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double expected = targetRate * units.get(i).exposure();
            z[i] = (units.get(i).observed() - expected) / Math.sqrt(expected);
        }
        double[] sorted = z.clone();
        Arrays.sort(sorted);
        int k = (int) Math.floor(winsorising * n);
        double low = sorted[k];
        double high = sorted[n - 1 - k];
        double sumOfSquares = 0;
        for (double zi : z) {
            double w = Math.min(Math.max(zi, low), high);
            sumOfSquares += w * w;
        }
        double phi = sumOfSquares / n;
        double pValue = ChiSquaredDistribution.of(n - 1).survivalProbability(n * phi);
        return new OverdispersionAdjustment(targetRate, z, phi, pValue);
    }

    /** The z-scores, unwinsorised, in the order of the units. */
    public double[] zScores() {
        return zScores.clone();
    }

    /** φ estimated from the winsorised z-scores, whether applied or not. */
    public double phi() {
        return phi;
    }

    /** p-value of the chi-squared test of n·φ on n - 1 degrees of freedom. */
    public double pValue() {
        return pValue;
    }

    /** True when the over-dispersion is significant at 5% and the limits are widened. */
    public boolean applied() {
        return pValue < TEST_LEVEL && phi > 1;
    }

    /** φ when applied, otherwise 1. */
    public double dispersionFactor() {
        return applied() ? phi : 1;
    }

    public double targetRate() {
        return targetRate;
    }

    /** The funnel limits at an exposure, widened by √φ when the adjustment is applied. */
    public FunnelLimits limitsFor(double exposure) {
        return FunnelLimits.of(targetRate, exposure, dispersionFactor());
    }

    @Override
    public String toString() {
        return "over-dispersion φ = " + phi + " (p = " + pValue + ")" + (applied() ? ", applied" : ", not applied");
    }
}
