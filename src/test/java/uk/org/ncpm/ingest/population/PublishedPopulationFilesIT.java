package uk.org.ncpm.ingest.population;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.ingest.Observation;
import uk.org.ncpm.ingest.TableContent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The published population files in ../shared/data (see its README), read as the ingest reads them. */
class PublishedPopulationFilesIT {

    private static final Path DATA = Path.of("../shared/data/population");

    private final PopulationReader reader = new PopulationReader(Catalogue.bundled());

    @BeforeAll
    static void needsTheSharedData() {
        assumeTrue(Files.isDirectory(Path.of("../shared/data")), "../shared/data is absent: published-file tests skipped");
    }

    private TableContent read(String name) throws Exception {
        Path file = DATA.resolve(name);
        return reader.read(file.toString(), Files.readAllBytes(file));
    }

    private static Map<String, Double> byArea(TableContent content, int year) {
        return content.observations().stream().filter(o -> o.periodEnd().equals(LocalDate.of(year, 6, 30)))
                .collect(Collectors.toMap(Observation::areaCode, o -> o.value().orElseThrow()));
    }

    @Test
    void reads_the_ons_mid_2018_estimates_by_police_force_area() throws Exception {
        TableContent content = read("pfa-mid-2018.csv");

        // 56 rows below the header: 55 with a code (E&W, 2 countries, 9 regions, 43 forces), one without.
        assertThat(content.observations()).hasSize(55)
                .allSatisfy(o -> assertThat(o.periodEnd()).isEqualTo(LocalDate.of(2018, 6, 30)));
        assertThat(content.setAside()).isEqualTo(Map.of("Beds Cambs Herts (no area code: not a police force area)", 1L));
        Map<String, Double> persons = byArea(content, 2018);
        // Typed from the file: lines 12, 2, 39, 54, 3 and 53.
        assertThat(persons).containsEntry("E23000003", 1_498_300.0)
                .containsEntry("K04000001", 59_115_800.0)
                .containsEntry("E23000034", 8_700.0)
                .containsEntry("W15000004", 518_100.0)
                .containsEntry("E92000001", 55_977_200.0)
                .containsEntry("W92000004", 3_138_600.0);
    }

    @Test
    void the_43_forces_add_up_to_england_and_wales_within_rounding_to_the_nearest_hundred() throws Exception {
        Map<String, Double> persons = byArea(read("pfa-mid-2018.csv"), 2018);
        Catalogue catalogue = Catalogue.bundled();

        double forces = catalogue.forces().territorial().stream().mapToDouble(f -> persons.get(f.code())).sum();

        // Checked by hand (and with awk over the E23/W15 rows): they do NOT add up exactly. The 43 forces sum to
        // 59,116,100, i.e. 300 more than the published England and Wales figure of 59,115,800. Each figure is
        // rounded to the nearest 100 on its own: the 39 English forces give 55,977,400 against ENGLAND 55,977,200
        // (+200), the 4 Welsh forces 518,100 + 591,200 + 698,400 + 1,331,000 = 3,138,700 against WALES 3,138,600
        // (+100). 43 roundings of at most 50 each allow a difference of up to 2,150.
        assertThat(forces).isEqualTo(59_116_100.0);
        assertThat(forces - persons.get("K04000001")).isEqualTo(300.0);
        assertThat(Math.abs(forces - persons.get("K04000001"))).isLessThanOrEqualTo(43 * 50.0);
    }

    @Test
    void reads_the_home_office_2001_to_2010_estimates_in_persons() throws Exception {
        TableContent content = read("pfa-2001-2010-thousands.csv");

        // 43 forces x 10 mid-years; no region or country rows in this file.
        assertThat(content.observations()).hasSize(430).allSatisfy(Observation::isAvailable);
        // Typed from the file, thousands x 1000: Avon and Somerset Mid 2001 1483.5, Lancashire Mid 2010 1449.3,
        // "London, City of" Mid 2010 11.7, Metropolitan Police Mid 2001 7180.8.
        assertThat(byArea(content, 2001)).containsEntry("E23000036", 1_483_500.0).containsEntry("E23000001", 7_180_800.0);
        assertThat(byArea(content, 2010)).containsEntry("E23000003", 1_449_300.0).containsEntry("E23000034", 11_700.0);
    }
}
