package uk.org.ncpm.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The six ONS police force area editions in ../shared/data as vintages: every year an edition gives is
 * an observation of that year from that edition, the latest edition's is current, and footnotes travel
 * with the figures they qualify.
 *
 * <p>Expected values were read from the workbooks independently of POI and of this reader, with
 * Python's zipfile and ElementTree over xl/sharedStrings.xml and the sheet XML (rich-text runs with
 * {@code <vertAlign val="superscript"/>} shown as markers):
 * <ul>
 * <li>June 2019 edition, sheet 'Table P5', row 4 "Jul '17 to Jun '18" over column U, row 7
 *     "ENGLAND AND WALES" (markers 4–10): cell U7 = 43711; column Q ("Apr '17 to Mar '18"): Q7 = 42169.</li>
 * <li>June 2018 edition (corrected), sheet 'Table P4', C7 = 41884, the figure the product stored for the
 *     year ending June 2018 before editions revised earlier years.</li>
 * </ul>
 */
class OnsEditionsIT {

    private static final Path DIR = Path.of("../shared/data/ons-pfa-tables");
    private static final String JUNE_2019 = "policeforceareatablesyearendingjune2019.xlsx";
    private static final String MARCH_2018 = "policeforceareatablesyearendingmarch2018v2.xlsx";
    private static final String JUNE_2018 = "policeforceareadatatablesyearendingjune2018corrected.xlsx";

    @TempDir
    Path dir;
    private StoreFixture store;

    @BeforeEach
    void newStore() {
        assumeTrue(Files.isDirectory(DIR), "shared ONS PFA tables not present: " + DIR.toAbsolutePath());
        store = new StoreFixture(dir.resolve("ncpm.duckdb"));
    }

    private List<ObservationRow> knife(String area) throws Exception {
        try (Store opened = Store.open(dir.resolve("ncpm.duckdb"), StoreFixture.CATALOGUE)) {
            return new ObservationQuery(opened).list(Optional.of("knife-crime"), Optional.of(area));
        }
    }

    private static ObservationRow ending(List<ObservationRow> rows, LocalDate end) {
        return rows.stream().filter(r -> r.periodEnd().equals(end)).findFirst().orElseThrow();
    }

    @Test
    void after_all_six_editions_the_baseline_year_before_is_the_june_2019_revision() throws Exception {
        try (var files = Files.list(DIR)) {
            store.commit(files.sorted().toArray(Path[]::new));
        }

        ObservationRow june2018 = ending(knife("K04000001"), LocalDate.of(2018, 6, 30));
        // Table P5 of the June 2019 edition, cell U7; the June 2018 edition's own Table P4 gave 41884 (cell C7)
        assertThat(june2018.value()).hasValue(43711);
        assertThat(june2018.location()).isEqualTo("sheet 'Table P5', row 7, column U");
        assertThat(june2018.edition()).hasValue("ONS PFA tables, year ending June 2019 edition");
        assertThat(june2018.sourceFileName()).endsWith(JUNE_2019);
        assertThat(june2018.footnotes().get(0)).isEqualTo("England and Wales total as published by the source: "
                + "includes British Transport Police.");
        // each edition that gives the year keeps its own figure (the September 2018 to March 2019 editions' Table P5
        // give financial years and their own rolling years only): the June 2018 edition's is kept, not current
        assertThat(store.query("SELECT o.value, f.edition FROM observation o JOIN source_file f ON f.id = o.source_file_id "
                + "WHERE o.metric = 'knife-crime' AND o.area_code = 'K04000001' AND o.period_end = DATE '2018-06-30' "
                + "ORDER BY f.period_end")).containsExactly(
                "41884.0 ONS PFA tables, year ending June 2018 edition",
                "43711.0 ONS PFA tables, year ending June 2019 edition");
    }

    @Test
    void an_earlier_edition_loaded_later_does_not_replace_the_latest_editions_figures() throws Exception {
        store.commit(DIR.resolve(JUNE_2019));
        store.commit(DIR.resolve(MARCH_2018));

        ObservationRow march2018 = ending(knife("K04000001"), LocalDate.of(2018, 3, 31));
        // June 2019 edition, Table P5, cell Q7 ("Apr '17 to Mar '18")
        assertThat(march2018.value()).hasValue(42169);
        assertThat(march2018.edition()).hasValue("ONS PFA tables, year ending June 2019 edition");
    }

    @Test
    void june_2019_footnotes_go_to_the_forces_they_concern() throws Exception {
        store.commit(DIR.resolve(JUNE_2019));
        LocalDate june2019 = LocalDate.of(2019, 6, 30);

        assertThat(ending(knife("E23000003"), june2019).footnotes()).singleElement().asString()
                .startsWith("Lancashire could not supply data in time for publication for April to June 2019")
                .contains("imputed using national trends");
        // the imputed quarter is not in the year ending June 2018
        assertThat(ending(knife("E23000003"), LocalDate.of(2018, 6, 30)).footnotes()).isEmpty();
        assertThat(ending(knife("E23000005"), june2019).footnotes()).singleElement().asString()
                .startsWith("Greater Manchester Police reviewed their recording").contains("not comparable");
        assertThat(ending(knife("E23000026"), june2019).footnotes()).singleElement().asString()
                .startsWith("Data from Northumbria, Cambridgeshire and Befordshire police have revised");
        assertThat(ending(knife("E23000031"), june2019).footnotes()).allMatch(f -> f.contains("Surrey"))
                .noneMatch(f -> f.contains("British Transport Police"));
        assertThat(ending(knife("E23000001"), june2019).footnotes()).isEmpty();
        try (Store opened = Store.open(dir.resolve("ncpm.duckdb"), StoreFixture.CATALOGUE)) {
            List<ObservationRow> cheshire = new ObservationQuery(opened).list(Optional.of("homicide"), Optional.of("E23000006"));
            assertThat(cheshire).singleElement().extracting(ObservationRow::footnotes).asList().containsExactly(
                    "Cheshire has implemented a new crime recording system which has led to undercount of 1,000 crimes "
                            + "(y.e June 2019), this will be rectified in subsequent quarters.");
        }
    }
}
