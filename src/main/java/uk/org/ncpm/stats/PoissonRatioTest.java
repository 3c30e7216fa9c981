package uk.org.ncpm.stats;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.BinomialTest;

/**
 * Change of a Poisson rate against the baseline: the exact conditional test for two Poisson counts
 * and the exact interval for their rate ratio, at the 95% level.
 *
 * <p>Model: current count {@code c1 ~ Poisson(λ1·e1)}, baseline count {@code c0 ~ Poisson(λ0·e0)},
 * exposures {@code e1, e0} (e.g. populations) known. Conditional on {@code n = c0 + c1},
 * {@code c1 ~ Binomial(n, π)} with {@code π = R·e1 / (R·e1 + e0)} and {@code R = λ1/λ0} the rate
 * ratio; under H0 ({@code R = 1}) {@code π0 = e1 / (e0 + e1)}.
 *
 * <p><b>Two-sided p-value: the smaller exact tail doubled, capped at 1</b> (the "central" method):
 * <pre>  p = min(1, 2 · min(P(X ≤ c1), P(X ≥ c1))),  X ~ Binomial(n, π0)</pre>
 * chosen over the minimum-likelihood method (R's {@code binom.test} and {@code poisson.test},
 * {@link AlternativeHypothesis#TWO_SIDED} in Commons Statistics) because it agrees with the
 * interval below: p &lt; 0.05 exactly when the 95% interval for R excludes 1, so the verdict and the
 * interval shown beside it never contradict each other. The two methods coincide when the exposures
 * are equal (symmetric null).
 *
 * <p><b>Rate ratio</b> {@code R = (c1/e1) / (c0/e0)}, with the exact interval from the
 * Clopper–Pearson interval {@code [πL, πU]} for π, mapped through {@code R = π/(1 - π) · e0/e1}:
 * <pre>
 *   πL = Beta(0.025; c1, n - c1 + 1)   (0 when c1 = 0)
 *   πU = Beta(0.975; c1 + 1, n - c1)   (1 when c1 = n, so the upper limit of R is +∞)
 * </pre>
 *
 * <p>Edge cases: no events in either period ({@code n = 0}): no test is possible, the verdict is
 * {@link Verdict#NOT_TESTED}, p and R are NaN and the interval [0, +∞]. A baseline of zero with
 * current events gives {@code R = +∞}. Small totals can never reach significance: with equal
 * exposures the smallest attainable p is {@code 2 · 0.5^n}, above 0.05 for {@code n ≤ 5}; the test
 * then honestly says "no significant change" whatever the percentage. {@code n} must fit an
 * {@code int} (about 2.1 billion events), the limit of {@link BinomialTest}.
 *
 * <p>Citations: Przyborowski J., Wilenski H. (1940) Homogeneity of results in testing samples from
 * Poisson series: with an application to testing clover seed for dodder. Biometrika 31(3/4): 313–323
 * (the conditional test); Clopper C.J., Pearson E.S. (1934)
 * The use of confidence or fiducial limits illustrated in the case of the binomial. Biometrika 26(4):
 * 404–413. Tails from Commons Statistics {@link BinomialTest}, quantiles from {@link BetaDistribution}.
 */
public final class PoissonRatioTest {

    private static final double ALPHA = Verdict.SIGNIFICANCE_LEVEL;

    private final long currentCount;
    private final long baselineCount;
    private final double pValue;
    private final double rateRatio;
    private final double ratioLower;
    private final double ratioUpper;
    private final Verdict verdict;

    private PoissonRatioTest(long currentCount, long baselineCount, double pValue, double rateRatio,
                             double ratioLower, double ratioUpper, Verdict verdict) {
        this.currentCount = currentCount;
        this.baselineCount = baselineCount;
        this.pValue = pValue;
        this.rateRatio = rateRatio;
        this.ratioLower = ratioLower;
        this.ratioUpper = ratioUpper;
        this.verdict = verdict;
    }

    /**
     * Tests the current count against the baseline count.
     *
     * @param currentCount     events in the current period, zero or more
     * @param currentExposure  exposure of the current period (e.g. population); positive
     * @param baselineCount    events in the baseline period, zero or more
     * @param baselineExposure exposure of the baseline period; positive
     */
    public static PoissonRatioTest of(long currentCount, double currentExposure,
                                      long baselineCount, double baselineExposure) {
        long c1 = Arguments.nonNegative("currentCount", currentCount);
        long c0 = Arguments.nonNegative("baselineCount", baselineCount);
        double e1 = Arguments.positive("currentExposure", currentExposure);
        double e0 = Arguments.positive("baselineExposure", baselineExposure);
        long n = c0 + c1;
        if (n == 0) {
            return new PoissonRatioTest(0, 0, Double.NaN, Double.NaN, 0, Double.POSITIVE_INFINITY,
                    Verdict.NOT_TESTED);
        }
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("currentCount + baselineCount must be at most "
                    + Integer.MAX_VALUE + ", found " + n);
        }
        double nullProportion = e1 / (e0 + e1);
        BinomialTest test = BinomialTest.withDefaults();
        double below = test.with(AlternativeHypothesis.LESS_THAN).test((int) n, (int) c1, nullProportion).getPValue();
        double above = test.with(AlternativeHypothesis.GREATER_THAN).test((int) n, (int) c1, nullProportion).getPValue();
        double pValue = Math.min(1, 2 * Math.min(below, above));

        double lowerProportion = c1 == 0 ? 0 : BetaDistribution.of(c1, n - c1 + 1).inverseCumulativeProbability(ALPHA / 2);
        double upperProportion = c1 == n ? 1 : BetaDistribution.of(c1 + 1, n - c1).inverseCumulativeProbability(1 - ALPHA / 2);
        double rateRatio = (c1 / e1) / (c0 / e0);
        Verdict verdict = Verdict.of(pValue, c1 / e1 - c0 / e0);
        return new PoissonRatioTest(c1, c0, pValue, rateRatio,
                ratio(lowerProportion, e1, e0), ratio(upperProportion, e1, e0), verdict);
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

    /** False when there were no events in either period: no test possible. */
    public boolean testable() {
        return verdict != Verdict.NOT_TESTED;
    }

    /** Two-sided exact p-value (doubled smaller tail, capped at 1); NaN when not testable. */
    public double pValue() {
        return pValue;
    }

    /** Current rate over baseline rate; +∞ when the baseline count is 0, NaN when not testable. */
    public double rateRatio() {
        return rateRatio;
    }

    /** Lower limit of the exact 95% interval of the rate ratio. */
    public double ratioLower() {
        return ratioLower;
    }

    /** Upper limit of the exact 95% interval of the rate ratio; +∞ when the baseline count is 0. */
    public double ratioUpper() {
        return ratioUpper;
    }

    public Verdict verdict() {
        return verdict;
    }

    @Override
    public String toString() {
        return currentCount + " vs " + baselineCount + ": ratio " + rateRatio + " [" + ratioLower + ", "
                + ratioUpper + "], p = " + pValue + ", " + verdict.words();
    }
}
