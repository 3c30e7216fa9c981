package uk.org.ncpm.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Worked by hand, checked with python's math.erfc (reference_values.txt, "Survey comparison"):
 * se = half-width / 1.96; z = difference / √(se0² + se1²); p = erfc(|z| / √2).
 * Tolerance 1e-12 on z and p (both sides compute the same closed form in doubles).
 */
class SurveyComparisonTest {

    @Test
    void a_fall_well_beyond_both_intervals_is_a_significant_decrease() {
        // 2,000 [1,900, 2,100] to 1,800 [1,700, 1,900] thousand incidents: se = 100/1.96 = 51.0204 each,
        // se of the difference = 72.1537, z = -200 / 72.1537 = -2.77186, p = 0.0055737.
        SurveyComparison comparison = SurveyComparison.of(SurveyEstimate.of(2000, 1900, 2100),
                SurveyEstimate.of(1800, 1700, 1900));

        assertThat(comparison.baseline().standardError()).isCloseTo(100 / 1.96, within(1e-12));
        assertThat(comparison.difference()).isEqualTo(-200);
        assertThat(comparison.z()).isCloseTo(-2.771858582251266, within(1e-12));
        assertThat(comparison.pValue()).isCloseTo(0.005573724535172143, within(1e-12));
        assertThat(comparison.verdict().words()).isEqualTo("statistically significant decrease");
    }

    @Test
    void overlapping_intervals_can_still_show_a_significant_increase() {
        // 100 [90, 110] to 116 [106, 126]: the intervals overlap (106 < 110), yet
        // z = 16 / (√2 · 10/1.96) = 2.21749, p = 0.02659 < 0.05.
        SurveyComparison comparison = SurveyComparison.of(SurveyEstimate.of(100, 90, 110),
                SurveyEstimate.of(116, 106, 126));

        assertThat(comparison.z()).isCloseTo(2.217486865801013, within(1e-12));
        assertThat(comparison.pValue()).isCloseTo(0.026589839595125283, within(1e-12));
        assertThat(comparison.verdict()).isEqualTo(Verdict.SIGNIFICANT_INCREASE);
    }

    @Test
    void a_rise_within_the_noise_is_no_significant_change() {
        // 100 [90, 110] to 113 [103, 123]: z = 13 / 7.21537 = 1.80171, p = 0.07159.
        SurveyComparison comparison = SurveyComparison.of(SurveyEstimate.of(100, 90, 110),
                SurveyEstimate.of(113, 103, 123));

        assertThat(comparison.z()).isCloseTo(1.801708078463323, within(1e-12));
        assertThat(comparison.pValue()).isCloseTo(0.0715913464132785, within(1e-12));
        assertThat(comparison.verdict().words()).isEqualTo("no significant change");
    }

    @Test
    void estimates_without_sampling_error_differ_for_certain_or_not_at_all() {
        SurveyComparison different = SurveyComparison.of(SurveyEstimate.of(50, 50, 50), SurveyEstimate.of(49, 49, 49));
        SurveyComparison same = SurveyComparison.of(SurveyEstimate.of(50, 50, 50), SurveyEstimate.of(50, 50, 50));

        assertThat(different.pValue()).isZero();
        assertThat(different.verdict()).isEqualTo(Verdict.SIGNIFICANT_DECREASE);
        assertThat(same.z()).isZero();
        assertThat(same.pValue()).isEqualTo(1);
        assertThat(same.verdict()).isEqualTo(Verdict.NO_SIGNIFICANT_CHANGE);
    }

    @Test
    void rejects_an_interval_that_does_not_contain_its_estimate() {
        assertThatIllegalArgumentException().isThrownBy(() -> SurveyEstimate.of(75.0, 76.0, 80.0))
                .withMessage("interval must contain the estimate: expected lower <= value <= upper, found 76.0 <= 75.0 <= 80.0");
    }
}
