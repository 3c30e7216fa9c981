package uk.org.ncpm.ingest.workforce;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.ingest.Observation;
import uk.org.ncpm.ingest.TableContent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real Home Office police workforce tables (../shared/data/home-office-workforce/), Table 1.
 * Expected values were read by hand from the files' content.xml (sheet 'Table_1'), with a small
 * Python ElementTree dump independent of the product; each is written with its sheet and row.
 * Values are as stored in the cells (the sheet displays them rounded, e.g. 1,274 for 1273.53).
 */
class WorkforceReaderIT {

    static final Path FOLDER = Path.of("../shared/data/home-office-workforce");
    static final Path SEP18 = FOLDER.resolve("police-workforce-sep18-tables.ods");
    static final Path SEP19 = FOLDER.resolve("police-workforce-sep19-tables.ods");
    private static final String CLEVELAND = "E23000013";
    private static final String NORTHUMBRIA = "E23000007";
    private static final String WEST_MIDLANDS = "E23000014";
    private static final String CITY_OF_LONDON = "E23000034";
    private static final String GWENT = "W15000002";
    private static final String EW = "K04000001";
    private static final LocalDate SEP_2017 = LocalDate.of(2017, 9, 30);
    private static final LocalDate MAR_2018 = LocalDate.of(2018, 3, 31);
    private static final LocalDate SEP_2018 = LocalDate.of(2018, 9, 30);
    private static final LocalDate MAR_2019 = LocalDate.of(2019, 3, 31);
    private static final LocalDate SEP_2019 = LocalDate.of(2019, 9, 30);

    private static TableContent sep18;
    private static TableContent sep19;

    @BeforeAll
    static void read() throws Exception {
        assumeTrue(Files.exists(SEP18) && Files.exists(SEP19), "shared data not present: " + FOLDER);
        sep18 = read(SEP18);
        sep19 = read(SEP19);
    }

    private static TableContent read(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(PoliceWorkforceReader.recognises(bytes)).isTrue();
        return new PoliceWorkforceReader(Catalogue.bundled()).read(file.toString(), bytes);
    }

    @Test
    void each_file_gives_the_43_forces_and_england_and_wales_at_its_three_dates() {
        assertThat(sep18.observations()).hasSize(44 * 3);
        assertThat(sep19.observations()).hasSize(44 * 3);
        assertThat(sep18.observations()).extracting(Observation::periodEnd).containsOnly(SEP_2017, MAR_2018, SEP_2018);
        assertThat(sep19.observations()).extracting(Observation::periodEnd).containsOnly(SEP_2018, MAR_2019, SEP_2019);
        assertThat(sep18.observations()).allSatisfy(o -> {
            assertThat(o.seriesId()).isEqualTo("police-officers-fte");
            assertThat(o.unit()).isEqualTo("FTE");
            assertThat(o.periodStart()).isEqualTo(o.periodEnd());
        });
        assertThat(sep18.edition()).isEqualTo("Home Office police workforce tables, 30 September 2018 edition");
        assertThat(sep19.edition()).isEqualTo("Home Office police workforce tables, 30 September 2019 edition");
    }

    @Test
    void force_values_are_the_cells_as_published() {
        // sep18, sheet Table_1, row 8 "Cleveland", columns B-D: 1273.53, 1257.4, 1223.92
        assertThat(value(sep18, CLEVELAND, SEP_2017)).isCloseTo(1273.53, within(1e-9));
        assertThat(value(sep18, CLEVELAND, MAR_2018)).isCloseTo(1257.40, within(1e-9));
        assertThat(value(sep18, CLEVELAND, SEP_2018)).isCloseTo(1223.92, within(1e-9));
        // sep19, row 57 "Gwent": 1329.05, 1308.43, 1293.73
        assertThat(value(sep19, GWENT, SEP_2018)).isCloseTo(1329.05, within(1e-9));
        assertThat(value(sep19, GWENT, MAR_2019)).isCloseTo(1308.43, within(1e-9));
        assertThat(value(sep19, GWENT, SEP_2019)).isCloseTo(1293.73, within(1e-9));
        // sep19, row 41 "London, City of" (the Home Office's name for City of London Police): 753.2 at Sep-19
        assertThat(value(sep19, CITY_OF_LONDON, SEP_2019)).isCloseTo(753.2, within(1e-9));
        assertThat(location(sep19, GWENT, SEP_2019)).isEqualTo("sheet 'Table_1', row 57, column D");
    }

    @Test
    void west_midlands_the_force_is_not_west_midlands_the_region() {
        // sep19 row 28 "West Midlands " (region): 11058.30 at Sep-19; row 32 "West Midlands" (force): 6405.06
        assertThat(value(sep19, WEST_MIDLANDS, SEP_2019)).isCloseTo(6405.063575, within(1e-6));
        assertThat(location(sep19, WEST_MIDLANDS, SEP_2019)).isEqualTo("sheet 'Table_1', row 32, column D");
    }

    @Test
    void the_later_edition_revises_30_september_2018() {
        // Northumbria at 30 Sep 2018: sep18 row 10 gives 3140.62, sep19 row 10 gives 3151.62 (the only
        // force that moved: the 43-force total moves by the same 11.0, 122,395.45 to 122,406.45)
        assertThat(value(sep18, NORTHUMBRIA, SEP_2018)).isCloseTo(3140.62, within(1e-9));
        assertThat(value(sep19, NORTHUMBRIA, SEP_2018)).isCloseTo(3151.62, within(1e-9));
    }

    @Test
    void england_and_wales_is_the_published_total_of_43_forces_and_equals_their_sum() {
        // sep18 row 60 "Total 43 forces": 121928.98, 122403.80, 122395.45
        assertThat(value(sep18, EW, SEP_2017)).isCloseTo(121_928.976750, within(1e-5));
        assertThat(value(sep18, EW, SEP_2018)).isCloseTo(122_395.450850, within(1e-5));
        // sep19 row 60: 122406.45, 123170.86, 124783.97
        assertThat(value(sep19, EW, MAR_2019)).isCloseTo(123_170.85695, within(1e-5));
        assertThat(value(sep19, EW, SEP_2019)).isCloseTo(124_783.972765, within(1e-5));
        for (TableContent content : List.of(sep18, sep19)) {
            for (LocalDate date : content.observations().stream().map(Observation::periodEnd).distinct().toList()) {
                double sum = content.observations().stream()
                        .filter(o -> !o.areaCode().equals(EW) && o.periodEnd().equals(date))
                        .mapToDouble(o -> o.value().getAsDouble()).sum();
                assertThat(sum).as("sum of forces at " + date).isCloseTo(value(content, EW, date), within(0.01));
            }
            assertThat(content.notes()).contains("'Total 43 forces' equals the sum of the 43 forces at every date")
                    .noneMatch(n -> n.contains("differs") || n.contains(" is not "))
                    // every region subtotal (rows 7, 11, 17, 22, 28, 33, 40, 43, 49, 55) is the sum of its forces
                    .noneMatch(n -> n.startsWith("region "));
        }
        Observation national = find(sep19, EW, SEP_2019);
        assertThat(national.footnotes().get(0)).contains("Total 43 forces").contains("British Transport Police");
    }

    @Test
    void secondments_and_british_transport_police_are_set_aside_and_the_table_total_is_checked() {
        // sep19 rows 61-63: Central Service Secondments 380.63, British Transport Police 2,984.43, Total 128,149.03
        // at Sep-19; 124,783.97 + 380.63 + 2,984.43 = 128,149.03
        assertThat(sep19.setAside()).isEqualTo(Map.of("Central Service Secondments", 1L, "British Transport Police", 1L));
        assertThat(sep19.notes()).contains("the table's Total is the 43 forces plus Central Service Secondments and "
                + "British Transport Police (set aside) at every date");
    }

    private static double value(TableContent content, String area, LocalDate date) {
        return find(content, area, date).value().getAsDouble();
    }

    private static String location(TableContent content, String area, LocalDate date) {
        return find(content, area, date).location();
    }

    private static Observation find(TableContent content, String area, LocalDate date) {
        return content.observations().stream().filter(o -> o.areaCode().equals(area) && o.periodEnd().equals(date))
                .findFirst().orElseThrow(() -> new AssertionError("no observation for " + area + " at " + date));
    }
}
