package uk.org.ncpm.web.charts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Nice ticks on ranges picked by hand, each worked out on paper from Heckbert's rule. */
class TicksTest {

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource(delimiter = ';', value = {
            "0; 63; 0 20 40 60 80",
            "0; 100; 0 20 40 60 80 100",
            "0; 7; 0 2 4 6 8",
            "0; 593; 0 200 400 600",
            "0; 1234; 0 500 1000 1500",
            "0; 0.87; 0 0.2 0.4 0.6 0.8 1",
            "40; 62; 40 50 60 70",
            "-12; 30; -20 -10 0 10 20 30",
            "0; 2750000; 0 1000000 2000000 3000000",
            "0; 0; 0 0.2 0.4 0.6 0.8 1",
            "50; 50; 44 46 48 50 52 54 56"})
    void ticks_are_nice_numbers_that_cover_the_range(double low, double high, String expected) {
        List<Double> wanted = Arrays.stream(expected.split(" ")).map(Double::valueOf).toList();

        assertThat(Ticks.of(low, high, 5).values()).containsExactlyElementsOf(wanted);
    }

    @Test
    void decimal_ticks_are_exact_and_labelled_with_the_step_s_decimals() {
        Ticks ticks = Ticks.of(0, 0.3, 5);

        assertThat(ticks.values()).containsExactly(0.0, 0.1, 0.2, 0.3);
        assertThat(ticks.values().stream().map(ticks::label)).containsExactly("0.0", "0.1", "0.2", "0.3");
    }

    @Test
    void labels_group_thousands() {
        Ticks ticks = Ticks.of(0, 2_750_000, 5);

        assertThat(ticks.label(3_000_000)).isEqualTo("3,000,000");
        assertThat(Ticks.of(0, 1234, 5).label(1500)).isEqualTo("1,500");
    }

    @Test
    void rejects_a_range_the_wrong_way_round_or_not_a_number() {
        assertThatThrownBy(() -> Ticks.of(5, 1, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ticks need finite low ≤ high, found 5.0 and 1.0");
        assertThatThrownBy(() -> Ticks.of(0, Double.NaN, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ticks.of(0, 1, 1)).hasMessage("target must be at least 2 ticks, found 1");
    }
}
