package uk.org.ncpm.measures;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RollingPeriodTest {

    @ParameterizedTest(name = "{0}: {1}, {2} to {3}")
    @CsvSource({
            "2019-06, year ending June 2019,      2018-07-01, 2019-06-30",
            "2022-09, year ending September 2022, 2021-10-01, 2022-09-30",
            "2020-12, year ending December 2020,  2020-01-01, 2020-12-31",
            // a leap year: the year ending March 2020 runs to 31 March and holds 29 February
            "2020-03, year ending March 2020,     2019-04-01, 2020-03-31"})
    void is_named_by_its_last_month_and_runs_twelve_calendar_months(YearMonth last, String label, LocalDate start,
                                                                     LocalDate end) {
        RollingPeriod period = RollingPeriod.ending(last);

        assertThat(period.label()).isEqualTo(label);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(period.months()).hasSize(12).startsWith(YearMonth.from(start)).endsWith(last);
        assertThat(period).hasToString(last.toString());
    }

    @Test
    void the_baseline_is_july_2018_to_june_2019() {
        assertThat(RollingPeriod.BASELINE.label()).isEqualTo("year ending June 2019");
        assertThat(RollingPeriod.BASELINE.start()).isEqualTo(LocalDate.of(2018, 7, 1));
        assertThat(RollingPeriod.BASELINE.end()).isEqualTo(LocalDate.of(2019, 6, 30));
        assertThat(RollingPeriod.BASELINE.isBaseline()).isTrue();
        assertThat(RollingPeriod.ending(YearMonth.of(2020, 6)).isBaseline()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"2019-05", "2019-01", "2019-11", "2020-02"})
    void rejects_a_year_not_ending_at_a_quarter_end_naming_the_month(YearMonth last) {
        assertThatIllegalArgumentException().isThrownBy(() -> RollingPeriod.ending(last))
                .withMessage(last + " is not a quarter end; rolling years end in March, June, September or December");
    }

    @Test
    void contains_its_first_and_last_month_and_nothing_outside() {
        RollingPeriod period = RollingPeriod.ending(YearMonth.of(2020, 9));

        assertThat(period.contains(YearMonth.of(2019, 10))).isTrue();
        assertThat(period.contains(YearMonth.of(2020, 9))).isTrue();
        assertThat(period.contains(YearMonth.of(2019, 9))).isFalse();
        assertThat(period.contains(YearMonth.of(2020, 10))).isFalse();
    }

    @Test
    void from_the_baseline_goes_one_quarter_at_a_time() {
        assertThat(RollingPeriod.fromBaselineTo(RollingPeriod.ending(YearMonth.of(2020, 6))))
                .extracting(RollingPeriod::toString)
                .containsExactly("2019-06", "2019-09", "2019-12", "2020-03", "2020-06");
        assertThat(RollingPeriod.fromBaselineTo(RollingPeriod.BASELINE)).containsExactly(RollingPeriod.BASELINE);
        assertThat(RollingPeriod.fromBaselineTo(RollingPeriod.ending(YearMonth.of(2019, 3)))).isEmpty();
        // 2019-06 … 2024-03: 4 a year for 2020-2023, plus 2019-06, -09, -12 and 2024-03 = 16 + 3 + 1
        assertThat(RollingPeriod.fromBaselineTo(RollingPeriod.ending(YearMonth.of(2024, 3)))).hasSize(20);
    }

    @ParameterizedTest(name = "data to {0}: year ending {1}")
    @CsvSource({
            "2022-09, 2022-09",
            "2022-10, 2022-09",
            "2022-11, 2022-09",
            "2022-12, 2022-12",
            "2023-01, 2022-12",
            "2023-02, 2022-12",
            "2023-03, 2023-03"})
    void latest_period_ending_by_a_month_is_the_last_quarter_end_not_after_it(YearMonth month, YearMonth expected) {
        assertThat(RollingPeriod.latestEndingBy(month)).isEqualTo(RollingPeriod.ending(expected));
    }

    @Test
    void periods_order_by_their_last_month() {
        RollingPeriod earlier = RollingPeriod.ending(YearMonth.of(2019, 12));
        RollingPeriod later = RollingPeriod.ending(YearMonth.of(2020, 3));

        assertThat(earlier).isLessThan(later);
        assertThat(later).isGreaterThan(RollingPeriod.BASELINE);
    }
}
