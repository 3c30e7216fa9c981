package uk.org.ncpm.ingest.tidy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Metric;
import uk.org.ncpm.catalogue.Series;
import uk.org.ncpm.ingest.IngestException;
import uk.org.ncpm.ingest.Observation;
import uk.org.ncpm.ingest.TableContent;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static uk.org.ncpm.ingest.TableCsv.lines;
import static uk.org.ncpm.ingest.TableCsv.tidy;

class TidyMetricReaderTest {

    private static final String SATISFACTION = "victim-satisfaction,K04000001,2018-07-01,2019-06-30,67.1,65.2,69,percentage,CSEW,";

    private final TidyMetricReader reader = new TidyMetricReader(Catalogue.bundled());

    private TableContent read(String text) throws IngestException {
        return reader.read("tidy.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private IngestException rejection(String text) {
        try {
            read(text);
        } catch (IngestException e) {
            return e;
        }
        throw new AssertionError("expected the file to be rejected:\n" + text);
    }

    @Test
    void reads_a_figure_with_its_confidence_interval() throws Exception {
        TableContent content = read(tidy(SATISFACTION));

        assertThat(content.observations()).singleElement().satisfies(o -> {
            assertThat(o.seriesId()).isEqualTo("victim-satisfaction");
            assertThat(o.areaCode()).isEqualTo("K04000001");
            assertThat(o.periodStart()).isEqualTo(LocalDate.of(2018, 7, 1));
            assertThat(o.periodEnd()).isEqualTo(LocalDate.of(2019, 6, 30));
            assertThat(o.value()).isEqualTo(OptionalDouble.of(67.1));
            assertThat(o.lower()).isEqualTo(OptionalDouble.of(65.2));
            assertThat(o.upper()).isEqualTo(OptionalDouble.of(69.0));
            assertThat(o.unit()).isEqualTo("percentage");
            assertThat(o.marker()).isEmpty();
            assertThat(o.location()).isEqualTo("line 2");
            assertThat(o.note()).as("the source, as no note is given").isEqualTo("CSEW");
        });
        assertThat(content.setAside()).isEmpty();
        assertThat(content.notes()).containsExactly("1 published figures");
    }

    @Test
    void reads_a_figure_without_bounds_and_keeps_its_note_after_the_source() throws Exception {
        TableContent content = read(tidy(
                "homicide-index,K04000001,2018-04-01,2019-03-31,732,,,count,Home Office Homicide Index,provisional"));

        assertThat(content.observations()).singleElement().satisfies(o -> {
            assertThat(o.value()).isEqualTo(OptionalDouble.of(732));
            assertThat(o.lower()).isEmpty();
            assertThat(o.upper()).isEmpty();
            assertThat(o.note()).isEqualTo("Home Office Homicide Index; provisional");
        });
    }

    @Test
    void accepts_a_value_equal_to_its_bounds_and_a_one_day_period() throws Exception {
        TableContent content = read(tidy("victim-satisfaction,K04000001,2019-06-30,2019-06-30,67.1,67.1,67.1,percentage,CSEW,"));

        assertThat(content.observations()).singleElement()
                .satisfies(o -> assertThat(o.lower()).isEqualTo(OptionalDouble.of(67.1)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"K04000001", "E92000001", "W92000004", "E12000001", "E23000003", "W15000004"})
    void accepts_england_and_wales_each_country_a_region_and_a_force(String area) throws Exception {
        TableContent content = read(tidy("firearm-discharges," + area + ",2018-07-01,2019-06-30,3,,,count,Home Office,"));

        assertThat(content.observations()).singleElement().satisfies(o -> assertThat(o.areaCode()).isEqualTo(area));
    }

    @Test
    void accepts_a_series_id_as_well_as_a_metric_id() throws Exception {
        TableContent content = read(tidy("domestic-burglary,E23000003,2018-07-01,2019-06-30,4210,,,count,ONS,"));

        assertThat(content.observations()).extracting(Observation::seriesId).containsExactly("domestic-burglary");
    }

    @ParameterizedTest(name = "value ''{0}'' is not available, marker {1}")
    @CsvSource(delimiter = '|', value = {"..|..", ":|:", "-|-", "''|blank", "' .. '|.."})
    void keeps_a_not_available_value_with_its_marker_never_as_zero(String value, String marker) throws Exception {
        TableContent content = read(tidy("homicide-index,K04000001,2018-04-01,2019-03-31," + value
                + ",,,count,Home Office Homicide Index,"));

        assertThat(content.observations()).singleElement().satisfies(o -> {
            assertThat(o.value()).isEmpty();
            assertThat(o.isAvailable()).isFalse();
            assertThat(o.marker()).contains(marker);
        });
    }

    @Test
    void reads_several_figures_with_a_byte_order_mark_blank_lines_and_padding() throws Exception {
        TableContent content = read("\uFEFF" + tidy(
                SATISFACTION,
                "",
                " homicide-index , K04000001 , 2018-04-01 , 2019-03-31 , 732 ,,, count , Home Office ,"));

        // The second figure is on line 4: header 1, figure 2, blank 3.
        assertThat(content.observations()).extracting(o -> o.seriesId() + " " + o.areaCode() + " " + o.periodStart()
                + " " + o.value().getAsDouble() + " " + o.unit() + " " + o.location()).containsExactly(
                "victim-satisfaction K04000001 2018-07-01 67.1 percentage line 2",
                "homicide-index K04000001 2018-04-01 732.0 count line 4");
        assertThat(content.notes()).containsExactly("2 published figures");
    }

    @Test
    void rejects_a_file_with_only_its_header() {
        assertThatExceptionOfType(IngestException.class).isThrownBy(() -> read(tidy()))
                .withMessage("file tidy.csv, line 2: holds no rows after the header; expected at least one figure");
    }

    @Test
    void the_same_metric_and_area_for_another_period_is_not_a_repeat() throws Exception {
        TableContent content = read(tidy(SATISFACTION,
                "victim-satisfaction,K04000001,2017-07-01,2018-06-30,70.2,68.0,72.4,percentage,CSEW,"));

        assertThat(content.observations()).hasSize(2);
    }

    // Every rejection, with its full message.

    @Test
    void rejects_a_wrong_header() {
        assertThat(rejection(lines("metric,area,period_start,period_end,value,lower,upper,unit,source,note", SATISFACTION)))
                .hasMessage("file tidy.csv, line 1: expected the tidy header metric,area_code,period_start,period_end,"
                        + "value,lower,upper,unit,source,note, found metric,area,period_start,period_end,value,lower,"
                        + "upper,unit,source,note");
    }

    @Test
    void rejects_an_empty_file() {
        assertThat(rejection("")).hasMessage("file tidy.csv, line 1: empty file; expected the tidy header metric,"
                + "area_code,period_start,period_end,value,lower,upper,unit,source,note");
    }

    @Test
    void rejects_a_row_with_too_few_fields() {
        assertThat(rejection(tidy("victim-satisfaction,K04000001,2018-07-01,2019-06-30,67.1,65.2,69,percentage,CSEW")))
                .hasMessage("file tidy.csv, line 2: expected 10 fields, found 9");
    }

    @Test
    void rejects_an_unknown_metric_id() {
        IngestException e = rejection(tidy("nope,K04000001,2018-07-01,2019-06-30,1,,,count,somewhere,"));

        // every metric and series of the catalogue, in its order, so a user sees what the file may name
        Catalogue catalogue = Catalogue.bundled();
        assertThat(e).hasMessage("file tidy.csv, line 2, column metric: unknown metric id 'nope'; expected a catalogue metric "
                + catalogue.metrics().stream().map(Metric::id).toList() + " or series "
                + catalogue.series().stream().map(Series::id).toList());
        assertThat(e.getMessage()).contains("[homicide, homicide-index, ").contains(", population, police-officers-fte, ");
        assertThat(e.line()).contains(2L);
        assertThat(e.field()).contains("metric");
    }

    @Test
    void rejects_an_unknown_area_code() {
        assertThat(rejection(tidy("homicide,E23000099,2018-07-01,2019-06-30,1,,,count,ONS,")))
                .hasMessage("file tidy.csv, line 2, column area_code: unknown area code 'E23000099'; expected a police "
                        + "force area (E23…, W15…), K04000001, E92000001, W92000004 or a region (E12…)");
    }

    @Test
    void rejects_a_force_name_where_a_code_is_expected() {
        assertThat(rejection(tidy("homicide,Lancashire,2018-07-01,2019-06-30,1,,,count,ONS,")))
                .hasMessage("file tidy.csv, line 2, column area_code: unknown area code 'Lancashire'; expected a police "
                        + "force area (E23…, W15…), K04000001, E92000001, W92000004 or a region (E12…)");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"2019-13-01", "01/07/2018", "2018-7-1", "2019-02-30"})
    void rejects_a_start_date_that_is_not_yyyy_mm_dd(String date) {
        assertThat(rejection(tidy("homicide,E23000003,CELL,2019-06-30,1,,,count,ONS,".replace("CELL", date))))
                .hasMessage("file tidy.csv, line 2, column period_start: expected a date as YYYY-MM-DD, found '" + date + "'");
    }

    @Test
    void rejects_a_missing_end_date() {
        assertThat(rejection(tidy("homicide,E23000003,2018-07-01,,1,,,count,ONS,")))
                .hasMessage("file tidy.csv, line 2, column period_end: expected a date as YYYY-MM-DD, found ''");
    }

    @Test
    void rejects_a_period_that_ends_before_it_starts() {
        assertThat(rejection(tidy("homicide,E23000003,2019-06-30,2018-07-01,1,,,count,ONS,")))
                .hasMessage("file tidy.csv, line 2, column period_end: period ends (2018-07-01) before it starts (2019-06-30)");
    }

    @Test
    void rejects_text_in_the_value() {
        assertThat(rejection(tidy("homicide,E23000003,2018-07-01,2019-06-30,about 20,,,count,ONS,")))
                .hasMessage("file tidy.csv, line 2, column value: expected a number or a not-available marker ([x], [c], [z], [low], .., :, -, NA, n/a, * or blank), found 'about 20'");
    }

    @Test
    void rejects_text_in_a_bound() {
        assertThat(rejection(tidy("victim-satisfaction,K04000001,2018-07-01,2019-06-30,67.1,n/a,69,percentage,CSEW,")))
                .hasMessage("file tidy.csv, line 2, column lower: expected a number or nothing, found 'n/a'");
    }

    @Test
    void rejects_a_lower_bound_above_the_value() {
        assertThat(rejection(tidy("victim-satisfaction,K04000001,2018-07-01,2019-06-30,67.1,67.2,69,percentage,CSEW,")))
                .hasMessage("file tidy.csv, line 2, column lower: lower bound 67.2 is above the value 67.1");
    }

    @Test
    void rejects_an_upper_bound_below_the_value() {
        assertThat(rejection(tidy("victim-satisfaction,K04000001,2018-07-01,2019-06-30,67.1,65.2,67,percentage,CSEW,")))
                .hasMessage("file tidy.csv, line 2, column upper: upper bound 67 is below the value 67.1");
    }

    @Test
    void rejects_a_missing_unit() {
        assertThat(rejection(tidy("homicide,E23000003,2018-07-01,2019-06-30,1,,, ,ONS,")))
                .hasMessage("file tidy.csv, line 2, column unit: required, found nothing");
    }

    @Test
    void rejects_a_missing_source() {
        assertThat(rejection(tidy("homicide,E23000003,2018-07-01,2019-06-30,1,,,count,,a note without a source")))
                .hasMessage("file tidy.csv, line 2, column source: required, found nothing");
    }

    @Test
    void rejects_a_figure_repeated_for_the_same_metric_area_and_period() {
        assertThat(rejection(tidy(SATISFACTION,
                "homicide-index,K04000001,2018-04-01,2019-03-31,732,,,count,Home Office,",
                "victim-satisfaction,K04000001,2018-07-01,2019-06-30,70,65,75,percentage,another survey,")))
                .hasMessage("file tidy.csv, line 4: repeats the figure on line 2 (same metric, area and period)");
    }
}
