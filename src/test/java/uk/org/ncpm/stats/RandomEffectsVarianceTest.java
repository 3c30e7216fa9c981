package uk.org.ncpm.stats;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Reference values: src/test/resources/stats/random_effects_reference.txt (numpy/scipy, from
 * Spiegelhalter's formulas; README.md there). Tolerance 1e-10 relative.
 */
class RandomEffectsVarianceTest {

    static final double[] CRIME_EXPOSURES = {1_500, 1_210, 640, 2_870, 1_050, 905, 1_710, 560, 1_120, 2_330, 780, 1_390};
    static final long[] CRIME_COUNTS = {121_300, 73_050, 41_200, 265_400, 60_150, 82_400, 98_700, 28_900, 71_800, 201_100,
            55_300, 99_900};
    static final long[] SMALL_COUNTS = {25, 9, 4, 52, 8, 17, 14, 2, 12, 44, 3, 20};

    static List<FunnelUnit> units(long[] observed, double[] exposures) {
        List<FunnelUnit> units = new ArrayList<>();
        for (int i = 0; i < observed.length; i++) {
            units.add(new FunnelUnit(observed[i], exposures[i]));
        }
        return units;
    }

    static double pooled(long[] observed, double[] exposures) {
        double o = 0;
        double e = 0;
        for (int i = 0; i < observed.length; i++) {
            o += observed[i];
            e += exposures[i];
        }
        return o / e;
    }

    static Offset<Double> relative(double expected) {
        return within(1e-10 * Math.max(1, Math.abs(expected)));
    }

    @Test
    void estimates_tau_squared_on_the_log_rate_scale_from_winsorised_z_scores() {
        RandomEffectsVariance variance = RandomEffectsVariance.of(units(CRIME_COUNTS, CRIME_EXPOSURES),
                pooled(CRIME_COUNTS, CRIME_EXPOSURES), 0.10);

        assertThat(variance.zScores()[0]).isCloseTo(26.781178667750478, relative(26.8));
        assertThat(variance.zScores()[3]).isCloseTo(99.12495502571647, relative(99));
        assertThat(variance.phi()).isCloseTo(2912.6942845323324, relative(2913));
        assertThat(variance.tauSquared()).isCloseTo(0.03250554348615998, within(1e-14));
        assertThat(variance.tau()).isCloseTo(0.18029293798194088, within(1e-13));
    }

    @Test
    void a_count_of_zero_is_taken_as_one_half() {
        long[] observed = {0, 310, 45, 900, 130, 75};
        double[] exposures = {40, 300, 80, 600, 210, 50};
        RandomEffectsVariance variance = RandomEffectsVariance.of(units(observed, exposures), pooled(observed, exposures), 0.10);

        assertThat(variance.zScores()[0]).isCloseTo(-30.487709348096487, relative(30));
        assertThat(variance.phi()).isCloseTo(187.2542860426224, relative(187));
        assertThat(variance.tauSquared()).isCloseTo(1.1070738802435471, relative(1.1));
    }

    @Test
    void units_varying_less_than_chance_have_tau_squared_zero() {
        List<FunnelUnit> units = List.of(new FunnelUnit(100, 1000), new FunnelUnit(201, 2000), new FunnelUnit(99, 1000));

        assertThat(RandomEffectsVariance.of(units, 0.1, 0.10).tauSquared()).isZero();
    }
}
