package uk.org.ncpm.measures;

import uk.org.ncpm.catalogue.ImprovementDirection;
import org.junit.jupiter.api.Test;
import uk.org.ncpm.catalogue.FigureSource;
import uk.org.ncpm.stats.QuasiPoissonRatioTest;
import uk.org.ncpm.stats.Verdict;

import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.org.ncpm.measures.Inputs.CATALOGUE;
import static uk.org.ncpm.measures.Inputs.ENGLAND_AND_WALES;
import static uk.org.ncpm.measures.Inputs.KENT;
import static uk.org.ncpm.measures.Inputs.ONS;
import static uk.org.ncpm.measures.Inputs.PRC;
import static uk.org.ncpm.measures.Inputs.TIDY;

/**
 * The rules of docs/method.md on crafted inputs: change and verdict on one quantity, over-dispersion,
 * overlapping years, the 90% rule, City of London, verdict words. Reference values are worked in the
 * comments (scipy 1.17 where named).
 */
class ChangeRulesTest {

    private static final String CITY_OF_LONDON = "E23000034";
    private static final List<String> COMPONENTS = List.of("domestic-burglary", "personal-robbery", "theft-from-the-person",
            "vehicle-offences");
    private static final YearMonth FIRST = YearMonth.of(2015, 7);

    private static FigureSource neighbourhoodCrime() {
        return Inputs.source("neighbourhood-crime", PRC);
    }

    private static Figure find(List<Figure> figures, String area, int year, int month) {
        RollingPeriod period = RollingPeriod.ending(YearMonth.of(year, month));
        return figures.stream().filter(f -> f.areaCode().equals(area) && f.period().equals(period)).findFirst().orElseThrow();
    }

    /**
     * Kent's neighbourhood crime, quarterly from July 2015 to June 2020: {@code history(q)} before the baseline,
     * 11,750 a quarter in the baseline year (47,000) and 11,825 after it (47,300).
     */
    private static Inputs kent(java.util.function.IntToDoubleFunction history) {
        Inputs inputs = new Inputs();
        for (int q = 0; q < 20; q++) {
            YearMonth first = FIRST.plusMonths(3L * q);
            double count = first.isBefore(YearMonth.of(2018, 7)) ? history.applyAsDouble(q)
                    : first.isBefore(YearMonth.of(2019, 7)) ? 11_750 : 11_825;
            inputs.quarter(PRC, COMPONENTS.get(0), KENT, first, count);
            for (String other : COMPONENTS.subList(1, 4)) {
                inputs.quarter(PRC, other, KENT, first, 0);
            }
        }
        return inputs;
    }

    @Test
    void change_percentage_and_verdict_are_all_on_the_rate_with_the_count_change_beside_it() {
        // 47,000 → 47,300 offences (+300) while the population grows from 8.9 to 9.1 million: the rate falls
        // from 5.2809 to 5.1978 per 1,000 (−1.5735%); a steady history (±100 a quarter) gives φ < 1, so φ = 1.
        Inputs inputs = kent(q -> q % 2 == 0 ? 11_650 : 11_850).population(KENT, 2019, 8_900_000)
                .population(KENT, 2020, 9_100_000);

        Figure kent = find(new FigureBuilder(CATALOGUE, inputs.data()).build(neighbourhoodCrime()), KENT, 2020, 6);

        Change change = kent.comparison().orElseThrow();
        assertThat(change.basis()).isEqualTo(ChangeBasis.RATE);
        assertThat(change.baseline()).isCloseTo(47_000 / 8.9e6 * 1000, within(1e-9));
        assertThat(change.difference()).isCloseTo(47_300 / 9.1e6 * 1000 - 47_000 / 8.9e6 * 1000, within(1e-9));
        assertThat(change.percent().getAsDouble()).isCloseTo(-1.5735328501285863, within(1e-9));
        assertThat(change.valueChange()).isEqualTo(300);
        assertThat(change.baselineValue()).isEqualTo(47_000);
        // scipy: 2·min(binom.cdf(47300, 94300, 9.1/18), binom.sf(47299, …)) = 0.015018010419118948
        assertThat(kent.pValue().getAsDouble()).isCloseTo(0.015018010419118948, within(1e-9));
        assertThat(kent.test().phi()).hasValue(1);
        assertThat(kent.verdict()).hasValue("statistically significant decrease (improvement)");
        assertThat(Math.signum(kent.change().getAsDouble())).isEqualTo(-1);
    }

    @Test
    void without_populations_the_change_and_the_test_are_on_the_counts() {
        Figure kent = find(new FigureBuilder(CATALOGUE, kent(q -> q % 2 == 0 ? 11_650 : 11_850).data())
                .build(neighbourhoodCrime()), KENT, 2020, 6);

        assertThat(kent.comparison().orElseThrow().basis()).isEqualTo(ChangeBasis.COUNT);
        assertThat(kent.change()).hasValue(300);
        assertThat(kent.verdict()).hasValueSatisfying(v -> assertThat(v).doesNotContain("decrease"));
    }

    @Test
    void a_series_that_varies_far_more_than_poisson_needs_a_bigger_change_to_be_significant() {
        // ±1,500 around 11,750 in a three-quarter cycle, which no trend or season explains: φ far above 1
        double[] wave = {1_500, 0, -1_500};
        Inputs inputs = kent(q -> 11_750 + wave[q % 3]);

        Figure kent = find(new FigureBuilder(CATALOGUE, inputs.data()).build(neighbourhoodCrime()), KENT, 2020, 6);

        double phi = kent.test().phi().getAsDouble();
        assertThat(phi).isGreaterThan(50);
        QuasiPoissonRatioTest oracle = QuasiPoissonRatioTest.of(47_300, 1, 47_000, 1, phi);
        assertThat(kent.pValue().getAsDouble()).isCloseTo(oracle.pValue(), within(1e-12));
        assertThat(kent.verdict()).hasValue("no significant change");
        assertThat(kent.test().note()).startsWith(String.format(java.util.Locale.UK, "φ = %.1f", phi))
                .contains("16 quarters from July 2015");
        assertThat(kent.comparison().orElseThrow().percentLower().getAsDouble())
                .isCloseTo(100 * (oracle.ratioLower() - 1), within(1e-9));
    }

    @Test
    void a_year_sharing_months_with_the_baseline_is_compared_on_the_months_that_differ() {
        Inputs inputs = kent(q -> q % 2 == 0 ? 11_650 : 11_850);

        Figure kent = find(new FigureBuilder(CATALOGUE, inputs.data()).build(neighbourhoodCrime()), KENT, 2019, 9);

        // year ending September 2019 = three baseline quarters + July–September 2019: the change is 11,825 − 11,750
        assertThat(kent.change()).hasValue(75);
        assertThat(kent.test().comparedOn()).isEqualTo("July 2019 to September 2019 against July 2018 to September 2018 "
                + "(the months that differ from the baseline)");
        QuasiPoissonRatioTest oracle = QuasiPoissonRatioTest.of(11_825, 1, 11_750, 1, kent.test().phi().getAsDouble());
        assertThat(kent.pValue().getAsDouble()).isCloseTo(oracle.pValue(), within(1e-12));
        // testing 47,075 against 47,000 as if independent would say nothing of the overlap
        assertThat(kent.comparison().orElseThrow().percentLower()).isEmpty();
    }

    @Test
    void a_source_of_whole_years_is_not_tested_where_a_year_overlaps_the_baseline() {
        RollingPeriod september = RollingPeriod.ending(YearMonth.of(2019, 9));
        Inputs inputs = new Inputs()
                .count(ONS, "knife-crime", KENT, RollingPeriod.BASELINE.start(), RollingPeriod.BASELINE.end(), 1_200)
                .count(ONS, "knife-crime", KENT, september.start(), september.end(), 1_300);

        Figure kent = find(new FigureBuilder(CATALOGUE, inputs.data()).build(Inputs.source("knife-crime", ONS)), KENT, 2019, 9);

        assertThat(kent.change()).hasValue(100);
        assertThat(kent.verdict()).hasValue("not tested");
        assertThat(kent.reason()).isEqualTo("not tested: the year ending September 2019 shares 9 months with the baseline "
                + "and the source gives only whole years, so the months that differ cannot be compared; "
                + "no rate: no population estimate loaded up to September 2019");
    }

    @Test
    void firearm_discharges_of_the_four_welsh_forces_are_not_england_and_wales() {
        Inputs inputs = new Inputs();
        for (String wales : List.of("W15000001", "W15000002", "W15000003", "W15000004")) {
            inputs.published(TIDY, "firearm-discharges", wales, RollingPeriod.BASELINE, 5, "count");
            inputs.published(TIDY, "firearm-discharges", wales, RollingPeriod.ending(YearMonth.of(2020, 6)), 6, "count");
        }
        inputs.published(TIDY, "firearm-discharges", ENGLAND_AND_WALES, RollingPeriod.BASELINE, 500, "count");

        Figure national = find(new FigureBuilder(CATALOGUE, inputs.data()).build(Inputs.source("firearm-discharges", TIDY)),
                ENGLAND_AND_WALES, 2019, 6);

        // Wales held 3,138,700 of 59,116,100 residents in mid-2018 (5.3%)
        assertThat(national.value()).isEmpty();
        assertThat(national.reason()).startsWith("not published as England and Wales: 4 of 43 forces have figures for both "
                + "this year and the baseline, and they hold 5.3% of the England and Wales population, under the 90% needed");
        assertThat(national.published()).hasValue(500);
        assertThat(national.national().publishedNote()).isEqualTo("England and Wales total as published by the source");
    }

    @Test
    void city_of_london_has_no_rate_per_resident() {
        Inputs inputs = new Inputs()
                .count(ONS, "homicide", CITY_OF_LONDON, RollingPeriod.BASELINE.start(), RollingPeriod.BASELINE.end(), 1)
                .population(CITY_OF_LONDON, 2018, 8_700);

        Figure city = find(new FigureBuilder(CATALOGUE, inputs.data()).build(Inputs.source("homicide", ONS)), CITY_OF_LONDON,
                2019, 6);

        assertThat(city.value()).hasValue(1);
        assertThat(city.rate()).isEmpty();
        assertThat(city.reason()).startsWith("no rate per residents: per-resident rates are not comparable");
    }

    @Test
    void verdict_words_say_improvement_or_deterioration_only_where_the_catalogue_gives_a_direction() {
        assertThat(ChangeTest.words(Verdict.SIGNIFICANT_DECREASE, ImprovementDirection.DOWN)).isEqualTo("statistically significant decrease (improvement)");
        assertThat(ChangeTest.words(Verdict.SIGNIFICANT_INCREASE, ImprovementDirection.DOWN)).isEqualTo("statistically significant increase (deterioration)");
        assertThat(ChangeTest.words(Verdict.SIGNIFICANT_INCREASE, ImprovementDirection.UP)).isEqualTo("statistically significant increase (improvement)");
        assertThat(ChangeTest.words(Verdict.SIGNIFICANT_DECREASE, ImprovementDirection.UP)).isEqualTo("statistically significant decrease (deterioration)");
        assertThat(ChangeTest.words(Verdict.SIGNIFICANT_DECREASE, ImprovementDirection.NONE)).isEqualTo("statistically significant decrease");
        assertThat(ChangeTest.words(Verdict.NO_SIGNIFICANT_CHANGE, ImprovementDirection.DOWN)).isEqualTo("no significant change");
        assertThat(ChangeTest.words(Verdict.NOT_TESTED, ImprovementDirection.DOWN)).isEqualTo("not tested");
    }

    @Test
    void footnotes_and_the_edition_travel_with_the_figures_they_qualify_and_name_their_force_nationally() {
        String lancashire = "E23000003";
        String edition = "ONS PFA tables, year ending June 2019 edition";
        String imputed = "Lancashire's April to June 2019 figures were imputed";
        Inputs inputs = new Inputs();
        for (uk.org.ncpm.catalogue.Force force : CATALOGUE.forces().territorial()) {
            inputs.footnoted(ONS, "knife-crime", force.code(), RollingPeriod.BASELINE, 100, edition,
                    force.code().equals(lancashire) ? List.of(imputed) : List.of());
        }

        List<Figure> figures = new FigureBuilder(CATALOGUE, inputs.data()).build(Inputs.source("knife-crime", ONS));

        assertThat(find(figures, lancashire, 2019, 6).footnotes()).containsExactly("from the " + edition, imputed);
        assertThat(find(figures, KENT, 2019, 6).footnotes()).containsExactly("from the " + edition);
        assertThat(find(figures, ENGLAND_AND_WALES, 2019, 6).footnotes())
                .containsExactly("from the " + edition, "Lancashire Constabulary: " + imputed);
    }

    @Test
    void a_force_without_a_population_leaves_only_itself_out_of_the_national_rate_and_is_named() {
        Inputs inputs = new Inputs();
        for (uk.org.ncpm.catalogue.Force force : CATALOGUE.forces().territorial()) {
            inputs.count(ONS, "knife-crime", force.code(), RollingPeriod.BASELINE.start(), RollingPeriod.BASELINE.end(), 100);
            if (!force.code().equals(KENT)) {
                inputs.population(force.code(), 2018, 1_000_000);
            }
        }

        List<Figure> figures = new FigureBuilder(CATALOGUE, inputs.data()).build(Inputs.source("knife-crime", ONS));

        Figure national = find(figures, ENGLAND_AND_WALES, 2019, 6);
        // 42 forces × 100 offences per 42 million residents = 10 per 100,000; Kent's 100 offences stay in the count
        assertThat(national.value()).hasValue(4_300);
        assertThat(national.rate().getAsDouble()).isCloseTo(10, within(1e-12));
        assertThat(national.perResident().orElseThrow().population()).isEqualTo(42_000_000);
        assertThat(national.perResident().orElseThrow().populationYear()).isEqualTo(2018);
        assertThat(national.reason()).contains("the rate leaves out Kent Police (no mid-2018 estimate)");
        assertThat(find(figures, KENT, 2019, 6).rate()).isEmpty();
        assertThat(find(figures, "E23000013", 2019, 6).rate().getAsDouble()).isCloseTo(10, within(1e-12));
    }
}
