package uk.org.ncpm.stats;

import java.util.Optional;

import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * Change of a rate against the baseline allowing for over-dispersion: the exact conditional test and
 * interval of {@link PoissonRatioTest} applied to the counts deflated by the scale φ ≥ 1 of the series
 * ({@link DispersionEstimate}), at the 95% level.
 *
 * <p><b>Model</b> (quasi-Poisson): {@code E[c1] = λ1·e1}, {@code E[c0] = λ0·e0}, {@code Var[c] = φ·E[c]},
 * rate ratio {@code R = λ1/λ0}. A count {@code c} with variance {@code φ·μ} carries the information of
 * {@code c/φ} Poisson events (McCullagh and Nelder 1989, section 6.2: the quasi-likelihood is the Poisson
 * log-likelihood divided by φ), so the test is the conditional test of Przyborowski and Wilenski (1940)
 * on the <b>effective counts</b>
 * <pre>  a = c1/φ,   b = c0/φ,   n = a + b,   π0 = e1/(e0 + e1)</pre>
 * with the binomial tails extended to non-integer counts through the regularised incomplete beta
 * function {@code I_x(α, β)}. For integers {@code 0 < k < n} and {@code X ~ Binomial(n, π)},
 * {@code P(X ≥ k) = I_π(k, n - k + 1)} and {@code P(X ≤ k) = I_{1-π}(n - k, k + 1)}; hence
 * <pre>
 *   upper tail  U = I_{π0}(a, b + 1)        (1 when a = 0)
 *   lower tail  L = I_{1-π0}(b, a + 1)      (1 when b = 0)
 *   p = min(1, 2·min(U, L))
 * </pre>
 * (the "central" two-sided p-value of {@link PoissonRatioTest}). The 95% interval of π is Clopper–Pearson's
 * on the effective counts, {@code πL = Beta(0.025; a, b + 1)} (0 when a = 0) and
 * {@code πU = Beta(0.975; a + 1, b)} (1 when b = 0), mapped to {@code R = π/(1 - π)·e0/e1}. πL is the π at
 * which U = 2.5% and πU the π at which L = 2.5%, so <b>p &lt; 0.05 exactly when the 95% interval of R
 * excludes 1</b>: the verdict never contradicts the interval beside it. The ratio itself,
 * {@code R = (c1/e1)/(c0/e0)}, does not depend on φ; the interval widens by about √φ on the log scale.
 *
 * <p><b>φ = 1</b>: with whole counts the tails above are exactly the binomial tails, so the test is
 * {@link PoissonRatioTest}; at φ = 1 its result is returned as it is (identical p, ratio and interval,
 * where the incomplete beta route would differ in the last bits of p), except beyond its limit of
 * {@code n} (about 2.1 billion events), where the tails above are used. <b>Large counts</b>: the effective counts are then large and the
 * test agrees with the quasi-Poisson Wald test of {@code log R} with standard error
 * {@code √(φ(1/c1 + 1/c0))}.
 *
 * <p>Chosen over the Wald test for all counts because it stays exact at φ = 1 (small counts: homicide in
 * a small force) and consistent with its interval; chosen over a negative binomial model because φ comes
 * from a quasi-Poisson fit and quasi-likelihood specifies only the variance. The change in the rate itself
 * ({@code r1 - r0}) has no interval here: {@code r0·(R - 1)} limits would ignore the uncertainty of
 * {@code r0}; the interval of the percentage change {@code 100·(R - 1)} is given instead.
 *
 * <p>Edge cases: no events in either period ({@code n = 0}): {@link Verdict#NOT_TESTED}, p and R NaN,
 * interval [0, +∞], reason "no events in either period". A {@link DispersionEstimate} that is not
 * estimable: {@link Verdict#NOT_TESTED} with its reason; the ratio is still given, the interval is
 * [0, +∞] and p is NaN. A baseline of zero with current events gives R = +∞ and an upper limit +∞.
 *
 * <p>Citations: Przyborowski J., Wilenski H. (1940) Homogeneity of results in testing samples from Poisson
 * series. Biometrika 31(3/4): 313–323 (the conditional test); Clopper C.J., Pearson E.S. (1934) Biometrika
 * 26(4): 404–413 (the interval); McCullagh P., Nelder J.A. (1989) Generalized Linear Models, 2nd ed.,
 * section 6.2 (quasi-Poisson scaling by φ); Wedderburn R.W.M. (1974) Biometrika 61(3): 439–447. Incomplete
 * beta function and quantiles from Commons Statistics {@link BetaDistribution}.
 */
public final class QuasiPoissonRatioTest {

    private static final double ALPHA = Verdict.SIGNIFICANCE_LEVEL;

    private final long currentCount;
    private final long baselineCount;
    private final double dispersion;
    private final double pValue;
    private final double rateRatio;
    private final double ratioLower;
    private final double ratioUpper;
    private final Verdict verdict;
    private final String reason;

    private QuasiPoissonRatioTest(long currentCount, long baselineCount, double dispersion, double pValue,
                                  double rateRatio, double ratioLower, double ratioUpper, Verdict verdict,
                                  String reason) {
        this.currentCount = currentCount;
        this.baselineCount = baselineCount;
        this.dispersion = dispersion;
        this.pValue = pValue;
        this.rateRatio = rateRatio;
        this.ratioLower = ratioLower;
        this.ratioUpper = ratioUpper;
        this.verdict = verdict;
        this.reason = reason;
    }

    /**
     * Tests the current count against the baseline count with a known scale φ.
     *
     * @param currentCount     events in the current period, zero or more
     * @param currentExposure  exposure of the current period (e.g. population; 1 for counts); positive
     * @param baselineCount    events in the baseline period, zero or more
     * @param baselineExposure exposure of the baseline period; positive
     * @param dispersion       the scale φ, finite and at least 1 (1: Poisson)
     * @throws IllegalArgumentException if an argument is out of range, naming it
     */
    public static QuasiPoissonRatioTest of(long currentCount, double currentExposure, long baselineCount,
                                           double baselineExposure, double dispersion) {
        long c1 = Arguments.nonNegative("currentCount", currentCount);
        long c0 = Arguments.nonNegative("baselineCount", baselineCount);
        double e1 = Arguments.positive("currentExposure", currentExposure);
        double e0 = Arguments.positive("baselineExposure", baselineExposure);
        if (!(dispersion >= 1) || Double.isInfinite(dispersion)) {
            throw new IllegalArgumentException("dispersion must be a finite number of at least 1, found " + dispersion);
        }
        if (c0 + c1 == 0) {
            return new QuasiPoissonRatioTest(0, 0, dispersion, Double.NaN, Double.NaN, 0, Double.POSITIVE_INFINITY,
                    Verdict.NOT_TESTED, "no events in either period");
        }
        if (dispersion == 1 && c0 + c1 <= Integer.MAX_VALUE) {
            PoissonRatioTest poisson = PoissonRatioTest.of(c1, e1, c0, e0);
            return new QuasiPoissonRatioTest(c1, c0, 1, poisson.pValue(), poisson.rateRatio(), poisson.ratioLower(),
                    poisson.ratioUpper(), poisson.verdict(), null);
        }
        double a = c1 / dispersion;
        double b = c0 / dispersion;
        double upperTail = upperTail(a, b, e1 / (e0 + e1));
        double lowerTail = lowerTail(a, b, e0 / (e0 + e1));
        double pValue = Math.min(1, 2 * Math.min(lowerTail, upperTail));

        double lowerProportion = c1 == 0 ? 0 : BetaDistribution.of(a, b + 1).inverseCumulativeProbability(ALPHA / 2);
        double upperProportion = c0 == 0 ? 1 : BetaDistribution.of(a + 1, b).inverseCumulativeProbability(1 - ALPHA / 2);
        double rateRatio = (c1 / e1) / (c0 / e0);
        Verdict verdict = Verdict.of(pValue, c1 / e1 - c0 / e0);
        return new QuasiPoissonRatioTest(c1, c0, dispersion, pValue, rateRatio,
                ratio(lowerProportion, e1, e0), ratio(upperProportion, e1, e0), verdict, null);
    }

    /**
     * Tests the current count against the baseline count with the scale of a series' history,
     * {@link DispersionEstimate#scale()}; when that is not estimable, the comparison is
     * {@link Verdict#NOT_TESTED} with the estimate's reason (docs/method.md, "Over-dispersion": no verdict
     * where the history is too short), the ratio still given.
     *
     * @param dispersion the over-dispersion of the area's series before the period
     * @see #of(long, double, long, double, double)
     */
    public static QuasiPoissonRatioTest of(long currentCount, double currentExposure, long baselineCount,
                                           double baselineExposure, DispersionEstimate dispersion) {
        if (dispersion.estimable()) {
            return of(currentCount, currentExposure, baselineCount, baselineExposure, dispersion.scale());
        }
        QuasiPoissonRatioTest unscaled = of(currentCount, currentExposure, baselineCount, baselineExposure, 1);
        return new QuasiPoissonRatioTest(unscaled.currentCount, unscaled.baselineCount, Double.NaN, Double.NaN,
                unscaled.rateRatio, 0, Double.POSITIVE_INFINITY, Verdict.NOT_TESTED,
                dispersion.reason().orElseThrow());
    }

    /**
     * P(X ≥ a) for X "binomial" with a + b trials and success probability π0, extended to real a and b:
     * {@code I_{π0}(a, b + 1)}, and 1 at a = 0.
     */
    static double upperTail(double a, double b, double nullProportion) {
        return a == 0 ? 1 : BetaDistribution.of(a, b + 1).cumulativeProbability(nullProportion);
    }

    /**
     * P(X ≤ a) for the same X: {@code 1 - I_{π0}(a + 1, b) = I_{1-π0}(b, a + 1)}, computed from
     * {@code 1 - π0 = e0/(e0 + e1)} to keep small tails accurate; 1 at b = 0.
     */
    static double lowerTail(double a, double b, double nullComplement) {
        return b == 0 ? 1 : BetaDistribution.of(b, a + 1).cumulativeProbability(nullComplement);
    }

    /** R = π/(1 - π) · e0/e1; +∞ at π = 1. */
    private static double ratio(double proportion, double e1, double e0) {
        return proportion == 1 ? Double.POSITIVE_INFINITY : proportion / (1 - proportion) * (e0 / e1);
    }

    public long currentCount() {
        return currentCount;
    }

    public long baselineCount() {
        return baselineCount;
    }

    /** The scale φ applied; NaN when a {@link DispersionEstimate} was not estimable. */
    public double dispersion() {
        return dispersion;
    }

    /** Effective current count {@code c1/φ}: the Poisson events of equal information; NaN when φ is NaN. */
    public double effectiveCurrentCount() {
        return currentCount / dispersion;
    }

    /** Effective baseline count {@code c0/φ}; NaN when φ is NaN. */
    public double effectiveBaselineCount() {
        return baselineCount / dispersion;
    }

    /** False when no test was possible; {@link #reason()} says why. */
    public boolean testable() {
        return verdict != Verdict.NOT_TESTED;
    }

    /**
     * Why no test was possible ("no events in either period", or the reason over-dispersion could not be
     * estimated); empty when tested.
     */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /** Two-sided p-value (doubled smaller tail, capped at 1); NaN when not testable. */
    public double pValue() {
        return pValue;
    }

    /** Current rate over baseline rate; +∞ when the baseline count is 0, NaN when both are 0. */
    public double rateRatio() {
        return rateRatio;
    }

    /** Lower limit of the 95% interval of the rate ratio; 0 when not testable. */
    public double ratioLower() {
        return ratioLower;
    }

    /** Upper limit of the 95% interval of the rate ratio; +∞ when the baseline count is 0 or not testable. */
    public double ratioUpper() {
        return ratioUpper;
    }

    /** The change of the rate in per cent, {@code 100·(R - 1)}. */
    public double percentChange() {
        return 100 * (rateRatio - 1);
    }

    /** Lower limit of the 95% interval of the percentage change, {@code 100·(R_L - 1)}; -100 at its lowest. */
    public double percentChangeLower() {
        return 100 * (ratioLower - 1);
    }

    /** Upper limit of the 95% interval of the percentage change, {@code 100·(R_U - 1)}; may be +∞. */
    public double percentChangeUpper() {
        return 100 * (ratioUpper - 1);
    }

    public Verdict verdict() {
        return verdict;
    }

    @Override
    public String toString() {
        return currentCount + " vs " + baselineCount + " (φ = " + dispersion + "): ratio " + rateRatio + " ["
                + ratioLower + ", " + ratioUpper + "], p = " + pValue + ", " + verdict.words()
                + (reason == null ? "" : " (" + reason + ")");
    }
}
