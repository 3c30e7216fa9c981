package uk.org.ncpm.measures;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Reference values: src/test/resources/measures/reference_values.txt, produced by reference_values.py
 * beside it (explicit Poisson and binomial sums in exact or 50-digit arithmetic, no code shared with
 * the product), or worked by hand where noted. Tolerance 1e-9 relative: far below any published
 * precision, far above the ~1e-14 agreement of the two computations.
 */
class JudgementTest {

    private static final OptionalDouble NONE = OptionalDouble.empty();

    private static Offset<Double> relative(double expected) {
        return within(1e-9 * Math.max(1, Math.abs(expected)));
    }

    private static PeriodValue count(double value) {
        return PeriodValue.of(value, Judgement.COUNT, Set.of());
    }

    private static PeriodValue survey(double value, double lower, double upper) {
        return new PeriodValue(OptionalDouble.of(value), OptionalDouble.of(lower), OptionalDouble.of(upper), "percentage",
                Set.of(), Optional.empty());
    }

    private static PeriodValue surveyWithoutInterval(double value) {
        return PeriodValue.of(value, "percentage", Set.of());
    }

    @Test
    void a_count_has_its_exact_garwood_interval_and_no_test_without_a_baseline() {
        // reference_values.txt: garwood x=14 lower = 7.6539302763006, upper = 23.4896211218356
        // (the usual table: 14 → 7.65, 23.49)
        Judgement j = Judgement.of(count(14), Optional.empty(), NONE, NONE);

        assertThat(j.lower().getAsDouble()).isCloseTo(7.6539302763006, relative(7.6539302763006));
        assertThat(j.upper().getAsDouble()).isCloseTo(23.4896211218356, relative(23.4896211218356));
        assertThat(j.pValue()).isEmpty();
        assertThat(j.verdict()).isEmpty();
        assertThat(j.note()).isEmpty();
    }

    @Test
    void counts_without_populations_are_tested_as_counts_and_say_so() {
        // 5 now against 15 at baseline, equal exposures: X ~ Bin(20, 1/2), by hand
        // P(X <= 5) = (1 + 20 + 190 + 1140 + 4845 + 15504) / 2^20 = 21700 / 1048576;
        // p = 2 × 21700 / 1048576 = 5425 / 131072 = 0.04138946533203125 < 0.05
        Judgement j = Judgement.of(count(5), Optional.of(count(15)), NONE, NONE);

        assertThat(j.pValue().getAsDouble()).isCloseTo(5425.0 / 131072, relative(0.04138946533203125));
        assertThat(j.verdict()).hasValue("statistically significant decrease");
        assertThat(j.note()).hasValue("tested as counts: no population loaded for the rate");
    }

    @Test
    void populations_are_the_exposures_when_both_are_known() {
        // 30 now (population 1,000,000) against 20 at baseline (1,500,000): rates 30 and 13.3 per million.
        // H0 proportion 1.0 / 2.5 = 2/5; reference: p two-sided doubled 30 of 50 at 2/5 = 0.00672076452604549
        Judgement j = Judgement.of(count(30), Optional.of(count(20)), OptionalDouble.of(1_000_000),
                OptionalDouble.of(1_500_000));

        assertThat(j.pValue().getAsDouble()).isCloseTo(0.00672076452604549, relative(0.00672076452604549));
        assertThat(j.verdict()).hasValue("statistically significant increase");
        assertThat(j.note()).isEmpty();
    }

    @Test
    void the_same_counts_without_populations_give_the_count_test() {
        // reference: p two-sided doubled 30 of 50 at 1/2 = 0.202638751064541
        Judgement j = Judgement.of(count(30), Optional.of(count(20)), NONE, NONE);

        assertThat(j.pValue().getAsDouble()).isCloseTo(0.202638751064541, relative(0.202638751064541));
        assertThat(j.verdict()).hasValue("no significant change");
        assertThat(j.note()).hasValue("tested as counts: no population loaded for the rate");
    }

    @Test
    void one_population_alone_is_not_used() {
        Judgement j = Judgement.of(count(30), Optional.of(count(20)), OptionalDouble.of(1_000_000), NONE);

        assertThat(j.pValue().getAsDouble()).isCloseTo(0.202638751064541, relative(0.202638751064541));
        assertThat(j.note()).hasValue("tested as counts: no population loaded for the rate");
    }

    @Test
    void no_events_in_either_year_is_no_test_not_no_change() {
        // src/test/resources/stats/reference_values.txt: garwood x=0 upper = 3.68887945411394
        Judgement j = Judgement.of(count(0), Optional.of(count(0)), NONE, NONE);

        assertThat(j.lower()).hasValue(0);
        assertThat(j.upper().getAsDouble()).isCloseTo(3.68887945411394, relative(3.68887945411394));
        assertThat(j.pValue()).isEmpty();
        assertThat(j.verdict()).hasValue("no test possible");
    }

    @Test
    void a_count_that_is_not_a_whole_number_gets_no_interval_and_no_test() {
        Judgement j = Judgement.of(count(12.5), Optional.of(count(10)), NONE, NONE);

        assertThat(j.lower()).isEmpty();
        assertThat(j.upper()).isEmpty();
        assertThat(j.pValue()).isEmpty();
        assertThat(j.verdict()).isEmpty();
        assertThat(j.note()).hasValue("not a whole count of events (12.5): no Poisson interval or test");
    }

    @Test
    void a_baseline_that_is_not_a_whole_count_leaves_the_interval_but_no_test() {
        // reference: garwood x=12 lower = 6.20057510872222, upper = 20.961585048177
        Judgement j = Judgement.of(count(12), Optional.of(count(10.5)), NONE, NONE);

        assertThat(j.lower().getAsDouble()).isCloseTo(6.20057510872222, relative(6.20057510872222));
        assertThat(j.upper().getAsDouble()).isCloseTo(20.961585048177, relative(20.961585048177));
        assertThat(j.pValue()).isEmpty();
        assertThat(j.verdict()).isEmpty();
        assertThat(j.note()).hasValue("baseline is not a whole count: no test");
    }

    @Test
    void a_survey_estimate_keeps_its_published_interval_and_is_compared_through_it() {
        // 60 [58, 62] against 65 [63, 67]: se = 2 / 1.96 each, z = -5 / √(2 se²) = -3.46482322781408,
        // reference: survey p = 0.000530580112251054
        Judgement j = Judgement.of(survey(60, 58, 62), Optional.of(survey(65, 63, 67)), NONE, NONE);

        assertThat(j.lower()).hasValue(58);
        assertThat(j.upper()).hasValue(62);
        assertThat(j.pValue().getAsDouble()).isCloseTo(0.000530580112251054, relative(0.000530580112251054));
        assertThat(j.verdict()).hasValue("statistically significant decrease");
        assertThat(j.note()).isEmpty();
    }

    @Test
    void a_survey_estimate_in_the_baseline_year_has_its_interval_and_no_test() {
        Judgement j = Judgement.of(survey(65, 63, 67), Optional.empty(), NONE, NONE);

        assertThat(j.lower()).hasValue(63);
        assertThat(j.upper()).hasValue(67);
        assertThat(j.verdict()).isEmpty();
        assertThat(j.note()).isEmpty();
    }

    @Test
    void a_survey_estimate_without_an_interval_is_not_tested() {
        Judgement j = Judgement.of(surveyWithoutInterval(60), Optional.of(survey(65, 63, 67)), NONE, NONE);

        assertThat(j.lower()).isEmpty();
        assertThat(j.pValue()).isEmpty();
        assertThat(j.verdict()).isEmpty();
        assertThat(j.note()).hasValue("no published interval: no test of change");
    }

    @Test
    void a_baseline_without_an_interval_is_not_tested_against() {
        Judgement j = Judgement.of(survey(60, 58, 62), Optional.of(surveyWithoutInterval(65)), NONE, NONE);

        assertThat(j.lower()).hasValue(58);
        assertThat(j.upper()).hasValue(62);
        assertThat(j.verdict()).isEmpty();
        assertThat(j.note()).hasValue("baseline has no published interval: no test of change");
    }
}
