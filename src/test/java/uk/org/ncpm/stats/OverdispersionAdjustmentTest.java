package uk.org.ncpm.stats;

import java.util.ArrayList;
import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Reference values: src/test/resources/stats/reference_values.txt, "Over-dispersion" sections: z-scores,
 * 10%-winsorised φ and the chi-squared p-value (mpmath regularised incomplete gamma) for two sets of ten
 * units with the same exposures and the same pooled rate 590 / 1,550,000. Tolerance 1e-11 relative.
 */
class OverdispersionAdjustmentTest {

    private static final long[] EXPOSURES = {100_000, 150_000, 200_000, 90_000, 250_000, 160_000, 140_000, 210_000,
            70_000, 180_000};
    private static final double POOLED_RATE = 590.0 / 1_550_000;

    private static List<FunnelUnit> units(long... observed) {
        List<FunnelUnit> units = new ArrayList<>();
        for (int i = 0; i < observed.length; i++) {
            units.add(new FunnelUnit(observed[i], EXPOSURES[i]));
        }
        return units;
    }

    private static Offset<Double> relative(double expected) {
        return within(1e-11 * Math.max(1, Math.abs(expected)));
    }

    private final List<FunnelUnit> spread = units(30, 55, 80, 20, 120, 45, 60, 95, 15, 70);
    private final List<FunnelUnit> mild = units(45, 48, 87, 27, 107, 52, 62, 69, 33, 60);

    @Test
    void computes_pearson_z_scores_in_the_order_of_the_units() {
        double[] z = OverdispersionAdjustment.of(spread, POOLED_RATE).zScores();

        assertThat(z).hasSize(10);
        assertThat(z[0]).isCloseTo(-1.30712812135706, relative(1.3));
        assertThat(z[3]).isCloseTo(-2.43601054567762, relative(2.4));
        assertThat(z[4]).isCloseTo(2.54623726720149, relative(2.5));
        assertThat(z[9]).isCloseTo(0.179266743192233, relative(1));
    }

    @Test
    void winsorising_ten_percent_pulls_in_the_most_extreme_unit_at_each_end() {
        // k = 1 of 10: z[3] = -2.436 becomes -2.256 (the next lowest), z[4] = 2.546 becomes 1.685.
        assertThat(OverdispersionAdjustment.of(spread, POOLED_RATE, 0).phi()).isCloseTo(2.73580256255044, relative(2.7));
        assertThat(OverdispersionAdjustment.of(spread, POOLED_RATE).phi()).isCloseTo(2.28690603656261, relative(2.3));
    }

    @Test
    void applies_significant_over_dispersion_and_widens_the_limits_by_root_phi() {
        OverdispersionAdjustment adjustment = OverdispersionAdjustment.of(spread, POOLED_RATE);

        assertThat(adjustment.pValue()).isCloseTo(0.00649718246924967, relative(0.0065));
        assertThat(adjustment.applied()).isTrue();
        assertThat(adjustment.dispersionFactor()).isEqualTo(adjustment.phi());
        // Unit 0 (exposure 100,000, expected 38.06): upper 95% count 50.121 widened to 56.297.
        assertThat(adjustment.limitsFor(100_000).upper95() * 100_000).isCloseTo(56.297053265991, relative(56));
    }

    @Test
    void reports_but_does_not_apply_phi_above_one_that_chance_explains() {
        // φ = 1.40 > 1, but 10·φ on 9 degrees of freedom has p = 0.123: not applied, limits unchanged.
        OverdispersionAdjustment adjustment = OverdispersionAdjustment.of(mild, POOLED_RATE);

        assertThat(adjustment.phi()).isCloseTo(1.39926040771694, relative(1.4));
        assertThat(adjustment.pValue()).isCloseTo(0.122588558670709, relative(0.12));
        assertThat(adjustment.applied()).isFalse();
        assertThat(adjustment.dispersionFactor()).isEqualTo(1);
        assertThat(adjustment.limitsFor(100_000).upper95() * 100_000).isCloseTo(50.1210632096093, relative(50));
    }

    @Test
    void needs_at_least_two_units() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OverdispersionAdjustment.of(List.of(new FunnelUnit(3, 1000)), 0.003))
                .withMessage("units must number at least 2, found 1");
    }

    @Test
    void rejects_a_unit_without_exposure_naming_it() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FunnelUnit(3, 0))
                .withMessage("exposure must be a positive finite number, found 0.0");
    }

    @Test
    void large_phi_uses_additive_random_effects_limits_on_the_log_rate_scale() {
        // random_effects_reference.txt, "large over-dispersion": φ = 2596 > 4, τ² = 0.0325; tolerance 1e-10 relative.
        double[] e = RandomEffectsVarianceTest.CRIME_EXPOSURES;
        long[] o = RandomEffectsVarianceTest.CRIME_COUNTS;
        OverdispersionAdjustment adjustment = OverdispersionAdjustment.of(RandomEffectsVarianceTest.units(o, e),
                RandomEffectsVarianceTest.pooled(o, e));

        assertThat(adjustment.phi()).isCloseTo(2596.3627607335884, relative(2596));
        assertThat(adjustment.model()).isEqualTo(DispersionModel.ADDITIVE_RANDOM_EFFECTS);
        assertThat(adjustment.dispersionFactor()).isEqualTo(1);
        assertThat(adjustment.randomEffects().tau()).isCloseTo(0.18029293798194088, within(1e-13));
        FunnelLimits unit0 = adjustment.limitsFor(1_500);
        assertThat(unit0.lower998()).isCloseTo(42.75744615992219, relative(43));
        assertThat(unit0.lower95()).isCloseTo(52.4232789924689, relative(52));
        assertThat(unit0.upper95()).isCloseTo(106.29127045364207, relative(106));
        assertThat(unit0.upper998()).isCloseTo(130.319685245331, relative(130));
        assertThat(unit0.tauSquared()).isCloseTo(0.03250554348615998, within(1e-14));
        FunnelLimits unit3 = adjustment.limitsFor(2_870);
        assertThat(unit3.upper998()).isCloseTo(130.31492449275487, relative(130));
        assertThat(unit3.position(265_400)).isEqualTo(FunnelPosition.WITHIN);
        assertThat(adjustment.limitsFor(560).position(28_900)).isEqualTo(FunnelPosition.BELOW);
    }

    @Test
    void significant_phi_of_at_most_four_keeps_the_multiplicative_widening() {
        // random_effects_reference.txt, "modest over-dispersion": φ = 2.837, p = 0.000356: multiplicative.
        double[] e = RandomEffectsVarianceTest.CRIME_EXPOSURES;
        long[] o = RandomEffectsVarianceTest.SMALL_COUNTS;
        OverdispersionAdjustment adjustment = OverdispersionAdjustment.of(RandomEffectsVarianceTest.units(o, e),
                RandomEffectsVarianceTest.pooled(o, e));

        assertThat(adjustment.phi()).isCloseTo(2.837135287118434, relative(2.8));
        assertThat(adjustment.pValue()).isCloseTo(0.0003555295426632651, within(1e-12));
        assertThat(adjustment.model()).isEqualTo(DispersionModel.MULTIPLICATIVE);
        assertThat(adjustment.dispersionFactor()).isEqualTo(adjustment.phi());
        assertThat(adjustment.limitsFor(1_500).tauSquared()).isZero();
    }

    @Test
    void not_significant_over_dispersion_is_model_none() {
        assertThat(OverdispersionAdjustment.of(mild, POOLED_RATE).model()).isEqualTo(DispersionModel.NONE);
    }
}
