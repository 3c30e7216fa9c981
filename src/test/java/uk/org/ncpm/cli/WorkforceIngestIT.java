package uk.org.ncpm.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.store.ObservationQuery;
import uk.org.ncpm.store.ObservationRow;
import uk.org.ncpm.store.SourceFiles;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.web.OfficerNumbers;
import uk.org.ncpm.web.Snapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Both real police workforce editions through {@code ncpm ingest}: recognised from their content, one
 * vintage each, and 30 September 2018 (in both) taken from the later edition. Expected values from
 * sheet Table_1 of each file, read by hand (see {@code WorkforceReaderIT}).
 */
class WorkforceIngestIT {

    private static final Path FOLDER = Path.of("..", "shared", "data", "home-office-workforce");
    private static final String NORTHUMBRIA = "E23000007";
    private static final LocalDate SEP_2018 = LocalDate.of(2018, 9, 30);

    @TempDir
    static Path folder;

    static Path store;
    static CliRun ingest;

    @BeforeAll
    static void ingestBothEditions() {
        if (!Files.isDirectory(FOLDER)) {
            return;
        }
        store = folder.resolve("ncpm.duckdb");
        ingest = CliRun.of("ingest", "--store", store.toString(), FOLDER.toString());
    }

    @BeforeEach
    void needsTheSharedData() {
        assumeTrue(Files.isDirectory(FOLDER), "shared data not present: " + FOLDER.toAbsolutePath().normalize());
        assertThat(ingest.exitCode()).as(ingest.err() + ingest.out()).isZero();
    }

    @Test
    void each_edition_is_a_vintage_of_the_workforce_format() throws Exception {
        try (Store opened = Store.open(store, Catalogue.bundled())) {
            assertThat(new SourceFiles(opened).list()).hasSize(2)
                    .allSatisfy(f -> assertThat(f.kind()).isEqualTo("home-office-police-workforce"));
        }
    }

    @Test
    void the_overlapping_date_comes_from_the_later_edition() throws Exception {
        try (Store opened = Store.open(store, Catalogue.bundled())) {
            List<ObservationRow> rows = new ObservationQuery(opened).list(Optional.of("police-officers-fte"),
                    Optional.of(NORTHUMBRIA));
            // five dates: 30 Sep 2017 and 31 Mar 2018 from sep18, the other three from sep19
            assertThat(rows).extracting(ObservationRow::periodEnd).containsExactly(LocalDate.of(2017, 9, 30),
                    LocalDate.of(2018, 3, 31), SEP_2018, LocalDate.of(2019, 3, 31), LocalDate.of(2019, 9, 30));
            ObservationRow overlap = rows.get(2);
            // sep19 Table_1 row 10: 3151.62 (sep18 gave 3140.62)
            assertThat(overlap.value().getAsDouble()).isCloseTo(3151.62, within(1e-9));
            assertThat(overlap.edition()).hasValue("Home Office police workforce tables, 30 September 2019 edition");
            assertThat(overlap.sourceFileName()).endsWith("police-workforce-sep19-tables.ods");
        }
    }

    @Test
    void the_page_model_reads_the_store() throws Exception {
        try (Store opened = Store.open(store, Catalogue.bundled())) {
            Map<String, OfficerNumbers> numbers = OfficerNumbers.read(opened, Catalogue.bundled());

            assertThat(numbers).hasSize(44);
            // sep19 row 60 "Total 43 forces", columns C and D, and the Home Office's own change (columns G, H): 1,613, 1.3%
            assertThat(numbers.get("K04000001").sinceUpliftBegan().orElseThrow().text())
                    .isEqualTo("up 1,613 (1.3%), 31 March 2019 to 30 September 2019");
            // Gwent, sep18 row 57 column B (30 Sep 2017) 1153.73 to sep19 row 57 column D (30 Sep 2019) 1293.73
            assertThat(numbers.get("W15000002").sinceEarliest().orElseThrow().officers()).isCloseTo(140.0, within(1e-6));
            // the site's snapshot carries them for the pages and the API
            assertThat(Snapshot.of(opened).officerNumbers("W15000002")).hasValue(numbers.get("W15000002"));
        }
    }
}
