package uk.org.ncpm.measures;

import org.junit.jupiter.api.Test;
import uk.org.ncpm.stats.FunnelPosition;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.ncpm.measures.TestFigures.count;
import static uk.org.ncpm.measures.TestFigures.countWithoutPopulation;
import static uk.org.ncpm.measures.TestFigures.national;
import static uk.org.ncpm.measures.TestFigures.notAvailable;
import static uk.org.ncpm.measures.TestFigures.rates;

class FunnelReadingTest {

    private static final List<String> ORDER = List.of("A", "B", "C", "D", "E");
    private static final OptionalDouble PER_1000 = OptionalDouble.of(1000);
    private static final ForceRates FORCES = rates(count("A", 545, 50_000, 1000), count("B", 2000, 200_000, 1000),
            count("C", 1955, 200_000, 1000), notAvailable("D", "months not complete: 2019-11 missing"),
            countWithoutPopulation("E", 70, 1000));

    @Test
    void every_force_with_a_count_and_a_population_is_on_the_plot_around_the_england_and_wales_rate_and_the_rest_are_named() {
        FunnelReading reading = FunnelReading.of("A", ORDER, PER_1000, FORCES, Optional.of(national(10, 1000, List.of())));

        FunnelPlot plot = reading.plot().orElseThrow();
        assertThat(plot.forces()).isEqualTo(3);
        assertThat(plot.targetRate()).isEqualTo(10);
        assertThat(plot.leftOut()).containsExactly(new ForceLeftOut("D", "months not complete: 2019-11 missing"),
                new ForceLeftOut("E", "no population loaded: no rate"));
        assertThat(reading.placement().orElseThrow().position()).isEqualTo(FunnelPosition.ABOVE);
        assertThat(reading.placement().orElseThrow().count()).isEqualTo(545);
        assertThat(reading.placement().orElseThrow().population()).isEqualTo(50_000);
        assertThat(reading.notAvailable()).isEmpty();
    }

    @Test
    void a_force_left_out_is_told_why_and_still_sees_the_plot() {
        FunnelReading reading = FunnelReading.of("D", ORDER, PER_1000, FORCES, Optional.of(national(10, 1000, List.of("D"))));

        assertThat(reading.plot()).isPresent();
        assertThat(reading.placement()).isEmpty();
        assertThat(reading.notAvailable()).hasValue("the force is not on the funnel plot: months not complete: 2019-11 missing");
    }

    @Test
    void no_plot_for_a_metric_without_a_rate_without_a_national_rate_or_with_fewer_than_two_forces() {
        Optional<Figure> national = Optional.of(national(10, 1000, List.of()));

        assertThat(FunnelReading.of("A", ORDER, OptionalDouble.empty(), FORCES, national).notAvailable())
                .hasValue("no funnel plot: the catalogue gives this metric no rate per residents");
        assertThat(FunnelReading.of("A", ORDER, PER_1000, FORCES, Optional.empty()).notAvailable())
                .hasValue("no funnel plot: no England and Wales rate for this year");
        assertThat(FunnelReading.of("A", ORDER, PER_1000, FORCES,
                Optional.of(notAvailable("K04000001", "no force has figures for both this period and the baseline"))).notAvailable())
                .hasValue("no funnel plot: no England and Wales rate for this year "
                        + "(no force has figures for both this period and the baseline)");
        assertThat(FunnelReading.of("A", ORDER, PER_1000, rates(count("A", 545, 50_000, 1000)), national).notAvailable())
                .hasValue("no funnel plot: fewer than 2 forces have a count and a population for this year");
        assertThat(FunnelReading.of("A", ORDER, PER_1000, FORCES, Optional.of(national(0, 1000, List.of()))).notAvailable())
                .hasValue("no funnel plot: the England and Wales rate is zero");
    }
}
