package uk.org.ncpm.measures;

import org.junit.jupiter.api.Test;
import uk.org.ncpm.stats.DispersionModel;
import uk.org.ncpm.stats.FunnelLimits;
import uk.org.ncpm.stats.FunnelPosition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Funnel positions with hand-worked and reference values: src/test/resources/measures/funnel_reference.txt
 * (scipy, see funnel_reference.py). Rates are per 1,000; limits are compared as rates to 1e-9.
 */
class FunnelPlotTest {

    private static final double PER_1000 = 1000;

    /**
     * Ten forces around 10 per 1,000: a small force (50,000 residents, expected 500) with 545 (10.9 per 1,000), a
     * large one (1,000,000, expected 10,000) with 10,400 (10.4 per 1,000), eight of 200,000 near the rate.
     */
    private static FunnelPlot tenForces() {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Double> populations = new LinkedHashMap<>();
        counts.put("small", 545L);
        populations.put("small", 50_000.0);
        counts.put("large", 10_400L);
        populations.put("large", 1_000_000.0);
        long[] others = {1955, 1978, 2000, 2022, 2045, 1990, 2010, 1967};
        for (int i = 0; i < others.length; i++) {
            counts.put("f" + i, others[i]);
            populations.put("f" + i, 200_000.0);
        }
        return FunnelPlot.of(10, PER_1000, counts, populations, List.of());
    }

    @Test
    void a_small_force_with_the_higher_rate_is_above_the_95_limit_only_and_a_large_one_well_above() {
        FunnelPlot plot = tenForces();
        FunnelPlacement small = plot.placementOf("small").orElseThrow();
        FunnelPlacement large = plot.placementOf("large").orElseThrow();

        // Reference: small 97.5% limit 543.80 and 99.9% 570.00 of 500 expected; large 99.9% limit 10,309.94 of 10,000.
        assertThat(small.position()).isEqualTo(FunnelPosition.ABOVE);
        assertThat(small.position().words()).isEqualTo("above expected range (95%)");
        assertThat(small.rate()).isCloseTo(10.9, within(1e-9));
        assertThat(small.limits().upper95()).isCloseTo(543.7996864773185 / 50, within(1e-9));
        assertThat(small.limits().upper998()).isCloseTo(570.0034323439586 / 50, within(1e-9));
        assertThat(large.position()).isEqualTo(FunnelPosition.WELL_ABOVE);
        assertThat(large.position().words()).isEqualTo("well above expected range (99.8%)");
        assertThat(large.limits().upper998()).isCloseTo(10309.944051097105 / 1000, within(1e-9));
        assertThat(plot.placementOf("f2").orElseThrow().position().words()).isEqualTo("within expected range");
    }

    @Test
    void without_significant_over_dispersion_the_limits_are_the_stats_package_s_poisson_limits() {
        FunnelPlot plot = tenForces();
        FunnelPlacement small = plot.placementOf("small").orElseThrow();
        FunnelLimits poisson = FunnelLimits.of(10, 50);

        // Reference: winsorised φ = 1.07855, p = 0.2907 on 9 degrees of freedom: not applied.
        assertThat(plot.adjustment().phi()).isCloseTo(1.07855, within(1e-9));
        assertThat(plot.adjustment().pValue()).isCloseTo(0.2906989097935399, within(1e-9));
        assertThat(plot.adjustment().applied()).isFalse();
        assertThat(small.limits().dispersionFactor()).isEqualTo(1);
        assertThat(small.limits().lower95()).isEqualTo(poisson.lower95());
        assertThat(small.limits().upper95()).isEqualTo(poisson.upper95());
        assertThat(small.position()).isEqualTo(poisson.position(545));
        assertThat(plot.adjustmentWords()).isEqualTo("no over-dispersion adjustment (φ = 1.08, not significant at 5%: p = 0.291)");
        assertThat(plot.forces()).isEqualTo(10);
        assertThat(plot.targetRate()).isEqualTo(10);
    }

    @Test
    void large_over_dispersion_uses_additive_random_effects_and_can_bring_a_force_within_range() {
        Map<String, Long> counts = new LinkedHashMap<>(Map.of("a", 1100L, "b", 900L, "c", 1000L));
        Map<String, Double> populations = new LinkedHashMap<>(Map.of("a", 100_000.0, "b", 100_000.0, "c", 100_000.0));

        FunnelPlot plot = FunnelPlot.of(10, PER_1000, counts, populations, List.of());
        FunnelPlacement a = plot.placementOf("a").orElseThrow();

        // z = ±100/√1000 and 0: φ = (10 + 10 + 0)/3 = 20/3 > 4; n·φ = 20 on 2 degrees of freedom: p = e^-10.
        // Reference (funnel_reference.txt): τ² = 0.0090924343170079 on the log rate; 97.5% limit 12.1762, 0.1% 7.3312.
        assertThat(plot.adjustment().phi()).isCloseTo(20.0 / 3, within(1e-12));
        assertThat(plot.adjustment().pValue()).isCloseTo(Math.exp(-10), within(1e-15));
        assertThat(plot.model()).isEqualTo(DispersionModel.ADDITIVE_RANDOM_EFFECTS);
        assertThat(FunnelLimits.of(10, 100).position(1100)).isEqualTo(FunnelPosition.WELL_ABOVE);
        assertThat(a.position().words()).isEqualTo("within expected range");
        assertThat(a.limits().dispersionFactor()).isEqualTo(1);
        assertThat(a.limits().tauSquared()).isCloseTo(0.0090924343170079, within(1e-15));
        assertThat(a.limits().upper95()).isCloseTo(12.176224604735019, within(1e-9));
        assertThat(a.limits().lower998()).isCloseTo(7.331183261269505, within(1e-9));
        assertThat(plot.adjustmentWords()).isEqualTo("over-dispersion adjustment: additive random effects, τ = 0.095 (forces' "
                + "underlying rates about 10% apart; φ = 6.67 > 4, chi-squared test p < 0.001): limits θ·exp(±z·√(1/E + τ²)) "
                + "on the log rate");
    }

    @Test
    void significant_over_dispersion_of_at_most_four_widens_the_limits_by_root_phi() {
        Map<String, Long> counts = new LinkedHashMap<>(Map.of("a", 1060L, "b", 940L, "c", 1000L));
        Map<String, Double> populations = new LinkedHashMap<>(Map.of("a", 100_000.0, "b", 100_000.0, "c", 100_000.0));

        FunnelPlot plot = FunnelPlot.of(10, PER_1000, counts, populations, List.of());
        FunnelPlacement a = plot.placementOf("a").orElseThrow();

        // z = ±60/√1000 and 0: φ = 2.4; n·φ = 7.2 on 2 degrees of freedom: p = e^-3.6 = 0.0273.
        assertThat(plot.adjustment().phi()).isCloseTo(2.4, within(1e-12));
        assertThat(plot.adjustment().pValue()).isCloseTo(Math.exp(-3.6), within(1e-15));
        assertThat(plot.model()).isEqualTo(DispersionModel.MULTIPLICATIVE);
        assertThat(a.limits().dispersionFactor()).isCloseTo(2.4, within(1e-12));
        assertThat(a.limits().upper95()).isCloseTo(1095.9719066350344 / 100, within(1e-9));
        assertThat(a.limits().lower998()).isCloseTo(850.0547658942376 / 100, within(1e-9));
        assertThat(a.position().words()).isEqualTo("within expected range");
        assertThat(plot.adjustmentWords()).isEqualTo("over-dispersion adjustment: multiplicative, φ = 2.40 (chi-squared test "
                + "p = 0.027; φ ≤ 4): limits widened by √φ");
    }

    @Test
    void city_of_london_is_placed_but_kept_out_of_the_over_dispersion_estimate() {
        Map<String, Long> counts = new LinkedHashMap<>(Map.of("a", 1060L, "b", 940L, "c", 1000L, CityOfLondon.CODE, 900L));
        Map<String, Double> populations = new LinkedHashMap<>(Map.of("a", 100_000.0, "b", 100_000.0, "c", 100_000.0,
                CityOfLondon.CODE, 8_000.0));

        FunnelPlot plot = FunnelPlot.of(10, PER_1000, counts, populations, List.of());

        // The same φ as a, b and c alone, though City of London's 112.5 per 1,000 is far above them.
        assertThat(plot.adjustment().phi()).isCloseTo(2.4, within(1e-12));
        assertThat(plot.cityOfLondonSetAside()).isTrue();
        assertThat(plot.forces()).isEqualTo(4);
        assertThat(plot.placementOf(CityOfLondon.CODE).orElseThrow().position()).isEqualTo(FunnelPosition.WELL_ABOVE);
        assertThat(plot.adjustmentWords()).endsWith("; City of London Police is kept out of the estimate (about 8,000 "
                + "residents and hundreds of thousands of daytime workers and visitors: per-resident rates are not comparable)");
    }

    @Test
    void a_force_not_on_the_plot_has_no_placement() {
        assertThat(tenForces().placementOf("absent")).isEmpty();
    }
}
