package uk.org.ncpm.ingest.ons;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.ingest.IngestException;
import uk.org.ncpm.ingest.Observation;
import uk.org.ncpm.ingest.TableContent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static uk.org.ncpm.ingest.ons.OnsPfaTablesReaderTest.find;

/**
 * The six real editions in ../shared/data/ons-pfa-tables (skipped when that folder is absent).
 *
 * <p>The editions cover six consecutive quarters (years ending March 2018 … June 2019), so no
 * 12-month period appears in two editions' Tables P1/P4: instead of comparing one figure across
 * editions, each edition's totals are checked against the sum of its own forces.
 */
class OnsPfaTablesReaderIT {

    private static final Path DIR = Path.of("../shared/data/ons-pfa-tables");
    private static final String JUNE_2019 = "policeforceareatablesyearendingjune2019.xlsx";
    private static final List<String> P1_SERIES = List.of("homicide", "domestic-burglary", "robbery",
            "theft-from-the-person", "vehicle-offences", "total-recorded-crime");

    private final Catalogue catalogue = Catalogue.bundled();
    private final OnsPfaTablesReader reader = new OnsPfaTablesReader(catalogue);

    // per test rather than @BeforeAll, so each skip shows in the report
    @BeforeEach
    void needsTheSharedData() {
        assumeTrue(Files.isDirectory(DIR), "shared ONS PFA tables not present: " + DIR.toAbsolutePath());
    }

    /**
     * Each file with the 12 months its title names (typed in from the titles of Table P1) and the number of
     * years its knife series (Table P5) gives: the financial years from April 2010 to March, then, except in
     * March editions, the rolling year before and the edition's own (typed in from the headings of row 4).
     */
    static Stream<Arguments> editions() {
        return Stream.of(
                Arguments.of("policeforceareatablesyearendingmarch2018v2.xlsx", LocalDate.of(2017, 4, 1), LocalDate.of(2018, 3, 31), 8),
                Arguments.of("policeforceareadatatablesyearendingjune2018corrected.xlsx", LocalDate.of(2017, 7, 1), LocalDate.of(2018, 6, 30), 10),
                Arguments.of("policeforceareatablesyearendingsep18corrected.xlsx", LocalDate.of(2017, 10, 1), LocalDate.of(2018, 9, 30), 10),
                Arguments.of("policeforceareatablesyearendingdecember2018.xlsx", LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), 10),
                Arguments.of("policeforceareatablesyeendingmarch2019.xlsx", LocalDate.of(2018, 4, 1), LocalDate.of(2019, 3, 31), 9),
                Arguments.of(JUNE_2019, LocalDate.of(2018, 7, 1), LocalDate.of(2019, 6, 30), 11));
    }

    @ParameterizedTest
    @MethodSource("editions")
    void every_edition_loads_every_area_and_series(String file, LocalDate start, LocalDate end, int knifeYears)
            throws Exception {
        byte[] bytes = Files.readAllBytes(DIR.resolve(file));
        TableContent content = reader.read(file, bytes);

        assertThat(OnsPfaTablesReader.recognises(bytes)).isTrue();
        // 43 forces + 9 regions + England + Wales + England and Wales, for 7 P1 series and each year of knife crime
        assertThat(content.observations()).hasSize(55 * (7 + knifeYears));
        Set<String> series = content.observations().stream().map(Observation::seriesId).collect(Collectors.toSet());
        assertThat(series).containsExactlyInAnyOrder("homicide", "domestic-burglary", "robbery", "theft-from-the-person",
                "vehicle-offences", "possession-of-weapons", "total-recorded-crime", "knife-crime");
        assertThat(series).allMatch(catalogue::isObservable);
        for (String id : series) {
            assertThat(content.observations().stream().filter(o -> o.seriesId().equals(id)).map(Observation::areaCode)
                    .distinct().toList()).as(id).hasSize(55).allMatch(catalogue::isAreaCode)
                    .containsAll(catalogue.forces().territorial().stream().map(Force::code).toList());
        }
        assertThat(content.observations()).filteredOn(o -> !o.seriesId().equals("knife-crime"))
                .allMatch(o -> o.periodStart().equals(start) && o.periodEnd().equals(end));
        List<Observation> knife = content.observations().stream().filter(o -> o.seriesId().equals("knife-crime")).toList();
        assertThat(knife.stream().map(Observation::periodEnd).distinct()).hasSize(knifeYears).contains(end)
                .allMatch(e -> !e.isAfter(end) && e.getMonthValue() % 3 == 0);
        assertThat(knife).allMatch(o -> o.periodStart().equals(o.periodEnd().minusYears(1).plusDays(1)));
        // no count cell in these six editions is printed as .., : or -; the markers are tested below and in the unit tests
        assertThat(content.observations()).allMatch(Observation::isAvailable);
        // British Transport Police rows of Table P1 and the two knife tables
        assertThat(content.setAside()).containsExactly(Map.entry("British Transport Police", 3L));
    }

    /*
     * Typed in by hand from the June 2019 edition, read independently of POI and of this reader with
     * (in ../shared/data/ons-pfa-tables; sheet2.xml is 'Table P1' per xl/workbook.xml and its rels,
     * sheet5.xml is 'Table P4 '; F = Homicide, L = Robbery, in sheet5 C = knife total):
     *
     * python3 -c "
     * import zipfile,xml.etree.ElementTree as E
     * z=zipfile.ZipFile('policeforceareatablesyearendingjune2019.xlsx');n='{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
     * s=[''.join(t.text or '' for t in i.iter(n+'t')) for i in E.fromstring(z.read('xl/sharedStrings.xml'))]
     * for r in E.fromstring(z.read('xl/worksheets/sheet2.xml')).iter(n+'row'):
     *   v={c.get('r').rstrip('0123456789'):(s[int(c.find(n+'v').text)] if c.get('t')=='s' else c.find(n+'v').text) for c in r.iter(n+'c') if c.find(n+'v') is not None}
     *   print(r.get('r'),v.get('A'),v.get('B'),'F=',v.get('F'),'L=',v.get('L'))"
     */
    @Test
    void june_2019_homicide_and_robbery_equal_the_published_cells() throws Exception {
        TableContent content = read(JUNE_2019);

        assertCount(content, "homicide", "E23000013", 14, "sheet 'Table P1', row 10, column F");     // Cleveland
        assertCount(content, "robbery", "E23000013", 605, "sheet 'Table P1', row 10, column L");
        assertCount(content, "homicide", "E23000006", 5, "sheet 'Table P1', row 14, column F");      // Cheshire7
        assertCount(content, "robbery", "E23000006", 483, "sheet 'Table P1', row 14, column L");
        assertCount(content, "homicide", "E23000005", 61, "sheet 'Table P1', row 16, column F");     // Greater Manchester
        assertCount(content, "robbery", "E23000005", 7416, "sheet 'Table P1', row 16, column L");
        assertCount(content, "homicide", "E12000005", 79, "sheet 'Table P1', row 30, column F");     // West Midlands (region)
        assertCount(content, "robbery", "E12000005", 11046, "sheet 'Table P1', row 30, column L");
        assertCount(content, "homicide", "E23000014", 53, "sheet 'Table P1', row 34, column F");     // West Midlands (force)
        assertCount(content, "robbery", "E23000014", 8945, "sheet 'Table P1', row 34, column L");
        assertCount(content, "homicide", "E23000034", 0, "sheet 'Table P1', row 43, column F");      // London, City of
        assertCount(content, "robbery", "E23000034", 143, "sheet 'Table P1', row 43, column L");
        assertCount(content, "homicide", "E23000001", 119, "sheet 'Table P1', row 44, column F");    // Metropolitan Police
        assertCount(content, "robbery", "E23000001", 36232, "sheet 'Table P1', row 44, column L");
        assertCount(content, "homicide", "E23000036", 14, "sheet 'Table P1', row 52, column F");     // Avon and Somerset 9
        assertCount(content, "robbery", "E23000036", 1623, "sheet 'Table P1', row 52, column L");
        assertCount(content, "homicide", "E23000035", 20, "sheet 'Table P1', row 53, column F");     // Devon and Cornwall
        assertCount(content, "robbery", "E23000035", 686, "sheet 'Table P1', row 53, column L");
        assertCount(content, "homicide", "W15000004", 5, "sheet 'Table P1', row 58, column F");      // Dyfed-Powys
        assertCount(content, "robbery", "W15000004", 66, "sheet 'Table P1', row 58, column L");
        assertCount(content, "homicide", "K04000001", 681, "sheet 'Table P1', row 7, column F");     // ENGLAND AND WALES6
        assertCount(content, "robbery", "K04000001", 88177, "sheet 'Table P1', row 7, column L");
        assertCount(content, "knife-crime", "E23000014", 3560, "sheet 'Table P4 ', row 34, column C");
        assertCount(content, "knife-crime", "E23000001", 14966, "sheet 'Table P4 ', row 44, column C");
        assertThat(find(content, "homicide", "E23000014").note())
                .startsWith("ONS PFA tables, year ending June 2019; Table P1, column 'Victim-based crime: Homicide'");
        assertThat(find(content, "homicide", "E23000006").note()).contains("the table puts footnote 7 on this area");
    }

    /*
     * England and Wales against the sum of the 43 forces. The June 2019 tables' England and Wales
     * rows include British Transport Police (footnote 6 of P1, 10 of P4): its row, typed in from the
     * same command as above, reads homicide 6 (F62), robbery 766 (L62), knife 192 (C62 of sheet5).
     */
    @Test
    void june_2019_england_and_wales_is_the_sum_of_the_forces_plus_british_transport_police() throws Exception {
        TableContent content = read(JUNE_2019);

        assertThat(value(content, "homicide", "K04000001") - sumOfForces(content, "homicide", f -> true)).isEqualTo(6);
        assertThat(value(content, "robbery", "K04000001") - sumOfForces(content, "robbery", f -> true)).isEqualTo(766);
        assertThat(value(content, "knife-crime", "K04000001") - sumOfForces(content, "knife-crime", f -> true)).isEqualTo(192);
        assertThat(find(content, "homicide", "K04000001").note()).contains("includes British Transport Police: the "
                + "table's total is the sum of its forces (675) plus the British Transport Police row (6)");
    }

    @ParameterizedTest
    @MethodSource("editions")
    void regions_england_and_wales_equal_the_sum_of_their_forces(String file) throws Exception {
        TableContent content = read(file);

        for (String series : P1_SERIES) {
            for (String region : List.of("E12000001", "E12000002", "E12000003", "E12000004", "E12000005",
                    "E12000006", "E12000007", "E12000008", "E12000009", "W92000004")) {
                assertThat(value(content, series, region)).as(series + " " + region)
                        .isEqualTo(sumOfForces(content, series, f -> f.regionCode().equals(region)));
            }
            assertThat(value(content, series, "E92000001")).as(series + " England")
                    .isEqualTo(sumOfForces(content, series, f -> f.code().startsWith("E")));
            assertThat(find(content, series, "K04000001").note()).contains("includes British Transport Police");
        }
    }

    /** The knife table of the year ending March 2018 puts British Transport Police in England, not only England and Wales. */
    @Test
    void march_2018_knife_table_counts_british_transport_police_in_england() throws Exception {
        TableContent content = read("policeforceareatablesyearendingmarch2018v2.xlsx");

        assertThat(find(content, "knife-crime", "E92000001").note()).contains("includes British Transport Police");
        assertThat(content.notes()).contains("Table P4: the England total includes British Transport Police for knife-crime");
    }

    /** The real layout with two count cells overwritten as the tables print unavailable figures. */
    @Test
    void a_cell_printed_as_dots_or_colon_stays_not_available() throws Exception {
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(DIR.resolve(JUNE_2019))));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet p1 = workbook.getSheet("Table P1");
            p1.getRow(9).getCell(5).setCellValue("..");   // F10, Cleveland homicide (14 as published)
            p1.getRow(10).getCell(11).setCellValue(":");  // L11, Durham robbery (211 as published)
            workbook.write(out);
            bytes = out.toByteArray();
        }

        TableContent content = reader.read("edited-" + JUNE_2019, bytes);

        Observation cleveland = find(content, "homicide", "E23000013");
        assertThat(cleveland.value()).isEmpty();
        assertThat(cleveland.marker()).hasValue("..");
        assertThat(cleveland.location()).isEqualTo("sheet 'Table P1', row 10, column F");
        assertThat(find(content, "robbery", "E23000008").marker()).hasValue(":");
        assertThat(find(content, "homicide", "E23000008").value()).hasValue(8);
        // a total whose forces are not all available is not checked against their sum
        assertThat(find(content, "homicide", "E12000001").note()).doesNotContain("sum of its forces");
    }

    private TableContent read(String file) throws IOException, IngestException {
        return reader.read(file, Files.readAllBytes(DIR.resolve(file)));
    }

    private static void assertCount(TableContent content, String series, String area, double value, String location) {
        Observation observation = find(content, series, area);
        assertThat(observation.value()).as(series + " " + area).hasValue(value);
        assertThat(observation.location()).as(series + " " + area).isEqualTo(location);
        assertThat(observation.periodEnd()).isEqualTo(LocalDate.of(2019, 6, 30));
    }

    private static double value(TableContent content, String series, String area) {
        return find(content, series, area).value().orElseThrow();
    }

    private double sumOfForces(TableContent content, String series, Predicate<Force> which) {
        return catalogue.forces().territorial().stream().filter(which)
                .mapToDouble(f -> value(content, series, f.code())).sum();
    }
}
