package uk.org.ncpm.stats;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Reference values: src/test/resources/stats/reference_values.txt ("Conditional test" and "Large
 * counts" sections): p-values as exact rationals (Fraction sums of binomial terms), Clopper–Pearson
 * limits by bisection on explicit binomial sums in 50 digits. Tolerance 1e-11 relative unless stated.
 */
class PoissonRatioTestTest {

    private static Offset<Double> relative(double expected) {
        return within(1e-11 * Math.abs(expected));
    }

    @Test
    void forty_against_sixty_with_equal_exposure_is_no_significant_change() {
        // X ~ Bin(100, 1/2), P(X <= 40) doubled = 0.0568879336409808 (exact rational, printed to 15 digits).
        PoissonRatioTest test = PoissonRatioTest.of(40, 1_000_000, 60, 1_000_000);

        assertThat(test.pValue()).isCloseTo(0.0568879336409808, relative(0.0569));
        assertThat(test.rateRatio()).isCloseTo(40.0 / 60, relative(0.67));
        assertThat(test.ratioLower()).isCloseTo(0.435327244691711, relative(0.435));
        assertThat(test.ratioUpper()).isCloseTo(1.01122605879355, relative(1.01));
        assertThat(test.verdict()).isEqualTo(Verdict.NO_SIGNIFICANT_CHANGE);
        assertThat(test.verdict().words()).isEqualTo("no significant change");
    }

    @Test
    void doubles_the_smaller_tail_rather_than_summing_the_less_likely_outcomes() {
        // 25 homicides (population 1,050,000) against 12 (1,000,000): X ~ Bin(37, 105/205).
        // Doubled tail p = 0.066054034909324 (not significant) and the 95% ratio interval
        // [0.9606, 4.3346] contains 1: verdict and interval agree. The minimum-likelihood method
        // (R's poisson.test) would give 0.0494409927550576 and call it significant while the interval
        // beside it contains 1; this test fails if the implementation switches method.
        PoissonRatioTest test = PoissonRatioTest.of(25, 1_050_000, 12, 1_000_000);

        assertThat(test.pValue()).isCloseTo(0.066054034909324, relative(0.066));
        assertThat(test.rateRatio()).isCloseTo(1.98412698412698, relative(1.98));
        assertThat(test.ratioLower()).isCloseTo(0.960594182903707, relative(0.96));
        assertThat(test.ratioUpper()).isCloseTo(4.33455198888178, relative(4.33));
        assertThat(test.verdict()).isEqualTo(Verdict.NO_SIGNIFICANT_CHANGE);
    }

    @Test
    void the_verdict_is_significant_exactly_when_the_ratio_interval_excludes_one() {
        // Consistency of the doubled-tail p with the Clopper-Pearson interval, over every pair of
        // small counts with unequal exposures (where the minimum-likelihood method would disagree).
        for (int current = 0; current <= 40; current++) {
            for (int baseline = 0; baseline <= 40; baseline++) {
                if (current + baseline == 0) {
                    continue;
                }
                PoissonRatioTest test = PoissonRatioTest.of(current, 1_050_000, baseline, 1_000_000);
                boolean excludesOne = test.ratioUpper() < 1 || test.ratioLower() > 1;
                assertThat(test.verdict() != Verdict.NO_SIGNIFICANT_CHANGE)
                        .as("%d vs %d: %s", current, baseline, test).isEqualTo(excludesOne);
            }
        }
    }

    @Test
    void five_events_down_to_none_cannot_be_significant_but_six_can() {
        // Equal exposure: P(X = 0), X ~ Bin(n, 1/2), doubled: 2/2^5 = 0.0625, 2/2^6 = 0.03125 (by hand).
        PoissonRatioTest five = PoissonRatioTest.of(0, 1, 5, 1);
        PoissonRatioTest six = PoissonRatioTest.of(0, 1, 6, 1);

        assertThat(five.pValue()).isCloseTo(0.0625, within(1e-15));
        assertThat(five.verdict()).isEqualTo(Verdict.NO_SIGNIFICANT_CHANGE);
        assertThat(six.pValue()).isCloseTo(0.03125, within(1e-15));
        assertThat(six.verdict()).isEqualTo(Verdict.SIGNIFICANT_DECREASE);
        assertThat(six.verdict().words()).isEqualTo("statistically significant decrease");
        assertThat(six.rateRatio()).isZero();
        assertThat(six.ratioLower()).isZero();
        assertThat(six.ratioUpper()).isCloseTo(0.849311194297323, relative(0.85));
    }

    @Test
    void events_after_a_baseline_of_none_have_an_unbounded_ratio() {
        // 7 against 0, equal exposure: P(X = 7), X ~ Bin(7, 1/2), doubled = 2/128 = 0.015625 (by hand).
        PoissonRatioTest test = PoissonRatioTest.of(7, 1, 0, 1);

        assertThat(test.pValue()).isCloseTo(0.015625, within(1e-15));
        assertThat(test.rateRatio()).isInfinite();
        assertThat(test.ratioUpper()).isInfinite();
        assertThat(test.ratioLower()).isGreaterThan(1);
        assertThat(test.verdict()).isEqualTo(Verdict.SIGNIFICANT_INCREASE);
        assertThat(test.verdict().words()).isEqualTo("statistically significant increase");
    }

    @Test
    void no_events_in_either_period_is_not_testable_and_says_so() {
        PoissonRatioTest test = PoissonRatioTest.of(0, 500_000, 0, 500_000);

        assertThat(test.testable()).isFalse();
        assertThat(test.verdict()).isEqualTo(Verdict.NOT_TESTED);
        assertThat(test.verdict().words()).isEqualTo("not tested");
        assertThat(test.pValue()).isNaN();
        assertThat(test.rateRatio()).isNaN();
        assertThat(test.ratioLower()).isZero();
        assertThat(test.ratioUpper()).isInfinite();
    }

    @Test
    void handles_national_scale_counts() {
        // 240,000 against 250,000 (equal exposure): reference file, "Large counts" section.
        PoissonRatioTest test = PoissonRatioTest.of(240_000, 1, 250_000, 1);

        assertThat(test.pValue()).isCloseTo(2.72271709221555e-46, within(1e-6 * 2.72e-46));
        assertThat(test.ratioLower()).isCloseTo(0.954634034924419, relative(0.95));
        assertThat(test.ratioUpper()).isCloseTo(0.965395974133814, relative(0.97));
        assertThat(test.verdict()).isEqualTo(Verdict.SIGNIFICANT_DECREASE);
    }

    @Test
    void rejects_a_non_positive_exposure_naming_it() {
        assertThatIllegalArgumentException().isThrownBy(() -> PoissonRatioTest.of(3, 1, 4, -2))
                .withMessage("baselineExposure must be a positive finite number, found -2.0");
    }

    @Test
    void rejects_totals_beyond_the_binomial_test_naming_them() {
        assertThatIllegalArgumentException().isThrownBy(() -> PoissonRatioTest.of(2_000_000_000L, 1, 200_000_000L, 1))
                .withMessage("currentCount + baselineCount must be at most 2147483647, found 2200000000");
    }
}
