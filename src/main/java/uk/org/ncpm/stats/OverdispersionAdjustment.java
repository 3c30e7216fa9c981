package uk.org.ncpm.stats;

import java.util.List;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Whether a set of units (the forces) varies more than Poisson chance allows around the target rate,
 * and how their funnel limits allow for it (Spiegelhalter 2005): the multiplicative factor φ, or, where
 * φ is large, the additive random-effects variance τ².
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
 * the limits allow for it ({@link FunnelLimits}), by the model below; when not, φ is still reported but
 * the limits are Poisson. Either way {@link #applied()} and {@link #model()} say so, to be shown beside
 * the plot.
 *
 * <p><b>Which model: "large φ".</b> Where the test is significant, the model of the extra variation is
 * chosen by the size of φ ({@link #model()}):
 * <ul>
 *   <li>φ ≤ {@value #LARGE_PHI}: <b>multiplicative</b>, limits widened by √φ (Spiegelhalter 2005, SiM);</li>
 *   <li>φ &gt; {@value #LARGE_PHI}: <b>additive random effects</b>, θ·exp(±z·√(1/E + τ²)) with τ² from
 *       {@link RandomEffectsVariance} on the log-rate scale.</li>
 * </ul>
 * Why 4: the multiplicative model says the extra variance grows in proportion to a unit's expected count,
 * so its limits still close in on the target as forces get larger; with φ &gt; 4 more than three quarters of
 * the spread between the forces (I² = 1 − 1/φ &gt; 75%, "high" heterogeneity in Higgins et al. 2003) is real
 * difference between them rather than chance, and differences of rate do not shrink with size: the largest
 * forces would all fall outside limits widened by √φ while the smallest could not. Spiegelhalter (QSHC 2005)
 * finds the additive random-effects formulation "has a stronger conceptual foundation" and recommends it
 * where over-dispersion is substantial; the Healthcare Commission adopted it. Police recorded crime by force
 * has φ in the hundreds (counts of thousands, rates differing by tens of per cent); homicide by force, with
 * small counts, has φ near 1 to 3 and keeps the multiplicative widening.
 *
 * <p>Edge cases: at least two units are needed. With fewer than ten units {@code k = 0} and nothing is
 * winsorised. The degrees of freedom are {@code n - 1} even when the target is external (slightly
 * conservative then).
 *
 * <p>Citations: Spiegelhalter D.J. (2005) Funnel plots for comparing institutional performance.
 * Statistics in Medicine 24(8): 1185–1202 (section 6); Spiegelhalter D.J. (2005) Handling
 * over-dispersion of performance indicators. Quality and Safety in Health Care 14(5): 347–351
 * (winsorisation, the chi-squared test, the additive model); Higgins J.P.T., Thompson S.G., Deeks J.J.,
 * Altman D.G. (2003) Measuring inconsistency in meta-analyses. BMJ 327: 557–560 (I²). χ² from Commons Statistics {@link ChiSquaredDistribution}.
 */
public final class OverdispersionAdjustment {

    /** Fraction winsorised at each end, as Spiegelhalter (2005) recommends. */
    public static final double SPIEGELHALTER_WINSORISING = 0.10;

    /** Above this φ the additive random-effects model is used instead of the multiplicative one (see the class documentation). */
    public static final double LARGE_PHI = 4;

    private static final double TEST_LEVEL = 0.05;

    private final double targetRate;
    private final double[] zScores;
    private final double phi;
    private final double pValue;
    private final RandomEffectsVariance randomEffects;

    private OverdispersionAdjustment(double targetRate, double[] zScores, double phi, double pValue,
                                     RandomEffectsVariance randomEffects) {
        this.targetRate = targetRate;
        this.zScores = zScores;
        this.phi = phi;
        this.pValue = pValue;
        this.randomEffects = randomEffects;
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
        double phi = RandomEffectsVariance.winsorisedMeanSquare(z, winsorising);
        double pValue = ChiSquaredDistribution.of(n - 1).survivalProbability(n * phi);
        return new OverdispersionAdjustment(targetRate, z, phi, pValue, RandomEffectsVariance.of(units, targetRate, winsorising));
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

    /** True when the over-dispersion is significant at 5% and the limits allow for it (either model). */
    public boolean applied() {
        return pValue < TEST_LEVEL && phi > 1;
    }

    /** Which limits are drawn: none adjusted, multiplicative (φ ≤ {@value #LARGE_PHI}) or additive random effects. */
    public DispersionModel model() {
        if (!applied()) {
            return DispersionModel.NONE;
        }
        return phi > LARGE_PHI ? DispersionModel.ADDITIVE_RANDOM_EFFECTS : DispersionModel.MULTIPLICATIVE;
    }

    /** φ when the multiplicative model is applied, otherwise 1. */
    public double dispersionFactor() {
        return model() == DispersionModel.MULTIPLICATIVE ? phi : 1;
    }

    /** τ² and its estimate on the log-rate scale, whether applied or not. */
    public RandomEffectsVariance randomEffects() {
        return randomEffects;
    }

    public double targetRate() {
        return targetRate;
    }

    /** The funnel limits at an exposure, as {@link #model()} says: Poisson, widened by √φ, or additive random effects. */
    public FunnelLimits limitsFor(double exposure) {
        return model() == DispersionModel.ADDITIVE_RANDOM_EFFECTS
                ? FunnelLimits.additive(targetRate, exposure, randomEffects.tauSquared())
                : FunnelLimits.of(targetRate, exposure, dispersionFactor());
    }

    @Override
    public String toString() {
        return "over-dispersion φ = " + phi + " (p = " + pValue + "), τ = " + randomEffects.tau() + ": " + model();
    }
}
