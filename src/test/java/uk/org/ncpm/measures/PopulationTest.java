package uk.org.ncpm.measures;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.ncpm.measures.Inputs.CLEVELAND;

/**
 * Which mid-year estimate a rate is per. Every rolling year holds exactly one 30 June: the year
 * ending June 2019 holds 30 June 2019 (its last day), the year ending March 2020 also 30 June 2019,
 * the year ending December 2020 30 June 2020.
 */
class PopulationTest {

    private static Optional<Population> choose(Inputs inputs, RollingPeriod period) {
        return Population.forPeriod(inputs.data().populations(CLEVELAND), period);
    }

    private static RollingPeriod ending(int year, int month) {
        return RollingPeriod.ending(YearMonth.of(year, month));
    }

    @Test
    void takes_the_estimate_of_the_mid_year_inside_the_period() {
        Inputs inputs = new Inputs().population(CLEVELAND, 2018, 567_700).population(CLEVELAND, 2019, 568_300)
                .population(CLEVELAND, 2020, 569_000);

        assertThat(choose(inputs, RollingPeriod.BASELINE)).hasValueSatisfying(p -> {
            assertThat(p.persons()).isEqualTo(568_300);
            assertThat(p.note()).isEqualTo("mid-2019 estimate");
            assertThat(p.file()).isEqualTo(2);
        });
        assertThat(choose(inputs, ending(2020, 3)).map(Population::note)).hasValue("mid-2019 estimate");
        assertThat(choose(inputs, ending(2020, 6)).map(Population::note)).hasValue("mid-2020 estimate");
        assertThat(choose(inputs, ending(2020, 12)).map(Population::persons)).hasValue(569_000.0);
    }

    @Test
    void without_it_takes_the_latest_estimate_before_the_period_and_says_so() {
        // only mid-2018 loaded (the denominators of the ONS year ending June 2019 tables)
        Inputs inputs = new Inputs().population(CLEVELAND, 2018, 567_700);

        assertThat(choose(inputs, RollingPeriod.BASELINE)).hasValueSatisfying(p -> {
            assertThat(p.persons()).isEqualTo(567_700);
            assertThat(p.note()).isEqualTo("mid-2018 estimate (latest available)");
        });
        // the year ending December 2019 has its mid-point at 30 June 2019: mid-2018 is a year before it, still used
        assertThat(choose(inputs, ending(2019, 12)).map(Population::note)).hasValue("mid-2018 estimate (latest available)");
        // the year ending March 2020 has its mid-point at 30 September 2019: mid-2018 is 15 months before, too old
        assertThat(choose(inputs, ending(2020, 3))).isEmpty();
        assertThat(choose(inputs, ending(2022, 9))).isEmpty();
        assertThat(Population.missing(inputs.data().populations(CLEVELAND), ending(2022, 9))).isEqualTo(
                "the latest population estimate loaded (mid-2018) is more than a year from the middle of the "
                        + "year ending September 2022");
    }

    @Test
    void the_latest_available_is_the_newest_mid_year_before_the_period_not_the_oldest() {
        Inputs inputs = new Inputs().population(CLEVELAND, 2010, 500_000).population(CLEVELAND, 2018, 567_700)
                .population(CLEVELAND, 2019, 568_300);

        assertThat(choose(inputs, ending(2020, 9)).map(Population::note)).hasValue("mid-2019 estimate (latest available)");
        // mid-2019 is more than a year from the middle of the year ending June 2021 (31 December 2020)
        assertThat(choose(inputs, ending(2021, 6))).isEmpty();
    }

    @Test
    void never_uses_an_estimate_from_after_the_period() {
        Inputs inputs = new Inputs().population(CLEVELAND, 2020, 569_000);

        assertThat(choose(inputs, RollingPeriod.BASELINE)).isEmpty();
        assertThat(choose(inputs, ending(2020, 3))).isEmpty();
    }

    @Test
    void two_estimates_of_the_same_mid_year_the_newest_vintage_wins() {
        // files 1 (the ONS estimate) and 2 (a later revision of the same mid-year)
        Inputs inputs = new Inputs().population(CLEVELAND, 2019, 568_300).population(CLEVELAND, 2019, 568_450);

        assertThat(choose(inputs, RollingPeriod.BASELINE)).hasValueSatisfying(p -> {
            assertThat(p.persons()).isEqualTo(568_450);
            assertThat(p.file()).isEqualTo(2);
        });
    }

    @Test
    void no_estimate_no_population() {
        assertThat(choose(new Inputs(), RollingPeriod.BASELINE)).isEmpty();
    }
}
