package uk.org.ncpm.stats;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Reference values: src/test/resources/uk/org/ncpm/stats/reference/ratio_reference.txt, the output of
 * ratio_reference.py (run 2026-12-04, python 3.11.7, numpy 2.4.6, scipy 1.17.1, mpmath 1.3.0): tails from
 * scipy.special.betainc, limits from scipy.stats.beta.ppf, each checked there against 50-digit
 * mpmath.betainc (agreement 1e-14 or better) and, at φ = 1, against scipy.stats.binom (identical). φ of
 * the real series from dispersion_reference.txt. Tolerance 1e-9 relative unless stated.
 */
class QuasiPoissonRatioTestTest {

    private static Offset<Double> relative(double expected) {
        return within(1e-9 * Math.abs(expected));
    }

    @Test
    void with_phi_one_reproduces_the_poisson_ratio_test() {
        double[][] exposures = {{1, 1}, {1_050_000, 1_000_000}, {59_600_000, 59_100_000}, {3, 7}};
        for (double[] e : exposures) {
            for (long c1 = 0; c1 <= 60; c1 += 3) {
                for (long c0 = 0; c0 <= 60; c0 += 4) {
                    if (c0 + c1 > 0) {
                        assertSameAsPoisson(c1, e[0], c0, e[1]);
                    }
                }
            }
        }
        assertSameAsPoisson(240_000, 1, 250_000, 1);
        assertSameAsPoisson(87_000, 59_600_000, 88_000, 59_100_000);
        assertSameAsPoisson(1_045, 1, 1_245, 1);
    }

    private static void assertSameAsPoisson(long c1, double e1, long c0, double e0) {
        PoissonRatioTest poisson = PoissonRatioTest.of(c1, e1, c0, e0);
        QuasiPoissonRatioTest quasi = QuasiPoissonRatioTest.of(c1, e1, c0, e0, 1.0);
        String label = c1 + "/" + e1 + " vs " + c0 + "/" + e0;
        assertThat(quasi.pValue()).as(label).isEqualTo(poisson.pValue());
        assertThat(quasi.rateRatio()).as(label).isEqualTo(poisson.rateRatio());
        assertThat(quasi.ratioLower()).as(label).isEqualTo(poisson.ratioLower());
        assertThat(quasi.ratioUpper()).as(label).isEqualTo(poisson.ratioUpper());
        assertThat(quasi.verdict()).as(label).isEqualTo(poisson.verdict());
        // Just above 1 the incomplete beta route takes over, continuously.
        QuasiPoissonRatioTest above = QuasiPoissonRatioTest.of(c1, e1, c0, e0, Math.nextUp(1.0));
        assertThat(above.pValue()).as(label).isCloseTo(poisson.pValue(), within(1e-11 * poisson.pValue()));
        assertThat(above.ratioLower()).as(label).isCloseTo(poisson.ratioLower(), within(1e-11 * poisson.ratioLower()));
    }

    @Test
    void the_incomplete_beta_tails_are_the_binomial_tails_for_whole_counts() {
        // P(X >= k) and P(X <= k), X ~ Binomial(n, π0), from Commons' binomial distribution: the tails used
        // for φ > 1 agree with the exact binomial ones to rounding (the 1e-12 allows for the last bits).
        double[] proportions = {0.5, 1.05 / 2.05, 0.1, 0.93};
        for (double pi : proportions) {
            for (int n = 1; n <= 80; n += 7) {
                BinomialDistribution binomial = BinomialDistribution.of(n, pi);
                for (int k = 0; k <= n; k++) {
                    double upper = QuasiPoissonRatioTest.upperTail(k, n - k, pi);
                    double lower = QuasiPoissonRatioTest.lowerTail(k, n - k, 1 - pi);
                    double expectedUpper = binomial.survivalProbability(k - 1);
                    double expectedLower = binomial.cumulativeProbability(k);
                    assertThat(upper).as("P(X >= %d), n %d, π %s", k, n, pi)
                            .isCloseTo(expectedUpper, within(1e-12 * expectedUpper + 1e-300));
                    assertThat(lower).as("P(X <= %d), n %d, π %s", k, n, pi)
                            .isCloseTo(expectedLower, within(1e-12 * expectedLower + 1e-300));
                }
            }
        }
    }

    @Test
    void widens_the_interval_and_raises_p_for_a_moderate_phi() {
        QuasiPoissonRatioTest test = QuasiPoissonRatioTest.of(25, 1_050_000, 12, 1_000_000, 2.5);

        assertThat(test.effectiveCurrentCount()).isEqualTo(10.0);
        assertThat(test.effectiveBaselineCount()).isEqualTo(4.8);
        assertThat(test.pValue()).isCloseTo(0.31845964185414377, relative(0.318));
        assertThat(test.rateRatio()).isCloseTo(1.9841269841269842, relative(1.98));
        assertThat(test.ratioLower()).isCloseTo(0.6097364721162922, relative(0.61));
        assertThat(test.ratioUpper()).isCloseTo(7.597762306565129, relative(7.6));
        assertThat(test.verdict()).isEqualTo(Verdict.NO_SIGNIFICANT_CHANGE);
        assertThat(test.reason()).isEmpty();
        assertThat(test.testable()).isTrue();
    }

    @Test
    void handles_non_integer_effective_counts() {
        QuasiPoissonRatioTest test = QuasiPoissonRatioTest.of(3, 1, 10, 1, 1.7);

        assertThat(test.pValue()).isCloseTo(0.25903837850164346, relative(0.259));
        assertThat(test.ratioLower()).isCloseTo(0.02420259530488084, relative(0.0242));
        assertThat(test.ratioUpper()).isCloseTo(1.8008640355102434, relative(1.8));
    }

    @Test
    void a_zero_count_deflates_to_a_binomial_end_point() {
        // 0 vs 12 at φ 2: effective 0 vs 6, p = 2·(1/2)^6 = 0.03125 (by hand); 9 vs 0 at φ 1.5: 6 vs 0.
        QuasiPoissonRatioTest none = QuasiPoissonRatioTest.of(0, 1, 12, 1, 2);
        QuasiPoissonRatioTest fromNone = QuasiPoissonRatioTest.of(9, 1, 0, 1, 1.5);

        assertThat(none.pValue()).isCloseTo(0.03125, within(1e-15));
        assertThat(none.rateRatio()).isZero();
        assertThat(none.ratioLower()).isZero();
        assertThat(none.ratioUpper()).isCloseTo(0.8493111942973236, relative(0.85));
        assertThat(none.verdict()).isEqualTo(Verdict.SIGNIFICANT_DECREASE);
        assertThat(none.percentChangeLower()).isEqualTo(-100.0);
        assertThat(fromNone.pValue()).isCloseTo(0.03125, within(1e-15));
        assertThat(fromNone.rateRatio()).isInfinite();
        assertThat(fromNone.ratioLower()).isCloseTo(1.1774247257241777, relative(1.18));
        assertThat(fromNone.ratioUpper()).isInfinite();
        assertThat(fromNone.percentChangeUpper()).isInfinite();
        assertThat(fromNone.verdict()).isEqualTo(Verdict.SIGNIFICANT_INCREASE);
    }

    @Test
    void a_one_percent_fall_in_a_national_count_is_significant_only_if_over_dispersion_is_ignored() {
        QuasiPoissonRatioTest poisson = QuasiPoissonRatioTest.of(87_000, 1, 88_000, 1, 1);
        QuasiPoissonRatioTest quasi = QuasiPoissonRatioTest.of(87_000, 1, 88_000, 1, 30);

        assertThat(poisson.pValue()).isCloseTo(0.016937018224070243, relative(0.0169));
        assertThat(poisson.verdict()).isEqualTo(Verdict.SIGNIFICANT_DECREASE);
        assertThat(quasi.pValue()).isCloseTo(0.6720488616065685, relative(0.672));
        assertThat(quasi.rateRatio()).isCloseTo(0.9886363636363636, relative(0.99));
        assertThat(quasi.ratioLower()).isCloseTo(0.9388506301141945, relative(0.94));
        assertThat(quasi.ratioUpper()).isCloseTo(1.0410581857433694, relative(1.04));
        assertThat(quasi.percentChange()).isCloseTo(-1.1363636363636, within(1e-9));
        assertThat(quasi.percentChangeLower()).isCloseTo(-6.11493698858055, within(1e-7));
        assertThat(quasi.percentChangeUpper()).isCloseTo(4.10581857433694, within(1e-7));
        assertThat(quasi.verdict()).isEqualTo(Verdict.NO_SIGNIFICANT_CHANGE);
    }

    @Test
    void uses_the_exposures_of_rates() {
        QuasiPoissonRatioTest test = QuasiPoissonRatioTest.of(87_000, 59_600_000, 88_000, 59_100_000, 30);

        assertThat(test.pValue()).isCloseTo(0.4562279049303444, relative(0.456));
        assertThat(test.rateRatio()).isCloseTo(0.9803424344112264, relative(0.98));
        assertThat(test.ratioLower()).isCloseTo(0.9309743664387398, relative(0.93));
        assertThat(test.ratioUpper()).isCloseTo(1.0323244761314283, relative(1.03));
    }

    @Test
    void agrees_with_the_quasi_poisson_wald_test_for_large_counts() {
        // Wald: z = log R / √(φ(1/c1 + 1/c0)), p = 2Φ(-|z|), computed here; the reference prints the same
        // (0.6625223065179602, 0.00036785141323089464, 0.0023303626880950773). Within 6% of p: the exact
        // tails include the point mass at the observed value, which the Wald test does not.
        long[][] cases = {{87_000, 88_000}, {80_000, 88_000}, {78_164, 87_610}};
        double[] phis = {30, 30, 58.00494708748968};
        for (int i = 0; i < cases.length; i++) {
            long c1 = cases[i][0];
            long c0 = cases[i][1];
            double phi = phis[i];
            QuasiPoissonRatioTest test = QuasiPoissonRatioTest.of(c1, 1, c0, 1, phi);
            double se = Math.sqrt(phi * (1.0 / c1 + 1.0 / c0));
            double logRatio = Math.log((double) c1 / c0);
            double wald = 2 * NormalDistribution.of(0, 1).cumulativeProbability(-Math.abs(logRatio) / se);
            assertThat(test.pValue()).as("%d vs %d", c1, c0).isCloseTo(wald, within(0.06 * wald));
            assertThat(test.ratioLower()).isCloseTo(Math.exp(logRatio - 1.959963984540054 * se), within(1e-3));
            assertThat(test.ratioUpper()).isCloseTo(Math.exp(logRatio + 1.959963984540054 * se), within(1e-3));
        }
        assertThat(QuasiPoissonRatioTest.of(87_000, 1, 88_000, 1, 30).pValue())
                .isCloseTo(0.6625223065179602, within(0.02 * 0.6625));
    }

    @Test
    void england_and_wales_robbery_fell_significantly_even_allowing_for_over_dispersion() {
        // Year ending June 2020 (78,164) against year ending June 2019 (87,610), 43 forces; φ from the 20
        // quarters to June 2019.
        QuasiPoissonRatioTest poisson = QuasiPoissonRatioTest.of(78_164, 1, 87_610, 1, 1);
        QuasiPoissonRatioTest quasi = QuasiPoissonRatioTest.of(78_164, 1, 87_610, 1, 58.00494708748968);

        assertThat(poisson.pValue()).isCloseTo(4.1578026230997264e-119, within(1e-6 * 4.16e-119));
        assertThat(poisson.ratioLower()).isCloseTo(0.8836077499857388, relative(0.88));
        assertThat(poisson.ratioUpper()).isCloseTo(0.900836770184644, relative(0.9));
        assertThat(quasi.pValue()).isCloseTo(0.0024600906713156076, relative(0.00246));
        assertThat(quasi.rateRatio()).isCloseTo(0.8921812578472778, relative(0.89));
        assertThat(quasi.ratioLower()).isCloseTo(0.8283878375345115, relative(0.83));
        assertThat(quasi.ratioUpper()).isCloseTo(0.9608117136018433, relative(0.96));
        assertThat(quasi.verdict()).isEqualTo(Verdict.SIGNIFICANT_DECREASE);

        DispersionEstimate history = DispersionEstimate.of(DispersionEstimateTest.ENGLAND_AND_WALES_ROBBERY,
                SeriesFrequency.QUARTERLY);
        QuasiPoissonRatioTest fromHistory = QuasiPoissonRatioTest.of(78_164, 1, 87_610, 1, history);
        assertThat(fromHistory.dispersion()).isCloseTo(58.00494708748968, within(1e-7 * 58));
        assertThat(fromHistory.pValue()).isCloseTo(0.0024600906713156076, within(1e-6 * 0.00246));
    }

    @Test
    void lancashire_robbery_fell_significantly_with_and_without_over_dispersion() {
        QuasiPoissonRatioTest poisson = QuasiPoissonRatioTest.of(1_045, 1, 1_245, 1, 1);
        QuasiPoissonRatioTest quasi = QuasiPoissonRatioTest.of(1_045, 1, 1_245, 1, 2.239489465620788);

        assertThat(poisson.pValue()).isCloseTo(3.169136944462874e-05, relative(3.17e-5));
        assertThat(quasi.pValue()).isCloseTo(0.0057271094506505795, relative(0.00573));
        assertThat(quasi.ratioLower()).isCloseTo(0.7405752687174305, relative(0.74));
        assertThat(quasi.ratioUpper()).isCloseTo(0.9509854226726037, relative(0.95));
        assertThat(quasi.verdict()).isEqualTo(Verdict.SIGNIFICANT_DECREASE);
    }

    @Test
    void the_verdict_is_significant_exactly_when_the_ratio_interval_excludes_one() {
        double[] phis = {1, 1.3, 2.5, 7.9};
        for (double phi : phis) {
            for (int current = 0; current <= 40; current++) {
                for (int baseline = 0; baseline <= 40; baseline++) {
                    if (current + baseline == 0) {
                        continue;
                    }
                    QuasiPoissonRatioTest test = QuasiPoissonRatioTest.of(current, 1_050_000, baseline, 1_000_000, phi);
                    boolean excludesOne = test.ratioUpper() < 1 || test.ratioLower() > 1;
                    assertThat(test.verdict() != Verdict.NO_SIGNIFICANT_CHANGE)
                            .as("%d vs %d at φ %s: %s", current, baseline, phi, test).isEqualTo(excludesOne);
                }
            }
        }
    }

    @Test
    void no_events_in_either_period_is_not_testable_and_says_so() {
        QuasiPoissonRatioTest test = QuasiPoissonRatioTest.of(0, 500_000, 0, 500_000, 3);

        assertThat(test.testable()).isFalse();
        assertThat(test.verdict()).isEqualTo(Verdict.NOT_TESTED);
        assertThat(test.reason()).contains("no events in either period");
        assertThat(test.pValue()).isNaN();
        assertThat(test.rateRatio()).isNaN();
        assertThat(test.ratioLower()).isZero();
        assertThat(test.ratioUpper()).isInfinite();
    }

    @Test
    void a_history_too_short_for_over_dispersion_is_not_tested_with_its_reason() {
        DispersionEstimate history = DispersionEstimate.of(new long[] {10, 12, 9, 11, 10, 13, 8},
                SeriesFrequency.QUARTERLY);
        QuasiPoissonRatioTest test = QuasiPoissonRatioTest.of(40, 1, 60, 1, history);

        assertThat(test.testable()).isFalse();
        assertThat(test.verdict()).isEqualTo(Verdict.NOT_TESTED);
        assertThat(test.reason()).contains(
                "history too short to estimate over-dispersion: 7 quarters, at least 12 needed");
        assertThat(test.pValue()).isNaN();
        assertThat(test.dispersion()).isNaN();
        assertThat(test.rateRatio()).isCloseTo(40.0 / 60, relative(0.67));
        assertThat(test.ratioLower()).isZero();
        assertThat(test.ratioUpper()).isInfinite();
    }

    @Test
    void an_under_dispersed_history_tests_as_poisson() {
        DispersionEstimate history = DispersionEstimate.of(new long[] {100, 120, 90, 110, 101, 121, 91, 111, 102, 122,
                92, 112}, SeriesFrequency.QUARTERLY);
        QuasiPoissonRatioTest test = QuasiPoissonRatioTest.of(40, 1_000_000, 60, 1_000_000, history);

        assertThat(test.dispersion()).isEqualTo(1.0);
        assertThat(test.pValue()).isCloseTo(0.05688793364098089, relative(0.0569));
    }

    @Test
    void rejects_a_dispersion_below_one_or_not_finite_naming_it() {
        assertThatIllegalArgumentException().isThrownBy(() -> QuasiPoissonRatioTest.of(3, 1, 4, 1, 0.9))
                .withMessage("dispersion must be a finite number of at least 1, found 0.9");
        assertThatIllegalArgumentException().isThrownBy(() -> QuasiPoissonRatioTest.of(3, 1, 4, 1, Double.NaN))
                .withMessage("dispersion must be a finite number of at least 1, found NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> QuasiPoissonRatioTest.of(3, 1, 4, 1, Double.POSITIVE_INFINITY))
                .withMessage("dispersion must be a finite number of at least 1, found Infinity");
    }

    @Test
    void rejects_negative_counts_and_non_positive_exposures_naming_them() {
        assertThatIllegalArgumentException().isThrownBy(() -> QuasiPoissonRatioTest.of(-1, 1, 4, 1, 2))
                .withMessage("currentCount must be zero or more, found -1");
        assertThatIllegalArgumentException().isThrownBy(() -> QuasiPoissonRatioTest.of(3, 1, 4, 0, 2))
                .withMessage("baselineExposure must be a positive finite number, found 0.0");
    }

    @Test
    void has_no_limit_on_the_total_count() {
        QuasiPoissonRatioTest test = QuasiPoissonRatioTest.of(2_000_000_000L, 1, 2_000_100_000L, 1, 50);

        assertThat(test.pValue()).isBetween(0.0, 1.0);
        assertThat(test.ratioLower()).isLessThan(test.rateRatio());
        assertThat(test.ratioUpper()).isGreaterThan(test.rateRatio());
    }
}
