package uk.org.ncpm.ingest.ons;

import org.junit.jupiter.api.Test;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.ingest.IngestException;
import uk.org.ncpm.ingest.Observation;
import uk.org.ncpm.ingest.TableContent;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class OnsPfaTablesReaderTest {

    private final OnsPfaTablesReader reader = new OnsPfaTablesReader(Catalogue.bundled());

    @Test
    void reads_each_series_of_table_p1_for_the_twelve_months_its_title_names() throws IngestException {
        byte[] bytes = SmallPfaWorkbook.p1()
                .row("K04000001", "ENGLAND AND WALES", 5279956, 681, 88177, 291820, 469915, 109096)
                .row("E23000013", "Cleveland", 68509, 14, 605, 3923, 3933, 527)
                .bytes();

        TableContent content = reader.read("year-ending-march-2017.xlsx", bytes);

        Observation homicide = find(content, "homicide", "E23000013");
        assertThat(homicide.value()).hasValue(14);
        assertThat(homicide.periodStart()).isEqualTo(LocalDate.of(2018, 7, 1));
        assertThat(homicide.periodEnd()).isEqualTo(LocalDate.of(2019, 6, 30));
        assertThat(homicide.unit()).isEqualTo("count");
        assertThat(homicide.location()).isEqualTo("sheet 'Table P1', row 7, column D");
        assertThat(homicide.note()).startsWith("ONS PFA tables, year ending June 2019; Table P1, column 'Victim-based crime: Homicide'");
        assertThat(find(content, "total-recorded-crime", "K04000001").value()).hasValue(5279956);
        assertThat(find(content, "robbery", "K04000001").value()).hasValue(88177);
        assertThat(find(content, "robbery", "K04000001").note()).contains("all robbery (personal and business property)");
        assertThat(find(content, "domestic-burglary", "E23000013").value()).hasValue(3923);
        assertThat(find(content, "vehicle-offences", "E23000013").value()).hasValue(3933);
        assertThat(find(content, "theft-from-the-person", "E23000013").value()).hasValue(527);
        assertThat(content.observations()).hasSize(12);
        assertThat(content.notes()).contains("edition: ONS PFA tables, year ending June 2019")
                .anyMatch(n -> n.contains("personal-robbery not read"))
                .anyMatch(n -> n.contains("no table of offences involving a knife"));
    }

    @Test
    void finds_the_table_and_its_header_by_content_when_rows_and_sheet_names_shift() throws IngestException {
        byte[] bytes = new SmallPfaWorkbook()
                .sheet("Contents", "Crime in England and Wales, year ending June 2019 - PFA tables")
                .text("Table P1: list entry, not a table")
                .sheet("Sheet 7 ", SmallPfaWorkbook.P1_TITLE).blankRows(6)
                .text("England and Wales")
                .header(true, SmallPfaWorkbook.P1_HEADINGS)
                .text("")
                .row("E23000013", "Cleveland", 68509, 14, 605, 3923, 3933, 527)
                .bytes();

        Observation homicide = find(reader.read("shifted.xlsx", bytes), "homicide", "E23000013");

        assertThat(homicide.value()).hasValue(14);
        assertThat(homicide.location()).isEqualTo("sheet 'Sheet 7 ', row 11, column D");
    }

    @Test
    void strips_footnote_markers_from_area_names_headings_and_the_title() throws IngestException {
        byte[] bytes = new SmallPfaWorkbook()
                .sheet("Table P1", "Table P1: Police recorded crime by offence group and police force area, "
                        + "number of offences, year ending June 18", "1,2").blankRows(3)
                .header(true, List.of("Total recorded crime (excluding fraud3)", "Homicide 3", "Robbery4",
                        "Residential burglary5,6", "Vehicle offences", "Theft from the person"))
                .row("E23000035", "Devon & Cornwall(2)", 1, 20, 686, 2498, 5462, 825)
                .row("E23000006", "Cheshire7", 2, 5, 483, 3205, 3785, 685)
                .row("E12000002", "North West 7,8", 3, 116, 10691, 42101, 56633, 12422)
                .row("E23000013", "Cleveland\u00B9", 4, 14, 605, 3923, 3933, 527)
                .rowWithRaisedMarker("E23000008", "Durham", "9,10", 5, 8, 211, 2929, 2974, 293)
                .bytes();

        TableContent content = reader.read("f.xlsx", bytes);

        assertThat(find(content, "homicide", "E23000035").value()).hasValue(20);
        assertThat(find(content, "homicide", "E23000006").note()).contains("footnote 7 on this area");
        assertThat(find(content, "homicide", "E12000002").note()).contains("footnote 7,8 on this area");
        assertThat(find(content, "homicide", "E23000013").value()).hasValue(14);
        assertThat(find(content, "homicide", "E23000008").note()).contains("footnote 9,10 on this area");
        assertThat(find(content, "domestic-burglary", "E23000006").value()).hasValue(3205);
        // "June 18" followed by a superscript "1,2": the year ending June 2018, not 2181 or 1812
        assertThat(find(content, "homicide", "E23000006").periodEnd()).isEqualTo(LocalDate.of(2018, 6, 30));
        assertThat(find(content, "homicide", "E23000006").periodStart()).isEqualTo(LocalDate.of(2017, 7, 1));
    }

    @Test
    void keeps_not_available_markers_and_never_reads_them_as_zero() throws IngestException {
        byte[] bytes = SmallPfaWorkbook.p1()
                .row("E23000013", "Cleveland", "..", ":", "-", null, "", " 0 ")
                .bytes();

        TableContent content = reader.read("f.xlsx", bytes);

        assertThat(find(content, "total-recorded-crime", "E23000013").marker()).hasValue("..");
        assertThat(find(content, "homicide", "E23000013").marker()).hasValue(":");
        assertThat(find(content, "robbery", "E23000013").marker()).hasValue("-");
        assertThat(find(content, "domestic-burglary", "E23000013").marker()).hasValue("blank");
        assertThat(find(content, "vehicle-offences", "E23000013").marker()).hasValue("blank");
        assertThat(find(content, "homicide", "E23000013").value()).isEmpty();
        assertThat(find(content, "theft-from-the-person", "E23000013").value()).hasValue(0);
    }

    @Test
    void reads_counts_written_as_text_with_thousands_commas_and_footnotes() throws IngestException {
        byte[] bytes = SmallPfaWorkbook.p1()
                .row("E23000001", "Metropolitan Police", "877,920", "119 (3)", "36,232", "60040", 120294, "49,543")
                .bytes();

        TableContent content = reader.read("f.xlsx", bytes);

        assertThat(find(content, "total-recorded-crime", "E23000001").value()).hasValue(877920);
        assertThat(find(content, "homicide", "E23000001").value()).hasValue(119);
        assertThat(find(content, "robbery", "E23000001").value()).hasValue(36232);
        assertThat(find(content, "theft-from-the-person", "E23000001").value()).hasValue(49543);
    }

    @Test
    void reads_personal_robbery_when_the_table_gives_it_and_never_adds_robbery_up() throws IngestException {
        byte[] bytes = new SmallPfaWorkbook().sheet("Table P1", SmallPfaWorkbook.P1_TITLE)
                .groupHeading("Robbery", 3, 4)
                .header(true, List.of("Homicide", "Robbery of business property", "Robbery of personal property",
                        "Residential burglary", "Vehicle offences", "Theft from the person"))
                .row("E23000013", "Cleveland", 14, 60, 545, 3923, 3933, 527)
                .bytes();

        TableContent content = reader.read("f.xlsx", bytes);

        assertThat(find(content, "personal-robbery", "E23000013").value()).hasValue(545);
        assertThat(content.observations()).noneMatch(o -> o.seriesId().equals("robbery"));
    }

    @Test
    void tells_the_west_midlands_region_from_the_force_by_the_code_column() throws IngestException {
        byte[] bytes = SmallPfaWorkbook.p1()
                .row("E23000014", "West Midlands", 262558, 53, 8945, 21542, 36130, 3239)
                .row("E12000005", "West Midlands ", 475108, 79, 11046, 33232, 52194, 5054)
                .bytes();

        TableContent content = reader.read("f.xlsx", bytes);

        assertThat(find(content, "homicide", "E23000014").value()).hasValue(53);
        assertThat(find(content, "homicide", "E12000005").value()).hasValue(79);
    }

    @Test
    void tells_the_west_midlands_region_from_the_force_by_position_without_codes() throws IngestException {
        byte[] bytes = new SmallPfaWorkbook().sheet("Table P1", SmallPfaWorkbook.P1_TITLE)
                .header(false, SmallPfaWorkbook.P1_HEADINGS)
                .named("West Midlands", 475108, 79, 11046, 33232, 52194, 5054)
                .named("Staffordshire", 83773, 11, 945, 3520, 5404, 569)
                .named("Warwickshire", 41923, 1, 493, 2951, 4889, 439)
                .named("West Mercia", 86854, 14, 663, 5219, 5771, 807)
                .named("West Midlands", 262558, 53, 8945, 21542, 36130, 3239)
                .named("East", 488390, 57, 5471, 25387, 45252, 5561)
                .bytes();

        TableContent content = reader.read("f.xlsx", bytes);

        assertThat(find(content, "homicide", "E12000005").value()).hasValue(79);
        assertThat(find(content, "homicide", "E23000014").value()).hasValue(53);
        assertThat(find(content, "homicide", "E12000006").value()).hasValue(57);
        assertThat(find(content, "homicide", "E23000014").location()).isEqualTo("sheet 'Table P1', row 7, column C");
    }

    @Test
    void sets_aside_british_transport_police_and_notes_a_total_that_includes_it() throws IngestException {
        SmallPfaWorkbook workbook = SmallPfaWorkbook.p1()
                .row("K04000001", "ENGLAND AND WALES6", 45, 45, 45, 45, 45, 45);
        Catalogue.bundled().forces().territorial().forEach(f -> workbook.row(f.code(), f.homeOfficeName(), 1, 1, 1, 1, 1, 1));
        byte[] bytes = workbook.row(null, "British Transport Police", 2, 2, 2, 2, 2, 2).bytes();

        TableContent content = reader.read("f.xlsx", bytes);

        assertThat(content.setAside()).containsEntry("British Transport Police", 1L);
        assertThat(content.observations()).hasSize(44 * 6);
        assertThat(find(content, "homicide", "K04000001").note()).contains("includes British Transport Police: the "
                + "table's total is the sum of its forces (43) plus the British Transport Police row (2)");
        assertThat(content.notes()).contains("Table P1: the England and Wales total includes British Transport Police "
                + "for homicide, domestic-burglary, robbery, theft-from-the-person, vehicle-offences, total-recorded-crime");
    }

    @Test
    void reads_knife_crime_from_the_total_of_selected_offences_in_the_knife_table() throws IngestException {
        SmallPfaWorkbook workbook = SmallPfaWorkbook.p1().row("E23000014", "West Midlands", 1, 2, 3, 4, 5, 6)
                .sheet("Table P4 ", "Table P4: Knife and sharp instrument offences recorded by the police for selected "
                        + "offences, by police force area, English regions and Wales, year ending June 2019", "1,2,3")
                .blankRows(2)
                .groupHeading("Total of selected serious offences", 2, 3)
                .header(true, List.of("Number of\n offences\n involving a\n knife6", "% involving a knife",
                        "Number of\n offences\n involving a\n knife6", "% involving a knife"));
        byte[] bytes = workbook.row("E23000014", "West Midlands", 3560, 7.48, 48, "-").bytes();

        Observation knife = find(reader.read("f.xlsx", bytes), "knife-crime", "E23000014");

        assertThat(knife.value()).hasValue(3560);
        assertThat(knife.location()).isEqualTo("sheet 'Table P4 ', row 6, column C");
        assertThat(knife.periodEnd()).isEqualTo(LocalDate.of(2019, 6, 30));
        assertThat(knife.note()).contains("Table P4, column 'Total of selected serious offences: Number of offences involving a knife'");
    }

    @Test
    void recognises_pfa_tables_and_nothing_else() {
        byte[] tables = SmallPfaWorkbook.p1().row("E23000013", "Cleveland", 1, 1, 1, 1, 1, 1).bytes();
        byte[] otherWorkbook = new SmallPfaWorkbook().sheet("Sheet1", "Household budget").bytes();

        assertThat(OnsPfaTablesReader.recognises(tables)).isTrue();
        assertThat(OnsPfaTablesReader.recognises(otherWorkbook)).isFalse();
        assertThat(OnsPfaTablesReader.recognises("PK not really a zip".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(OnsPfaTablesReader.recognises(new byte[0])).isFalse();
    }

    static Observation find(TableContent content, String series, String area) {
        Optional<Observation> found = content.observations().stream()
                .filter(o -> o.seriesId().equals(series) && o.areaCode().equals(area)).findFirst();
        assertThat(found).as(series + " for " + area).isPresent();
        return found.get();
    }
}
