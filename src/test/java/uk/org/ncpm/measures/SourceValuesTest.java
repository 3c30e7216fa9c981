package uk.org.ncpm.measures;

import uk.org.ncpm.ingest.CoverageStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.org.ncpm.catalogue.FigureSource;
import uk.org.ncpm.ingest.PoliceUkStreetFormat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.ncpm.measures.Inputs.CLEVELAND;
import static uk.org.ncpm.measures.Inputs.CUMBRIA;
import static uk.org.ncpm.measures.Inputs.ONS;
import static uk.org.ncpm.measures.Inputs.PRC;
import static uk.org.ncpm.measures.Inputs.TIDY;

class SourceValuesTest {

    private static final RollingPeriod BASELINE = RollingPeriod.BASELINE;

    private static PeriodValue value(Inputs inputs, FigureSource source, String area, RollingPeriod period) {
        return new SourceValues(inputs.data()).value(source, area, period, Judgement.COUNT);
    }

    /** police.uk street records: twelve months of a force, each needing complete coverage. */
    @Nested
    class Monthly {

        private final FigureSource policeUk = Inputs.source("neighbourhood-crime", PoliceUkStreetFormat.KIND);

        /**
         * Month i of the baseline (i = 0 for July 2018 … 11 for June 2019): Burglary 10 + i, Robbery 1 and
         * Other theft 50; plus Theft from the person 2 in December 2018 and Vehicle crime 5 in January 2019.
         * Neighbourhood crime (police.uk proxy) = Burglary + Robbery + Theft from the person + Vehicle crime:
         * Burglary 10 + 11 + … + 21 = (10 + 21) × 12 / 2 = 186; Robbery 12 × 1 = 12; + 2 + 5; Other theft not
         * counted. Total 186 + 12 + 2 + 5 = 205.
         */
        private Inputs twelveMonths(YearMonth... skipped) {
            Inputs inputs = new Inputs();
            int i = 0;
            for (YearMonth month : BASELINE.months()) {
                Map<String, Long> crimes = new HashMap<>(Map.of("Burglary", 10L + i++, "Robbery", 1L, "Other theft", 50L));
                if (month.equals(YearMonth.of(2018, 12))) {
                    crimes.put("Theft from the person", 2L);
                }
                if (month.equals(YearMonth.of(2019, 1))) {
                    crimes.put("Vehicle crime", 5L);
                }
                if (!java.util.List.of(skipped).contains(month)) {
                    inputs.month(CUMBRIA, month, crimes);
                }
            }
            return inputs;
        }

        @Test
        void twelve_complete_months_are_summed_over_the_metric_crime_types() {
            Inputs inputs = twelveMonths();

            PeriodValue v = value(inputs, policeUk, CUMBRIA, BASELINE);

            assertThat(v.value()).hasValue(205);
            assertThat(v.reason()).isEmpty();
            // the twelve street files, ids 1 … 12 in the order added
            assertThat(v.files()).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 12).boxed().toList());
        }

        @Test
        void a_missing_month_makes_the_year_not_available_and_names_it() {
            Inputs inputs = twelveMonths(YearMonth.of(2018, 11));

            PeriodValue v = value(inputs, policeUk, CUMBRIA, BASELINE);

            assertThat(v.value()).isEmpty();
            assertThat(v.reason()).hasValue("months not complete: 2018-11 missing");
            assertThat(v.files()).isEmpty();
        }

        @Test
        void a_partial_month_makes_the_year_not_available_even_with_records_in_it() {
            // February 2019 flagged partial, with 3 burglaries: a smaller total would look like a fall
            Inputs inputs = twelveMonths(YearMonth.of(2019, 2)).coverage(CUMBRIA, YearMonth.of(2019, 2), CoverageStatus.PARTIAL)
                    .crimes(CUMBRIA, YearMonth.of(2019, 2), "Burglary", 3);

            PeriodValue v = value(inputs, policeUk, CUMBRIA, BASELINE);

            assertThat(v.value()).isEmpty();
            assertThat(v.reason()).hasValue("months not complete: 2019-02 partial");
        }

        @Test
        void every_incomplete_month_is_named_oldest_first() {
            Inputs inputs = twelveMonths(YearMonth.of(2018, 11), YearMonth.of(2019, 2), YearMonth.of(2019, 6))
                    .coverage(CUMBRIA, YearMonth.of(2019, 2), CoverageStatus.PARTIAL)
                    .coverage(CUMBRIA, YearMonth.of(2019, 6), CoverageStatus.MISSING);

            assertThat(value(inputs, policeUk, CUMBRIA, BASELINE).reason())
                    .hasValue("months not complete: 2018-11 missing, 2019-02 partial, 2019-06 missing");
        }

        @Test
        void a_force_with_no_police_uk_data_has_every_month_named_not_a_zero() {
            Inputs inputs = twelveMonths();

            PeriodValue v = value(inputs, policeUk, CLEVELAND, BASELINE);

            assertThat(v.value()).isEmpty();
            assertThat(v.reason()).hasValue("months not complete: 2018-07 missing, 2018-08 missing, 2018-09 missing, "
                    + "2018-10 missing, 2018-11 missing, 2018-12 missing, 2019-01 missing, 2019-02 missing, "
                    + "2019-03 missing, 2019-04 missing, 2019-05 missing, 2019-06 missing");
        }

        @Test
        void complete_months_without_any_of_the_metric_crime_types_are_a_true_zero() {
            Inputs inputs = new Inputs();
            BASELINE.months().forEach(m -> inputs.month(CUMBRIA, m, Map.of("Other theft", 7L, "Shoplifting", 3L)));

            PeriodValue v = value(inputs, policeUk, CUMBRIA, BASELINE);

            assertThat(v.value()).hasValue(0);
            assertThat(v.files()).hasSize(12);
        }
    }

    /** Recorded crime tables: four quarters of every series of the source. */
    @Nested
    class Quarterly {

        private final FigureSource neighbourhood = Inputs.source("neighbourhood-crime", PRC);
        private static final YearMonth JUL_2018 = YearMonth.of(2018, 7);
        private static final YearMonth OCT_2018 = YearMonth.of(2018, 10);
        private static final YearMonth JAN_2019 = YearMonth.of(2019, 1);
        private static final YearMonth APR_2019 = YearMonth.of(2019, 4);

        /**
         * Cleveland, the baseline's four quarters (Jul–Sep 2018, Oct–Dec, Jan–Mar 2019, Apr–Jun):
         * domestic burglary 1000 + 980 + 960 + 983 = 3923; personal robbery 120 + 130 + 125 + 125 = 500;
         * theft from the person 130 + 131 + 132 + 134 = 527; vehicle offences 983 + 984 + 983 + 983 = 3933.
         * Neighbourhood crime 3923 + 500 + 527 + 3933 = 8883.
         */
        private Inputs clevelandBaseline() {
            Inputs inputs = new Inputs();
            quarters(inputs, "domestic-burglary", 1000, 980, 960, 983);
            quarters(inputs, "personal-robbery", 120, 130, 125, 125);
            quarters(inputs, "theft-from-the-person", 130, 131, 132, 134);
            quarters(inputs, "vehicle-offences", 983, 984, 983, 983);
            return inputs;
        }

        private static void quarters(Inputs inputs, String series, double... values) {
            YearMonth[] firsts = {JUL_2018, OCT_2018, JAN_2019, APR_2019};
            for (int q = 0; q < 4; q++) {
                if (!Double.isNaN(values[q])) {
                    inputs.quarter(PRC, series, CLEVELAND, firsts[q], values[q]);
                }
            }
        }

        @Test
        void four_quarters_of_every_series_are_summed() {
            PeriodValue v = value(clevelandBaseline(), neighbourhood, CLEVELAND, BASELINE);

            assertThat(v.value()).hasValue(8883);
            assertThat(v.files()).hasSize(16);
        }

        @Test
        void a_missing_quarter_makes_the_year_not_available_and_names_the_series_and_quarter() {
            Inputs inputs = new Inputs();
            quarters(inputs, "domestic-burglary", 1000, Double.NaN, 960, 983);
            quarters(inputs, "personal-robbery", 120, 130, 125, 125);
            quarters(inputs, "theft-from-the-person", 130, 131, 132, 134);
            quarters(inputs, "vehicle-offences", 983, 984, 983, 983);

            PeriodValue v = value(inputs, neighbourhood, CLEVELAND, BASELINE);

            assertThat(v.value()).isEmpty();
            assertThat(v.reason()).hasValue("quarters missing: domestic-burglary 2018-10-01 to 2018-12-31 not loaded");
        }

        @Test
        void a_quarter_the_source_marks_not_available_is_named_with_its_marker() {
            Inputs inputs = new Inputs();
            quarters(inputs, "domestic-burglary", 1000, Double.NaN, 960, 983);
            quarters(inputs, "personal-robbery", 120, 130, 125, Double.NaN);
            quarters(inputs, "theft-from-the-person", 130, 131, 132, 134);
            quarters(inputs, "vehicle-offences", 983, 984, 983, 983);
            inputs.marked(PRC, "personal-robbery", CLEVELAND, LocalDate.of(2019, 4, 1), LocalDate.of(2019, 6, 30), "..");

            PeriodValue v = value(inputs, neighbourhood, CLEVELAND, BASELINE);

            assertThat(v.value()).isEmpty();
            assertThat(v.reason()).hasValue("quarters missing: domestic-burglary 2018-10-01 to 2018-12-31 not loaded; "
                    + "personal-robbery 2019-04-01 to 2019-06-30 not available in the source (..)");
        }

        @Test
        void a_quarter_from_another_source_does_not_fill_the_gap() {
            Inputs inputs = new Inputs();
            quarters(inputs, "domestic-burglary", 1000, Double.NaN, 960, 983);
            quarters(inputs, "personal-robbery", 120, 130, 125, 125);
            quarters(inputs, "theft-from-the-person", 130, 131, 132, 134);
            quarters(inputs, "vehicle-offences", 983, 984, 983, 983);
            inputs.quarter(ONS, "domestic-burglary", CLEVELAND, OCT_2018, 980);

            assertThat(value(inputs, neighbourhood, CLEVELAND, BASELINE).reason())
                    .hasValue("quarters missing: domestic-burglary 2018-10-01 to 2018-12-31 not loaded");
        }

        @Test
        void a_quarter_outside_the_year_is_not_used() {
            // the same four quarters serve the baseline, not the year ending September 2019 (Oct 2018 – Sep 2019)
            PeriodValue v = value(clevelandBaseline(), neighbourhood, CLEVELAND, RollingPeriod.ending(YearMonth.of(2019, 9)));

            assertThat(v.value()).isEmpty();
            assertThat(v.reason()).hasValue("quarters missing: domestic-burglary 2019-07-01 to 2019-09-30 not loaded; "
                    + "personal-robbery 2019-07-01 to 2019-09-30 not loaded; "
                    + "theft-from-the-person 2019-07-01 to 2019-09-30 not loaded; "
                    + "vehicle-offences 2019-07-01 to 2019-09-30 not loaded");
        }
    }

    /** Sources that publish the rolling year itself, or a published figure for it. */
    @Nested
    class RollingAndPublished {

        private final FigureSource onsHomicide = Inputs.source("homicide", ONS);
        private final FigureSource satisfaction = Inputs.source("victim-satisfaction", TIDY);

        @Test
        void the_published_year_is_taken_as_published() {
            // ONS Table P1, year ending June 2019, Cleveland homicide: 14
            Inputs inputs = new Inputs().count(ONS, "homicide", CLEVELAND, BASELINE.start(), BASELINE.end(), 14);

            PeriodValue v = value(inputs, onsHomicide, CLEVELAND, BASELINE);

            assertThat(v.value()).hasValue(14);
            assertThat(v.lower()).isEmpty();
            assertThat(v.files()).containsExactly(1L);
        }

        @Test
        void only_the_exact_twelve_months_serve_a_period() {
            // year ending March 2019 and a period one day short: neither is the year ending June 2019
            Inputs inputs = new Inputs()
                    .count(ONS, "homicide", CLEVELAND, LocalDate.of(2018, 4, 1), LocalDate.of(2019, 3, 31), 12)
                    .count(ONS, "homicide", CLEVELAND, LocalDate.of(2018, 7, 1), LocalDate.of(2019, 6, 29), 13);

            PeriodValue v = value(inputs, onsHomicide, CLEVELAND, BASELINE);

            assertThat(v.value()).isEmpty();
            assertThat(v.reason()).hasValue("homicide for year ending June 2019 not loaded");
        }

        @Test
        void a_cell_marked_not_available_stays_not_available() {
            Inputs inputs = new Inputs().marked(ONS, "homicide", CLEVELAND, BASELINE.start(), BASELINE.end(), ":");

            PeriodValue v = value(inputs, onsHomicide, CLEVELAND, BASELINE);

            assertThat(v.value()).isEmpty();
            assertThat(v.reason()).hasValue("homicide not available in the source (:)");
        }

        @Test
        void a_published_estimate_keeps_its_interval_and_unit() {
            // the tidy-file example of the README: CSEW, year ending June 2019, 67.1 [65.7, 68.5]
            Inputs inputs = new Inputs().estimate(TIDY, "victim-satisfaction", Inputs.ENGLAND_AND_WALES, BASELINE, 67.1,
                    65.7, 68.5, "percentage");

            PeriodValue v = new SourceValues(inputs.data()).value(satisfaction, Inputs.ENGLAND_AND_WALES, BASELINE,
                    "percentage");

            assertThat(v.value()).hasValue(67.1);
            assertThat(v.lower()).hasValue(65.7);
            assertThat(v.upper()).hasValue(68.5);
            assertThat(v.unit()).isEqualTo("percentage");
        }
    }
}
