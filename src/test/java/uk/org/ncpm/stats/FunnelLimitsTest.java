package uk.org.ncpm.stats;

import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Reference values: src/test/resources/stats/reference_values.txt, "Funnel limits" section: the
 * Spiegelhalter-interpolated Poisson quantiles from explicit 50-digit Poisson sums. Target 12 homicides
 * per million; a small force of 250,000 residents (expected 3) and a large one of 9,000,000
 * (expected 108). Tolerance 1e-11 relative.
 */
class FunnelLimitsTest {

    private static final double TARGET = 12e-6;
    private static final double PER_MILLION = 1e6;

    private static Offset<Double> relative(double expected) {
        return within(1e-11 * Math.max(1, Math.abs(expected)));
    }

    @Test
    void limits_of_a_large_force() {
        FunnelLimits limits = FunnelLimits.of(TARGET, 9_000_000);

        assertThat(limits.expectedCount()).isCloseTo(108, within(1e-9));
        assertThat(limits.lower998() * PER_MILLION).isCloseTo(8.53796873451712, relative(8.5));
        assertThat(limits.lower95() * PER_MILLION).isCloseTo(9.73304761803673, relative(9.7));
        assertThat(limits.upper95() * PER_MILLION).isCloseTo(14.2608409772251, relative(14.3));
        assertThat(limits.upper998() * PER_MILLION).isCloseTo(15.6662048710484, relative(15.7));
        assertThat(limits.dispersionFactor()).isEqualTo(1);
    }

    @Test
    void limits_of_a_small_force_stop_at_zero_below() {
        // Expected 3: the interpolated 0.1% and 2.5% quantiles are -0.980 and -0.498, reported as 0.
        FunnelLimits limits = FunnelLimits.of(TARGET, 250_000);

        assertThat(limits.lower998()).isZero();
        assertThat(limits.lower95()).isZero();
        assertThat(limits.upper95() * PER_MILLION).isCloseTo(25.5753606594315, relative(25.6));
        assertThat(limits.upper998() * PER_MILLION).isCloseTo(36.5060197785937, relative(36.5));
    }

    @ParameterizedTest(name = "{0} homicides in the large force: {1}")
    @CsvSource({
            // Count limits 76.84 | 87.60 | 128.35 | 141.00 (expected 108).
            "76,  WELL_BELOW",
            "77,  BELOW",
            "87,  BELOW",
            "88,  WITHIN",
            "108, WITHIN",
            "128, WITHIN",
            "129, ABOVE",
            "140, ABOVE",
            "141, WELL_ABOVE"})
    void classifies_a_large_force(long observed, FunnelPosition position) {
        assertThat(FunnelLimits.of(TARGET, 9_000_000).position(observed)).isEqualTo(position);
    }

    @ParameterizedTest(name = "{0} homicides in the small force: {1}")
    @CsvSource({
            // Count limits 0 | 0 | 6.39 | 9.13 (expected 3): no count can be below the range.
            "0,  WITHIN",
            "6,  WITHIN",
            "7,  ABOVE",
            "9,  ABOVE",
            "10, WELL_ABOVE"})
    void classifies_a_small_force(long observed, FunnelPosition position) {
        assertThat(FunnelLimits.of(TARGET, 250_000).position(observed)).isEqualTo(position);
    }

    @Test
    void positions_use_the_words_of_the_measures() {
        assertThat(FunnelPosition.values()).extracting(FunnelPosition::words).containsExactly(
                "well below expected range (99.8%)", "below expected range (95%)", "within expected range",
                "above expected range (95%)", "well above expected range (99.8%)");
    }

    @Test
    void a_dispersion_factor_widens_each_limit_around_the_expected_count() {
        // φ = 4: every limit moves twice as far from the expected count 108 (upper 95%: 108 + 2 × 20.35).
        FunnelLimits plain = FunnelLimits.of(TARGET, 9_000_000);
        FunnelLimits widened = FunnelLimits.of(TARGET, 9_000_000, 4);

        assertThat(widened.upper95() * 9_000_000).isCloseTo(108 + 2 * (128.347568795026 - 108), relative(149));
        assertThat(widened.lower95() * 9_000_000).isCloseTo(108 - 2 * (108 - 87.5974285623306), relative(67));
        assertThat(widened.position(140)).isEqualTo(FunnelPosition.WITHIN);
        assertThat(plain.position(140)).isEqualTo(FunnelPosition.ABOVE);
    }

    @Test
    void rejects_a_dispersion_factor_below_one_naming_it() {
        assertThatIllegalArgumentException().isThrownBy(() -> FunnelLimits.of(TARGET, 1000, 0.5))
                .withMessage("dispersionFactor must be a finite number of at least 1, found 0.5");
    }

    @Test
    void rejects_an_expected_count_beyond_poisson_quantiles_naming_it() {
        assertThatIllegalArgumentException().isThrownBy(() -> FunnelLimits.of(0.5, 4e9))
                .withMessage("expected count targetRate × exposure must be at most 1.0E9, found 2.0E9");
    }

    @Test
    void rejects_a_zero_target_rate_naming_it() {
        assertThatIllegalArgumentException().isThrownBy(() -> FunnelLimits.of(0, 1000))
                .withMessage("targetRate must be a positive finite number, found 0.0");
    }
}
