package uk.org.ncpm.measures;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import uk.org.ncpm.catalogue.FigureSource;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.ingest.PoliceUkStreetFormat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.org.ncpm.measures.Inputs.CATALOGUE;
import static uk.org.ncpm.measures.Inputs.CLEVELAND;
import static uk.org.ncpm.measures.Inputs.CUMBRIA;
import static uk.org.ncpm.measures.Inputs.ENGLAND_AND_WALES;
import static uk.org.ncpm.measures.Inputs.GWENT;
import static uk.org.ncpm.measures.Inputs.KENT;
import static uk.org.ncpm.measures.Inputs.ONS;
import static uk.org.ncpm.measures.Inputs.ROLLUP;
import static uk.org.ncpm.measures.Inputs.TIDY;

/**
 * Figures of one source for every force and England and Wales. Expected values are worked by hand in
 * the comments; test p-values and intervals come from src/test/resources/measures/reference_values.txt.
 */
class FigureBuilderTest {

    private static final List<String> FORCES = CATALOGUE.forces().territorial().stream().map(Force::code).toList();
    private static final YearMonth JUL_2018 = YearMonth.of(2018, 7);
    private static final YearMonth OCT_2019 = YearMonth.of(2019, 10);

    private static Offset<Double> relative(double expected) {
        return within(1e-9 * Math.max(1, Math.abs(expected)));
    }

    private static List<Figure> build(Inputs inputs, FigureSource source) {
        return new FigureBuilder(CATALOGUE, inputs.data()).build(source);
    }

    private static Figure find(List<Figure> figures, String area, int year, int month) {
        RollingPeriod period = RollingPeriod.ending(YearMonth.of(year, month));
        List<Figure> found = figures.stream().filter(f -> f.areaCode().equals(area) && f.period().equals(period)).toList();
        assertThat(found).as(area + " " + period).hasSize(1);
        return found.get(0);
    }

    /**
     * Robbery from the offence-group roll-up, quarters July 2018 … June 2020, for all 43 forces: 10 a quarter
     * in the baseline year and 9 a quarter after it, except Cleveland (100 every quarter, but no row for
     * October–December 2019) and Cumbria (no row for July–September 2018, in the baseline year).
     */
    private static Inputs robberyWithTwoGaps() {
        Inputs inputs = new Inputs();
        for (String force : FORCES) {
            for (int q = 0; q < 8; q++) {
                YearMonth first = JUL_2018.plusMonths(3L * q);
                boolean gap = force.equals(CLEVELAND) && first.equals(OCT_2019)
                        || force.equals(CUMBRIA) && first.equals(JUL_2018);
                if (!gap) {
                    inputs.quarter(ROLLUP, "group-robbery", force, first, force.equals(CLEVELAND) ? 100 : q < 4 ? 10 : 9);
                }
            }
        }
        return inputs;
    }

    @Test
    void england_and_wales_leaves_a_force_missing_in_either_year_out_of_both_and_names_it() {
        List<Figure> figures = build(robberyWithTwoGaps(), Inputs.source("robbery", ROLLUP));

        // 41 forces without gaps; Cleveland and Cumbria are the other two.
        // Year ending December 2019 = quarters Jan–Mar 2019 (10), Apr–Jun (10), Jul–Sep (9), Oct–Dec (9) = 38 a force.
        // Cleveland lacks Oct–Dec 2019, Cumbria its baseline: both out of both years.
        // Value 41 × 38 = 1558; baseline 41 × 4 × 10 = 1640 (not 1640 + 400 from Cleveland's baseline); change -82.
        Figure national = find(figures, ENGLAND_AND_WALES, 2019, 12);
        assertThat(national.value()).hasValue(1558);
        assertThat(national.baseline()).hasValue(1640);
        assertThat(national.change()).hasValue(-82);
        assertThat(national.changePct().getAsDouble()).isCloseTo(-82.0 / 1640 * 100, relative(5.0));
        assertThat(national.excludedForces()).containsExactly(CLEVELAND, CUMBRIA);
        // the year shares six months with the baseline: only July–December is compared, and the four quarters
        // of history before July 2019 are too few to estimate over-dispersion (12 needed): not tested
        assertThat(national.reason()).isEqualTo("not tested: over-dispersion cannot be estimated from the history to the "
                + "end of the baseline year: history too short to estimate over-dispersion: 4 quarters, at least 12 needed; "
                + "like-for-like: left out of both periods for missing data: Cleveland Police, Cumbria Constabulary");
        // reference: garwood x=1558 [1481.58872977665, 1637.33031368568]
        assertThat(national.lower().getAsDouble()).isCloseTo(1481.58872977665, relative(1481.58872977665));
        assertThat(national.upper().getAsDouble()).isCloseTo(1637.33031368568, relative(1637.33031368568));
        assertThat(national.pValue()).isEmpty();
        assertThat(national.verdict()).hasValue("not tested");
        // Cleveland and Cumbria hold 1.8% of the England and Wales population (mid-2018 weights of the catalogue)
        assertThat(national.national().populationShare().getAsDouble()).isCloseTo(1 - (567_700.0 + 498_900) / 59_116_100,
                within(1e-9));
        assertThat(national.status()).isEqualTo(Figure.AVAILABLE);
    }

    @Test
    void england_and_wales_keeps_a_force_in_every_year_where_it_has_both() {
        List<Figure> figures = build(robberyWithTwoGaps(), Inputs.source("robbery", ROLLUP));

        // Year ending September 2019 = Oct–Dec 2018 (10) + Jan–Mar 2019 (10) + Apr–Jun (10) + Jul–Sep (9) = 39 a force;
        // Cleveland complete: 400; Cumbria out (baseline). 41 × 39 + 400 = 1999; baseline 41 × 40 + 400 = 2040.
        Figure september = find(figures, ENGLAND_AND_WALES, 2019, 9);
        assertThat(september.value()).hasValue(1999);
        assertThat(september.baseline()).hasValue(2040);
        assertThat(september.excludedForces()).containsExactly(CUMBRIA);
        // March 2020: 10 + 9 + 9 + 9 = 37 a force, 41 × 37 = 1517; June 2020: 4 × 9 = 36, 41 × 36 = 1476
        assertThat(find(figures, ENGLAND_AND_WALES, 2020, 3).value()).hasValue(1517);
        assertThat(find(figures, ENGLAND_AND_WALES, 2020, 3).baseline()).hasValue(1640);
        assertThat(find(figures, ENGLAND_AND_WALES, 2020, 6).value()).hasValue(1476);
        assertThat(find(figures, ENGLAND_AND_WALES, 2020, 6).excludedForces()).containsExactly(CLEVELAND, CUMBRIA);
        // 43 forces and England and Wales, years ending June 2019 … June 2020
        assertThat(figures).hasSize(44 * 5);
    }

    @Test
    void the_baseline_year_has_change_zero_and_no_test() {
        List<Figure> figures = build(robberyWithTwoGaps(), Inputs.source("robbery", ROLLUP));

        Figure kent = find(figures, KENT, 2019, 6);
        assertThat(kent.value()).hasValue(40);
        assertThat(kent.baseline()).hasValue(40);
        assertThat(kent.change()).hasValue(0);
        assertThat(kent.changePct()).hasValue(0);
        assertThat(kent.pValue()).isEmpty();
        assertThat(kent.verdict()).isEmpty();
        assertThat(kent.reason()).isEmpty();
        assertThat(kent.test().note()).isEqualTo("this is the baseline year");

        // the national baseline: every force with its baseline, 41 × 40 + Cleveland's 400 = 2040
        Figure national = find(figures, ENGLAND_AND_WALES, 2019, 6);
        assertThat(national.value()).hasValue(2040);
        assertThat(national.change()).hasValue(0);
        assertThat(national.verdict()).isEmpty();
        assertThat(national.reason()).isEqualTo(
                "like-for-like: left out of both periods for missing data: Cumbria Constabulary");
    }

    @Test
    void a_force_year_with_a_missing_quarter_is_not_available_never_a_smaller_number() {
        List<Figure> figures = build(robberyWithTwoGaps(), Inputs.source("robbery", ROLLUP));

        Figure cleveland = find(figures, CLEVELAND, 2019, 12);
        assertThat(cleveland.status()).isEqualTo(Figure.NOT_AVAILABLE);
        assertThat(cleveland.value()).isEmpty();
        assertThat(cleveland.change()).isEmpty();
        assertThat(cleveland.reason()).isEqualTo("quarters missing: group-robbery 2019-10-01 to 2019-12-31 not loaded");

        Figure cumbria = find(figures, CUMBRIA, 2019, 12);
        assertThat(cumbria.value()).hasValue(38);
        assertThat(cumbria.baseline()).isEmpty();
        assertThat(cumbria.change()).isEmpty();
        assertThat(cumbria.verdict()).hasValue("not tested");
        assertThat(cumbria.reason())
                .isEqualTo("baseline not available: quarters missing: group-robbery 2018-07-01 to 2018-09-30 not loaded");
    }

    @Test
    void no_figure_is_zero_where_data_are_missing() {
        List<Figure> figures = build(robberyWithTwoGaps(), Inputs.source("robbery", ROLLUP));

        // every count in the input is 9 or more: an available 0 could only come from missing data
        assertThat(figures).filteredOn(Figure::isAvailable).allSatisfy(f -> assertThat(f.value().getAsDouble()).isPositive());
        assertThat(figures).filteredOn(f -> !f.isAvailable()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.status()).isEqualTo(Figure.NOT_AVAILABLE);
            assertThat(f.value()).isEmpty();
            assertThat(f.lower()).isEmpty();
            assertThat(f.rate()).isEmpty();
            assertThat(f.baseline()).isEmpty();
            assertThat(f.change()).isEmpty();
            assertThat(f.reason()).isNotBlank();
        });
    }

    /** police.uk: every force one burglary a month, July 2018 … September 2019, except Gwent in August 2019. */
    @Test
    void police_uk_months_are_like_for_like_too() {
        Inputs inputs = new Inputs();
        for (String force : FORCES) {
            for (YearMonth m = JUL_2018; !m.isAfter(YearMonth.of(2019, 9)); m = m.plusMonths(1)) {
                if (!(force.equals(GWENT) && m.equals(YearMonth.of(2019, 8)))) {
                    inputs.month(force, m, Map.of("Burglary", 1L, "Other theft", 4L));
                }
            }
        }

        List<Figure> figures = build(inputs, Inputs.source("neighbourhood-crime", PoliceUkStreetFormat.KIND));

        // year ending September 2019: 42 forces × 12 = 504, baseline the same 42 × 12 = 504 (not 43 × 12 = 516)
        Figure national = find(figures, ENGLAND_AND_WALES, 2019, 9);
        assertThat(national.value()).hasValue(504);
        assertThat(national.baseline()).hasValue(504);
        assertThat(national.change()).hasValue(0);
        assertThat(national.excludedForces()).containsExactly(GWENT);
        assertThat(national.reason()).isEqualTo("not tested: over-dispersion cannot be estimated from the history to the "
                + "end of the baseline year: history too short to estimate over-dispersion: 12 months, at least 24 needed; "
                + "no rate: no force has a population estimate within a year of the middle of the year ending September 2019; "
                + "like-for-like: left out of both periods for missing data: Gwent Police");
        assertThat(find(figures, ENGLAND_AND_WALES, 2019, 6).value()).hasValue(516);
        assertThat(find(figures, GWENT, 2019, 9).reason()).isEqualTo("months not complete: 2019-08 missing");
        assertThat(find(figures, GWENT, 2019, 9).value()).isEmpty();
    }

    @Test
    void with_no_force_having_its_baseline_england_and_wales_is_not_available() {
        // police.uk for Kent from October 2018 only: no complete baseline year anywhere
        Inputs inputs = new Inputs();
        for (YearMonth m = YearMonth.of(2018, 10); !m.isAfter(YearMonth.of(2019, 9)); m = m.plusMonths(1)) {
            inputs.month(KENT, m, Map.of("Robbery", 3L));
        }

        List<Figure> figures = build(inputs, Inputs.source("neighbourhood-crime", PoliceUkStreetFormat.KIND));

        Figure kent = find(figures, KENT, 2019, 9);
        assertThat(kent.value()).hasValue(36);
        assertThat(kent.reason()).startsWith("baseline not available: months not complete: 2018-07 missing, "
                + "2018-08 missing, 2018-09 missing");
        Figure national = find(figures, ENGLAND_AND_WALES, 2019, 9);
        assertThat(national.value()).isEmpty();
        assertThat(national.status()).isEqualTo(Figure.NOT_AVAILABLE);
        assertThat(national.reason()).isEqualTo("no force has figures for both this period and the baseline");
        assertThat(national.excludedForces()).hasSize(43);
    }

    @Test
    void a_rate_uses_the_population_and_says_which_estimate() {
        // ONS Table P1, year ending June 2019: Cleveland homicide 14; ONS mid-2018 population 567,700.
        // Homicide per million: 14 / 567,700 × 10^6 = 24.6609…; interval = Garwood [7.6539…, 23.4896…] × the same factor
        // (reference: rate 14/567700 per million estimate, lower, upper)
        Inputs inputs = new Inputs()
                .count(ONS, "homicide", CLEVELAND, RollingPeriod.BASELINE.start(), RollingPeriod.BASELINE.end(), 14)
                .count(ONS, "homicide", ENGLAND_AND_WALES, RollingPeriod.BASELINE.start(), RollingPeriod.BASELINE.end(), 681)
                .population(CLEVELAND, 2018, 567_700);

        List<Figure> figures = build(inputs, Inputs.source("homicide", ONS));

        Figure cleveland = find(figures, CLEVELAND, 2019, 6);
        assertThat(cleveland.value()).hasValue(14);
        assertThat(cleveland.rate().getAsDouble()).isCloseTo(24.6609124537608, relative(24.6609124537608));
        assertThat(cleveland.rateLower().getAsDouble()).isCloseTo(13.4823503193599, relative(13.4823503193599));
        assertThat(cleveland.rateUpper().getAsDouble()).isCloseTo(41.3768207183998, relative(41.3768207183998));
        assertThat(cleveland.ratePer()).hasValue(1_000_000);
        assertThat(cleveland.population()).hasValue(567_700);
        assertThat(cleveland.populationNote()).isEqualTo("mid-2018 estimate (latest available)");
        assertThat(cleveland.perResident().orElseThrow().populationYear()).isEqualTo(2018);

        // England and Wales would be Cleveland alone (1% of the population): not published as England and Wales;
        // the source's own national figure (which includes British Transport Police) is kept as published
        Figure national = find(figures, ENGLAND_AND_WALES, 2019, 6);
        assertThat(national.value()).isEmpty();
        assertThat(national.published()).hasValue(681);
        assertThat(national.reason()).isEqualTo("not published as England and Wales: 1 of 43 forces have figures for both "
                + "this year and the baseline, and they hold 1.0% of the England and Wales population, under the 90% needed; "
                + "like-for-like: left out of both periods for missing data: 42 forces");
    }

    @Test
    void a_rate_metric_without_a_population_says_so() {
        Inputs inputs = new Inputs()
                .count(ONS, "homicide", CLEVELAND, RollingPeriod.BASELINE.start(), RollingPeriod.BASELINE.end(), 14);

        Figure cleveland = find(build(inputs, Inputs.source("homicide", ONS)), CLEVELAND, 2019, 6);

        assertThat(cleveland.rate()).isEmpty();
        assertThat(cleveland.population()).isEmpty();
        assertThat(cleveland.reason()).isEqualTo("no rate: no population estimate loaded up to June 2019");
    }

    @Test
    void force_percentages_are_never_added_up_into_a_national_figure() {
        // domestic abuse victim satisfaction published for two forces and for England and Wales (a survey
        // estimate each): the national figure is the published 72 [71, 73], not 70 + 80 = 150 "percent"
        RollingPeriod baseline = RollingPeriod.BASELINE;
        Inputs inputs = new Inputs()
                .estimate(TIDY, "da-victim-satisfaction", GWENT, baseline, 70, 65, 75, "percentage")
                .estimate(TIDY, "da-victim-satisfaction", KENT, baseline, 80, 76, 84, "percentage")
                .estimate(TIDY, "da-victim-satisfaction", ENGLAND_AND_WALES, baseline, 72, 71, 73, "percentage");

        List<Figure> figures = build(inputs, Inputs.source("da-victim-satisfaction", TIDY));

        Figure national = find(figures, ENGLAND_AND_WALES, 2019, 6);
        assertThat(national.value()).hasValue(72);
        assertThat(national.lower()).hasValue(71);
        assertThat(national.upper()).hasValue(73);
        assertThat(national.unit()).isEqualTo("percentage");
        assertThat(find(figures, GWENT, 2019, 6).value()).hasValue(70);
        assertThat(figures).extracting(Figure::areaCode).containsExactlyInAnyOrder(ENGLAND_AND_WALES, GWENT, KENT);
    }

    @Test
    void force_counts_published_in_a_tidy_file_are_summed_like_for_like() {
        // firearm discharges published for two forces and England and Wales: Gwent 3 + Kent 5 = 8 would be
        // called England and Wales from 4.1% of its population: not published; the published 237 kept as such
        RollingPeriod baseline = RollingPeriod.BASELINE;
        Inputs inputs = new Inputs()
                .published(TIDY, "firearm-discharges", GWENT, baseline, 3, "count")
                .published(TIDY, "firearm-discharges", KENT, baseline, 5, "count")
                .published(TIDY, "firearm-discharges", ENGLAND_AND_WALES, baseline, 237, "count");

        Figure national = find(build(inputs, Inputs.source("firearm-discharges", TIDY)), ENGLAND_AND_WALES, 2019, 6);

        assertThat(national.value()).isEmpty();
        assertThat(national.reason()).startsWith("not published as England and Wales: 2 of 43 forces");
        assertThat(national.published()).hasValue(237);
        assertThat(national.excludedForces()).hasSize(41);
    }
}
