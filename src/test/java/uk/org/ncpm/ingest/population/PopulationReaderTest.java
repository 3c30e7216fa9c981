package uk.org.ncpm.ingest.population;

import org.junit.jupiter.api.Test;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.ingest.IngestException;
import uk.org.ncpm.ingest.Observation;
import uk.org.ncpm.ingest.TableContent;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static uk.org.ncpm.ingest.TableCsv.lines;

class PopulationReaderTest {

    private final PopulationReader reader = new PopulationReader(Catalogue.bundled());

    private TableContent read(String text) throws IngestException {
        return reader.read("pop.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    /** "area mid-year value-or-marker | location" */
    private static String describe(Observation o) {
        String value = o.value().isPresent()
                ? BigDecimal.valueOf(o.value().getAsDouble()).stripTrailingZeros().toPlainString()
                : "not available " + o.marker().orElseThrow();
        return o.areaCode() + " " + o.periodEnd() + " " + value + " | " + o.location();
    }

    private static final String ONS = lines(
            "code,name,MYE2017,MYE2018,SNHP2017",
            "K04000001,ENGLAND AND WALES,58744600,59115800,24403600",
            "E23000003,Lancashire,1490600,1498300,630600",
            ",Beds Cambs Herts,2701700,2706200,1082800",
            "E23000034,City of London,..,8700,3700");

    @Test
    void reads_the_ons_layout_in_persons_one_estimate_per_area_and_mid_year() throws Exception {
        TableContent content = read(ONS);

        // SNHP2017 (household projections) is not a mid-year column: 3 areas x 2 mid-years = 6 observations.
        assertThat(content.observations()).extracting(PopulationReaderTest::describe).containsExactly(
                "K04000001 2017-06-30 58744600 | line 2, column MYE2017",
                "K04000001 2018-06-30 59115800 | line 2, column MYE2018",
                "E23000003 2017-06-30 1490600 | line 3, column MYE2017",
                "E23000003 2018-06-30 1498300 | line 3, column MYE2018",
                "E23000034 2017-06-30 not available .. | line 5, column MYE2017",
                "E23000034 2018-06-30 8700 | line 5, column MYE2018");
        assertThat(content.notes()).containsExactly("mid-years [2017, 2018] (ONS, persons)");
    }

    @Test
    void dates_each_estimate_30_june_of_its_year_as_series_population_in_persons() throws Exception {
        Observation lancashire2018 = read(ONS).observations().get(3);

        assertThat(lancashire2018.seriesId()).isEqualTo("population");
        assertThat(lancashire2018.periodStart()).isEqualTo(LocalDate.of(2018, 6, 30));
        assertThat(lancashire2018.periodEnd()).isEqualTo(LocalDate.of(2018, 6, 30));
        assertThat(lancashire2018.unit()).isEqualTo("persons");
        assertThat(lancashire2018.note()).isEqualTo("ONS mid-2018 population estimate");
        assertThat(lancashire2018.lower()).isEmpty();
        assertThat(lancashire2018.upper()).isEmpty();
    }

    @Test
    void sets_aside_a_row_without_a_code_counted_by_its_name() throws Exception {
        TableContent content = read(ONS);

        assertThat(content.setAside()).isEqualTo(Map.of("Beds Cambs Herts (no area code: not a police force area)", 1L));
        assertThat(content.observations()).noneMatch(o -> o.location().startsWith("line 4,"));
    }

    @Test
    void keeps_dots_and_blank_cells_as_not_available_never_zero() throws Exception {
        TableContent content = read(lines(
                "code,name,MYE2017,MYE2018",
                "E23000034,City of London,..,"));

        assertThat(content.observations()).extracting(PopulationReaderTest::describe).containsExactly(
                "E23000034 2017-06-30 not available .. | line 2, column MYE2017",
                "E23000034 2018-06-30 not available blank | line 2, column MYE2018");
        assertThat(content.observations()).allSatisfy(o -> assertThat(o.value()).isEmpty());
    }

    @Test
    void reads_numbers_with_thousands_separators_and_padding() throws Exception {
        TableContent content = read(lines(
                "code,name,MYE2018",
                "E23000003,Lancashire,\" 1,498,300 \""));

        assertThat(content.observations()).extracting(PopulationReaderTest::describe)
                .containsExactly("E23000003 2018-06-30 1498300 | line 2, column MYE2018");
    }

    @Test
    void reads_a_file_with_a_byte_order_mark_and_crlf_line_ends() throws Exception {
        TableContent content = read("\uFEFF" + lines(
                "code,name,MYE2018",
                "E23000003,Lancashire,1498300"));

        assertThat(content.observations()).extracting(PopulationReaderTest::describe)
                .containsExactly("E23000003 2018-06-30 1498300 | line 2, column MYE2018");
    }

    @Test
    void skips_blank_lines() throws Exception {
        TableContent content = read("code,name,MYE2018\n\nE23000003,Lancashire,1498300\n\n");

        assertThat(content.observations()).extracting(PopulationReaderTest::describe)
                .containsExactly("E23000003 2018-06-30 1498300 | line 3, column MYE2018");
    }

    @Test
    void accepts_a_name_the_catalogue_does_not_know_when_the_code_is_known() throws Exception {
        // Only a name that belongs to another area is a contradiction; a spelling we lack is not.
        assertThat(read(lines("code,name,MYE2018", "E23000003,Lancs,1498300")).observations()).hasSize(1);
    }

    @Test
    void rejects_an_unknown_area_code() {
        assertThatExceptionOfType(IngestException.class)
                .isThrownBy(() -> read(lines("code,name,MYE2018", "E23000099,Atlantis,100")))
                .withMessage("file pop.csv, line 2, column code: unknown area code 'E23000099'; expected a police force "
                        + "area (E23…, W15…), region (E12…), E92000001, W92000004 or K04000001");
    }

    @Test
    void rejects_a_name_that_is_another_area_s_name_as_a_sign_of_shifted_rows() {
        // Cumbria is E23000002; the code E23000003 is Lancashire.
        assertThatExceptionOfType(IngestException.class)
                .isThrownBy(() -> read(lines("code,name,MYE2018", "E23000003,Cumbria,498900")))
                .withMessage("file pop.csv, line 2, column name: 'Cumbria' is the name of E23000002, not of E23000003 "
                        + "(Lancashire Constabulary)");
    }

    @Test
    void accepts_a_region_called_by_its_plain_name_though_a_force_shares_it() throws IngestException {
        // "West Midlands" alone is the force E23000014, but beside the region's code it is the region's name.
        assertThat(read(lines("code,name,MYE2018", "E12000005,West Midlands,5900800")).observations())
                .singleElement().satisfies(o -> assertThat(o.areaCode()).isEqualTo("E12000005"));
    }

    @Test
    void rejects_a_force_name_against_a_region_code() {
        assertThatExceptionOfType(IngestException.class)
                .isThrownBy(() -> read(lines("code,name,MYE2018", "E12000005,Kent,5900800")))
                .withMessage("file pop.csv, line 2, column name: 'Kent' is the name of E23000032, not of "
                        + "E12000005 (West Midlands (region))");
    }

    @Test
    void rejects_text_in_a_number_cell() {
        assertThatExceptionOfType(IngestException.class)
                .isThrownBy(() -> read(lines("code,name,MYE2018", "E23000003,Lancashire,about 1.5m")))
                .withMessage("file pop.csv, line 2, column MYE2018: expected a population (a number of persons) or a not-available marker ([x], [c], [z], [low], .., :, -, NA, n/a, * or blank), found 'about 1.5m'");
    }

    @Test
    void rejects_a_negative_population() {
        assertThatExceptionOfType(IngestException.class)
                .isThrownBy(() -> read(lines("code,name,MYE2018", "E23000003,Lancashire,-5")))
                .withMessage("file pop.csv, line 2, column MYE2018: expected a population above zero, found -5");
    }

    @Test
    void rejects_a_header_without_mid_year_columns() {
        assertThatExceptionOfType(IngestException.class)
                .isThrownBy(() -> read(lines("code,name,SNHP2017", "E23000003,Lancashire,630600")))
                .withMessage("file pop.csv, line 1: no mid-year columns; expected MYE2018-style (ONS) or 'Mid 2001'-style headers");
    }

    @Test
    void rejects_an_empty_file() {
        assertThatExceptionOfType(IngestException.class)
                .isThrownBy(() -> read(""))
                .withMessage("file pop.csv: empty file; expected a population table header");
    }

    // The Home Office layout: force names, thousands to one decimal place, a trailing comma on every line.

    private static final String HOME_OFFICE = lines(
            "Police Force,Mid 2001,Mid 2002,",
            "Avon and Somerset,1483.5,1502.3,",
            "\"London, City of\",7.2,7.7,",
            "Dyfed-Powys,..,489.9,");

    @Test
    void reads_the_home_office_layout_converting_thousands_to_persons() throws Exception {
        TableContent content = read(HOME_OFFICE);

        // 1483.5 thousand = 1,483,500; 1502.3 thousand = 1,502,300; 7.2 = 7,200; 7.7 = 7,700; 489.9 = 489,900.
        assertThat(content.observations()).extracting(PopulationReaderTest::describe).containsExactly(
                "E23000036 2001-06-30 1483500 | line 2, column Mid 2001",
                "E23000036 2002-06-30 1502300 | line 2, column Mid 2002",
                "E23000034 2001-06-30 7200 | line 3, column Mid 2001",
                "E23000034 2002-06-30 7700 | line 3, column Mid 2002",
                "W15000004 2001-06-30 not available .. | line 4, column Mid 2001",
                "W15000004 2002-06-30 489900 | line 4, column Mid 2002");
        assertThat(content.setAside()).isEmpty();
        assertThat(content.notes()).containsExactly("mid-years [2001, 2002] (Home Office, thousands converted to persons)");
        assertThat(content.observations().get(0).note())
                .isEqualTo("Home Office mid-2001 force-area population, published in thousands to one decimal place");
        assertThat(content.observations()).allSatisfy(o -> assertThat(o.unit()).isEqualTo("persons"));
    }

    @Test
    void reads_the_home_office_layout_after_a_byte_order_mark() throws Exception {
        TableContent content = read("\uFEFF" + lines("Police Force,Mid 2010,", "Lancashire,1449.3,"));

        // 1449.3 thousand = 1,449,300 (Lancashire, mid-2010, as in ../shared/data)
        assertThat(content.observations()).extracting(PopulationReaderTest::describe)
                .containsExactly("E23000003 2010-06-30 1449300 | line 2, column Mid 2010");
    }

    @Test
    void rejects_an_unknown_force_name_in_the_home_office_layout() {
        assertThatExceptionOfType(IngestException.class)
                .isThrownBy(() -> read(lines("Police Force,Mid 2001,", "Atlantis,12.3,")))
                .withMessage("file pop.csv, line 2, column Police Force: unknown police force area 'Atlantis'");
    }

    @Test
    void rejects_text_in_a_number_cell_of_the_home_office_layout() {
        assertThatExceptionOfType(IngestException.class)
                .isThrownBy(() -> read(lines("Police Force,Mid 2001,", "Kent,some,")))
                .withMessage("file pop.csv, line 2, column Mid 2001: expected a population (a number of persons) or a not-available marker ([x], [c], [z], [low], .., :, -, NA, n/a, * or blank), found 'some'");
    }
}
