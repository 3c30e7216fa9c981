package uk.org.ncpm.measures;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StoredFunnelPlotsTest {

    private static final List<String> FORCES = List.of("A", "B", "C", "Z");
    /** The population stored with a rate of 0 (no offences): the rate says nothing about it. */
    private static final double POPULATION_OF_ZERO = 80_000;

    @Test
    void places_the_forces_exactly_as_a_funnel_plot_of_their_counts_and_populations() {
        List<Figure> stored = List.of(force("A", 120, 200_000), force("B", 300, 500_000), force("C", 20, 80_000),
                force("Z", 90, 100_000));
        StoredFunnelPlots.Plot plot = StoredFunnelPlots.of(stored).plot(FORCES, byCode(stored), Optional.of(national(0.6)));

        Map<String, Long> counts = Map.of("A", 120L, "B", 300L, "C", 20L, "Z", 90L);
        Map<String, Double> populations = Map.of("A", 200_000.0, "B", 500_000.0, "C", 80_000.0, "Z", 100_000.0);
        FunnelPlot oracle = FunnelPlot.of(0.6, 1000, counts, populations, List.of());
        assertThat(plot.plot()).isPresent();
        assertThat(plot.whyNone()).isEmpty();
        for (String code : FORCES) {
            FunnelPlacement got = plot.plot().get().placementOf(code).orElseThrow();
            FunnelPlacement expected = oracle.placementOf(code).orElseThrow();
            assertThat(got.count()).isEqualTo(expected.count());
            assertThat(got.population()).isCloseTo(expected.population(), within(1e-6));
            assertThat(got.rate()).isCloseTo(expected.rate(), within(1e-12));
            assertThat(got.position()).as(code).isEqualTo(expected.position());
        }
        assertThat(plot.plot().get().adjustmentWords()).isEqualTo(oracle.adjustmentWords());
    }

    @Test
    void a_force_with_no_offences_stays_on_the_plot_with_its_stored_population() {
        Figure none = stored("homicide", "C", 0, OptionalDouble.of(0), 1e6, "mid-2020 estimate");
        Figure other = stored("neighbourhood-crime", "C", 800, OptionalDouble.of(10), 1000, "mid-2020 estimate");
        List<Figure> year = List.of(stored("homicide", "A", 3, OptionalDouble.of(15), 1e6, "mid-2020 estimate"),
                stored("homicide", "B", 5, OptionalDouble.of(10), 1e6, "mid-2020 estimate"), none);

        StoredFunnelPlots.Plot plot = StoredFunnelPlots.of(List.of(year.get(0), year.get(1), none, other))
                .plot(FORCES, byCode(year), Optional.of(stored("homicide", "K04000001", 8, OptionalDouble.of(10), 1e6, "")));

        FunnelPlacement c = plot.plot().orElseThrow().placementOf("C").orElseThrow();
        assertThat(c.count()).isZero();
        assertThat(c.population()).isCloseTo(80_000, within(1e-6));
    }

    @Test
    void says_why_there_is_no_plot() {
        List<Figure> stored = List.of(force("A", 120, 200_000), force("B", 300, 500_000));

        StoredFunnelPlots.Plot plot = StoredFunnelPlots.of(stored).plot(FORCES, byCode(stored), Optional.empty());

        assertThat(plot.plot()).isEmpty();
        assertThat(plot.whyNone()).isEqualTo("no funnel plot: no England and Wales rate for this year");
    }

    @Test
    void names_a_force_whose_figure_is_not_available_as_left_out_with_its_reason() {
        Figure missing = FigureExample.of("neighbourhood-crime", "C", YearMonth.of(2021, 6))
                .source("police-uk-street", "street").notAvailable("months not complete: 2021-01 missing");
        List<Figure> stored = List.of(force("A", 120, 200_000), force("B", 300, 500_000), missing);

        FunnelPlot plot = StoredFunnelPlots.of(stored).plot(List.of("A", "B", "C"), byCode(stored), Optional.of(national(0.6)))
                .plot().orElseThrow();

        assertThat(plot.forces()).isEqualTo(2);
        assertThat(plot.leftOut()).containsExactly(new ForceLeftOut("C", "months not complete: 2021-01 missing"));
    }

    private static Figure force(String code, long count, double population) {
        return stored("neighbourhood-crime", code, count, OptionalDouble.of(count * 1000.0 / population), 1000, "mid-2020 estimate");
    }

    private static Figure national(double rate) {
        return stored("neighbourhood-crime", "K04000001", 530, OptionalDouble.of(rate), 1000, "sum of the included forces' estimates");
    }

    private static Figure stored(String metric, String area, double value, OptionalDouble rate, double per, String note) {
        FigureExample example = FigureExample.of(metric, area, YearMonth.of(2021, 6))
                .source("home-office-prc", "police recorded crime").value(value);
        if (rate.isPresent()) {
            double population = rate.getAsDouble() > 0 ? value * per / rate.getAsDouble() : POPULATION_OF_ZERO;
            example.rate(rate.getAsDouble(), (int) per, population, 2020);
        }
        return example.build();
    }

    private static Map<String, Figure> byCode(List<Figure> figures) {
        Map<String, Figure> byCode = new LinkedHashMap<>();
        figures.forEach(f -> byCode.put(f.areaCode(), f));
        return byCode;
    }
}
