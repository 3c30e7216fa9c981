package uk.org.ncpm.stats;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Reference values: src/test/resources/stats/reference_values.txt, produced by reference_values.py
 * beside it (bisection on explicit Poisson sums in 50-digit arithmetic, no shared code with the
 * implementation). Tolerance: 1e-11 relative, far below the 4 significant figures anyone publishes and
 * far above the ~1e-14 accuracy of both computations.
 */
class PoissonIntervalTest {

    private static Offset<Double> relative(double expected) {
        return within(1e-11 * Math.max(1, Math.abs(expected)));
    }

    @ParameterizedTest(name = "{0} events at {1}: [{2}, {3}]")
    @CsvSource({
            "0,    0.95,  0.0,               3.68887945411394",
            "1,    0.95,  0.0253178079842899, 5.5716433909389",
            "10,   0.95,  4.79538869613243,  18.3903560420178",
            "1000, 0.95,  938.973018407695,  1063.9521360163",
            "10,   0.90,  5.42540569709129,  16.9622192357219",
            "3,    0.998, 0.190533377568403, 13.0622407791881",
            "250000, 0.95, 249020.965504321, 250981.930760977"})
    void matches_the_independent_garwood_limits(long count, double confidence, double lower, double upper) {
        PoissonInterval interval = PoissonInterval.of(count, confidence);

        assertThat(interval.lower()).isCloseTo(lower, relative(lower));
        assertThat(interval.upper()).isCloseTo(upper, relative(upper));
    }

    @ParameterizedTest(name = "{0} events: [{1}, {3}] as tabulated")
    @CsvSource({
            // The exact limits as usually tabulated (Garwood 1936; reproduced in the issue brief), to
            // the printed precision: tolerance half a unit in the last printed place of each limit.
            "0,  0.0,    0.0,     3.689, 0.0005",
            "1,  0.0253, 0.00005, 5.572, 0.0005",
            "10, 4.795,  0.0005,  18.39, 0.005"})
    void agrees_with_the_published_table_to_its_printed_precision(long count, double lower, double lowerHalfUnit,
                                                                  double upper, double upperHalfUnit) {
        PoissonInterval interval = PoissonInterval.of(count);

        assertThat(interval.lower()).isCloseTo(lower, within(lowerHalfUnit));
        assertThat(interval.upper()).isCloseTo(upper, within(upperHalfUnit));
    }

    @Test
    void no_events_has_a_lower_limit_of_exactly_zero_and_a_positive_upper_limit() {
        PoissonInterval interval = PoissonInterval.of(0);

        assertThat(interval.lower()).isZero();
        assertThat(interval.upper()).isGreaterThan(3.6);
        assertThat(interval.confidence()).isEqualTo(0.95);
    }

    @Test
    void scales_the_count_interval_to_a_rate_per_million() {
        // 10 homicides in a population of 1,234,567: 8.1 per million; reference file, "Rate" section.
        RateInterval rate = PoissonInterval.of(10).rate(1_234_567, 1_000_000);

        assertThat(rate.rate()).isCloseTo(8.10000591300432, relative(8.1));
        assertThat(rate.lower()).isCloseTo(3.88426767938268, relative(3.9));
        assertThat(rate.upper()).isCloseTo(14.8961992682599, relative(14.9));
        assertThat(rate.confidence()).isEqualTo(0.95);
    }

    @Test
    void rejects_a_negative_count_naming_it() {
        assertThatIllegalArgumentException().isThrownBy(() -> PoissonInterval.of(-1))
                .withMessage("count must be zero or more, found -1");
    }

    @Test
    void rejects_a_confidence_outside_zero_to_one_naming_it() {
        assertThatIllegalArgumentException().isThrownBy(() -> PoissonInterval.of(5, 95))
                .withMessage("confidence must be strictly between 0 and 1, found 95.0");
    }

    @Test
    void rejects_a_zero_population_naming_it() {
        assertThatIllegalArgumentException().isThrownBy(() -> PoissonInterval.of(5).rate(0, 1000))
                .withMessage("exposure must be a positive finite number, found 0.0");
    }
}
