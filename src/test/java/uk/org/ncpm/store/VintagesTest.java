package uk.org.ncpm.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.org.ncpm.ingest.IngestFailure;
import uk.org.ncpm.ingest.PoliceUkStreetFormat;
import uk.org.ncpm.ingest.StreetCsv;
import uk.org.ncpm.ingest.StreetCsv.Row;
import uk.org.ncpm.ingest.StreetFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class VintagesTest {

    private static final String CUMBRIA = "Cumbria Constabulary";

    @TempDir
    Path dir;

    private Path storeFile;
    private StoreFixture store;

    @BeforeEach
    void newStore() {
        storeFile = dir.resolve("store/ncpm.duckdb");
        store = new StoreFixture(storeFile);
    }

    private Path cumbriaJanuary(List<Row> rows) throws Exception {
        return StreetCsv.write(dir.resolve("v" + System.nanoTime()), "2019-01-cumbria-street.csv", rows);
    }

    @Test
    void stores_a_first_file_as_a_new_vintage_with_its_rows() throws Exception {
        List<Row> rows = new ArrayList<>(StreetCsv.crimes(2, "c", "2019-01", CUMBRIA));
        rows.add(Row.asb("2019-01", CUMBRIA));
        Path file = cumbriaJanuary(rows);

        List<VintageOutcome<StreetFile>> outcomes = store.ingest(file);

        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(VintageOutcome.Status.NEW);
            assertThat(o.sourceFileId()).isEqualTo(1);
            assertThat(o.revises()).isEmpty();
        });
        assertThat(store.query("SELECT id, kind, name, bytes, rows, rows_stored, crime_records, asb_records, force_code, "
                + "publisher, period_start, period_end, sample, catalogue_version, superseded_by FROM source_file"))
                .containsExactly("1 police-uk-street " + file + " " + Files.size(file)
                        + " 3 3 2 1 E23000002 cumbria 2019-01-01 2019-01-31 false " + StoreFixture.CATALOGUE.version()
                        + " null");
        try (Store opened = Store.open(storeFile, StoreFixture.CATALOGUE)) {
            assertThat(new SourceFiles(opened).list()).singleElement()
                    .satisfies(f -> assertThat(f.ingestedAt()).isEqualTo(StoreFixture.NOW));
        }
        assertThat(store.query("SELECT source_file_id, force_code, month, crime_id, crime_type, lsoa_code, longitude, "
                + "latitude, outcome FROM crime_record ORDER BY crime_id NULLS LAST")).containsExactly(
                "1 E23000002 2019-01-01 c-1 Burglary E01019076 -3.123456 54.654321 Investigation complete; no suspect identified",
                "1 E23000002 2019-01-01 c-2 Burglary E01019076 -3.123456 54.654321 Investigation complete; no suspect identified",
                "1 E23000002 2019-01-01 null Anti-social behaviour E01019076 -3.123456 54.654321 null");
    }

    @Test
    void the_same_bytes_again_are_unchanged_and_leave_the_store_file_byte_identical() throws Exception {
        Path file = cumbriaJanuary(StreetCsv.crimes(3, "c", "2019-01", CUMBRIA));
        store.ingest(file);
        String before = store.sha256();
        Path copy = Files.copy(file, Files.createDirectories(dir.resolve("again")).resolve(file.getFileName()));

        List<VintageOutcome<StreetFile>> outcomes = store.ingest(copy);

        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(VintageOutcome.Status.UNCHANGED);
            assertThat(o.sourceFileId()).isEqualTo(1);
        });
        assertThat(store.sha256()).isEqualTo(before);
        assertThat(Path.of(storeFile + ".wal")).doesNotExist();
    }

    @Test
    void a_changed_file_for_the_same_force_and_month_is_a_revision_and_keeps_both_vintages() throws Exception {
        store.ingest(cumbriaJanuary(StreetCsv.crimes(3, "old", "2019-01", CUMBRIA)));

        List<VintageOutcome<StreetFile>> outcomes = store.ingest(cumbriaJanuary(StreetCsv.crimes(2, "new", "2019-01", CUMBRIA)));

        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(VintageOutcome.Status.REVISION);
            assertThat(o.sourceFileId()).isEqualTo(2);
            assertThat(o.revises()).contains(1L);
        });
        assertThat(store.query("SELECT id, crime_records, superseded_by FROM source_file ORDER BY id"))
                .containsExactly("1 3 2", "2 2 null");
        assertThat(store.query("SELECT count(*) FROM crime_record")).containsExactly("5");
        assertThat(store.query("SELECT source_file_id, crime_id FROM current_crime_record ORDER BY crime_id"))
                .containsExactly("2 new-1", "2 new-2");
        assertThat(store.query("SELECT records, status FROM coverage WHERE force_code = 'E23000002'"))
                .containsExactly("2 complete");
    }

    @Test
    void a_revision_and_its_original_in_one_batch_keep_the_later_one_current() throws Exception {
        Path first = cumbriaJanuary(StreetCsv.crimes(1, "a", "2019-01", CUMBRIA));
        Path second = cumbriaJanuary(StreetCsv.crimes(1, "b", "2019-01", CUMBRIA));

        List<VintageOutcome<StreetFile>> outcomes = store.ingest(first, second);

        assertThat(outcomes).extracting(o -> o.status() + " " + o.sourceFileId() + " " + o.revises().orElse(null))
                .containsExactly("NEW 1 null", "REVISION 2 1");
        assertThat(store.query("SELECT crime_id FROM current_crime_record")).containsExactly("b-1");
    }

    @Test
    void a_failing_batch_stores_nothing_and_leaves_the_store_file_byte_identical() throws Exception {
        store.ingest(cumbriaJanuary(StreetCsv.crimes(1, "c", "2019-01", CUMBRIA)));
        String before = store.sha256();
        Path good = StreetCsv.write(dir.resolve("run"), "2019-02-cumbria-street.csv",
                StreetCsv.crimes(2, "g", "2019-02", CUMBRIA));
        Path bad = StreetCsv.write(dir.resolve("run"), "2019-02-kent-street.csv",
                List.of(Row.crime("k1", "2019-03", "Kent Police")));

        assertThatExceptionOfType(IngestFailure.class).isThrownBy(() -> store.ingest(good, bad))
                .withMessage("file " + bad + ", line 2, column Month: expected 2019-02 (the month in the file name), found '2019-03'");

        assertThat(store.sha256()).isEqualTo(before);
        assertThat(store.query("SELECT count(*) FROM source_file")).containsExactly("1");
        assertThat(store.query("SELECT count(*) FROM crime_record")).containsExactly("1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"-3.1|-3.1", "' -3.1 '|-3.1", "+3|3.0", ".5|0.5", "5.|5.0", "1e1|10.0", "''|null"})
    void stores_every_coordinate_form_the_validation_accepts(String longitude, String stored) throws Exception {
        store.ingest(cumbriaJanuary(List.of(Row.crime("c", "2019-01", CUMBRIA).set("Longitude", longitude))));

        assertThat(store.query("SELECT longitude FROM crime_record")).containsExactly(stored);
    }

    @Test
    void sets_aside_non_territorial_bodies_without_storing_their_rows() throws Exception {
        Path btp = StreetCsv.write(dir, "2019-01-btp-street.csv", StreetCsv.crimes(4, "b", "2019-01", "British Transport Police"));
        Path cumbria = cumbriaJanuary(StreetCsv.crimes(1, "c", "2019-01", CUMBRIA));

        store.ingest(btp, cumbria);

        assertThat(store.query("SELECT publisher, force_code, rows, rows_stored, rows_set_aside FROM source_file ORDER BY id"))
                .containsExactly("btp null 4 0 4", "cumbria E23000002 1 1 0");
        assertThat(store.query("SELECT DISTINCT force_code FROM crime_record")).containsExactly("E23000002");
        assertThat(store.query("SELECT count(*) FROM coverage")).containsExactly("43");
    }

    @Test
    void header_only_files_of_different_forces_are_each_a_new_vintage() throws Exception {
        // Two files without records have the same bytes; they are still different force-months.
        Path cumbria = StreetCsv.writeText(dir, "2019-01-cumbria-street.csv", StreetCsv.HEADER + "\r\n");
        Path kent = StreetCsv.writeText(dir, "2019-01-kent-street.csv", StreetCsv.HEADER + "\r\n");

        List<VintageOutcome<StreetFile>> outcomes = store.ingest(cumbria, kent);

        assertThat(outcomes).extracting(o -> o.file().publisher() + " " + o.status())
                .containsExactly("cumbria NEW", "kent NEW");
        assertThat(store.query("SELECT force_code, records, status FROM coverage "
                + "WHERE force_code IN ('E23000002', 'E23000032') ORDER BY force_code"))
                .containsExactly("E23000002 0 partial", "E23000032 0 partial");
    }

    @Test
    void records_that_the_store_holds_sample_data_while_a_sample_vintage_is_current() throws Exception {
        store.ingest(cumbriaJanuary(List.of(
                Row.crime("s", "2019-01", CUMBRIA).set("Context", PoliceUkStreetFormat.SAMPLE_MARKER))));
        try (Store opened = Store.open(storeFile, StoreFixture.CATALOGUE)) {
            assertThat(new SourceFiles(opened).holdsSampleData()).isTrue();
        }

        store.ingest(cumbriaJanuary(List.of(Row.crime("r", "2019-01", CUMBRIA))));

        try (Store opened = Store.open(storeFile, StoreFixture.CATALOGUE)) {
            SourceFiles sources = new SourceFiles(opened);
            assertThat(sources.holdsSampleData()).as("the sample vintage is superseded").isFalse();
            assertThat(sources.list()).extracting(f -> f.id() + " " + f.sample() + " " + f.isCurrent())
                    .containsExactly("1 true false", "2 false true");
        }
    }
}
