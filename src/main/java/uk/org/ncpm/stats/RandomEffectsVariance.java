package uk.org.ncpm.stats;

import java.util.Arrays;
import java.util.List;

/**
 * The between-unit variance τ² of the additive random-effects funnel plot (Spiegelhalter 2005), on the
 * <b>log-rate scale</b>: how much the units' true rates differ from one another beyond Poisson chance,
 * as a relative spread (τ = 0.15: true rates about 15% apart, one standard deviation).
 *
 * <p><b>Scale.</b> For unit i with observed count O_i, exposure e_i and expected count E_i = θ·e_i,
 * the indicator is y_i = ln(O_i / E_i), the log of the ratio of its rate to the target, with
 * within-unit variance s_i² = 1/E_i (delta method for a Poisson count, evaluated under the target as
 * Spiegelhalter does). The log scale is chosen because crime rates differ between forces by a factor
 * rather than by a fixed number per 1,000, the limits it gives, θ·exp(±z·√(1/E_i + τ²)), stay above zero,
 * and it is the scale of the NHS Summary Hospital-level Mortality Indicator, which uses this same
 * estimator (NHS Digital, SHMI methodology; FunnelPlotR's "SHMI" method). A count of 0 has no log:
 * O_i = 0.5 is used in its place.
 *
 * <p><b>Estimate</b> (DerSimonian and Laird's method-of-moments, as Spiegelhalter 2005 gives it for
 * funnel plots): z_i = y_i / s_i, winsorised at q as in {@link OverdispersionAdjustment}; φ = Σ z_i² / n
 * (winsorised z); then with weights w_i = 1/s_i² = E_i
 * <pre>
 *   τ² = max(0, (n·φ − (n − 1)) / (Σ w_i − Σ w_i² / Σ w_i))
 * </pre>
 *
 * <p>Citations: Spiegelhalter D.J. (2005) Funnel plots for comparing institutional performance.
 * Statistics in Medicine 24(8): 1185–1202 (over-dispersion: the additive random-effects model);
 * Spiegelhalter D.J. (2005) Handling over-dispersion of performance indicators. Quality and Safety in
 * Health Care 14(5): 347–351 (τ² from winsorised z-scores); DerSimonian R., Laird N. (1986)
 * Meta-analysis in clinical trials. Controlled Clinical Trials 7(3): 177–188.
 */
public final class RandomEffectsVariance {

    /** The count used in place of 0, whose log does not exist. */
    static final double ZERO_COUNT = 0.5;

    private final double[] zScores;
    private final double phi;
    private final double tauSquared;

    private RandomEffectsVariance(double[] zScores, double phi, double tauSquared) {
        this.zScores = zScores;
        this.phi = phi;
        this.tauSquared = tauSquared;
    }

    /**
     * τ² of the units around the target rate.
     *
     * @param units       at least two units
     * @param targetRate  θ; positive
     * @param winsorising fraction q winsorised at each end, in [0, 0.5)
     */
    public static RandomEffectsVariance of(List<FunnelUnit> units, double targetRate, double winsorising) {
        Arguments.positive("targetRate", targetRate);
        if (units.size() < 2) {
            throw new IllegalArgumentException("units must number at least 2, found " + units.size());
        }
        if (!(winsorising >= 0 && winsorising < 0.5)) {
            throw new IllegalArgumentException("winsorising must be in [0, 0.5), found " + winsorising);
        }
        int n = units.size();
        double[] z = new double[n];
        double sumW = 0;
        double sumW2 = 0;
        for (int i = 0; i < n; i++) {
            double expected = targetRate * units.get(i).exposure();
            double observed = units.get(i).observed() == 0 ? ZERO_COUNT : units.get(i).observed();
            z[i] = Math.log(observed / expected) * Math.sqrt(expected);
            sumW += expected;
            sumW2 += expected * expected;
        }
        double phi = winsorisedMeanSquare(z, winsorising);
        double tauSquared = Math.max(0, (n * phi - (n - 1)) / (sumW - sumW2 / sumW));
        return new RandomEffectsVariance(z, phi, tauSquared);
    }

    /** Σ z² / n after setting the k = ⌊q·n⌋ lowest and highest z to the next value in. */
    static double winsorisedMeanSquare(double[] z, double winsorising) {
        int n = z.length;
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
        return sumOfSquares / n;
    }

    /** z_i = ln(O_i/E_i)·√E_i, unwinsorised, in the order of the units. */
    public double[] zScores() {
        return zScores.clone();
    }

    /** φ on the log scale, Σ z_i² / n of the winsorised z-scores. */
    public double phi() {
        return phi;
    }

    /** τ², the between-unit variance of the log rate; 0 when the units vary no more than chance. */
    public double tauSquared() {
        return tauSquared;
    }

    /** τ = √τ², the between-unit standard deviation of the log rate. */
    public double tau() {
        return Math.sqrt(tauSquared);
    }
}
