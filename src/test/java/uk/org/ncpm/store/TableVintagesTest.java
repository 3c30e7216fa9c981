package uk.org.ncpm.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.ncpm.ingest.IngestFailure;
import uk.org.ncpm.ingest.StreetCsv;
import uk.org.ncpm.ingest.TableCsv;
import uk.org.ncpm.ingest.TableFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static uk.org.ncpm.ingest.TableCsv.lines;
import static uk.org.ncpm.ingest.TableCsv.tidy;

/** Published tables as vintages: new, unchanged, revised; the current_observation and population views. */
class TableVintagesTest {

    private static final String CUMBRIA = "Cumbria Constabulary";
    private static final String SATISFACTION = "victim-satisfaction,K04000001,2018-07-01,2019-06-30,67.1,65.2,69,percentage,CSEW,";
    private static final String HOMICIDES = "homicide-index,K04000001,2018-04-01,2019-03-31,..,,,count,Home Office Homicide Index,";

    @TempDir
    Path dir;

    private Path storeFile;
    private StoreFixture store;

    @BeforeEach
    void newStore() {
        storeFile = dir.resolve("store/ncpm.duckdb");
        store = new StoreFixture(storeFile);
    }

    /** Each file in a folder of its own, so a revision can keep the name. */
    private Path file(String name, String text) throws Exception {
        return TableCsv.write(dir.resolve("v" + System.nanoTime()), name, text);
    }

    private static String outcome(VintageOutcome<TableFile> o) {
        return o.status() + " #" + o.sourceFileId() + o.revises().map(id -> " revises #" + id).orElse("");
    }

    @Test
    void stores_a_tidy_file_as_a_new_vintage_with_its_observations() throws Exception {
        Path figures = file("figures.csv", tidy(SATISFACTION, HOMICIDES));

        CommitResult result = store.commit(figures);

        assertThat(result.streets()).isEmpty();
        assertThat(result.tables()).extracting(TableVintagesTest::outcome).containsExactly("NEW #1");
        // Period: earliest start 2018-04-01 (homicides), latest end 2019-06-30 (satisfaction); series in name order.
        assertThat(store.query("SELECT id, kind, name, bytes, rows, rows_stored, rows_set_aside, set_aside_reason, "
                + "publisher, force_code, period_start, period_end, sample, superseded_by, identity FROM source_file"))
                .containsExactly("1 ncpm-tidy-metric " + figures + " " + Files.size(figures) + " 2 2 0 null "
                        + "ncpm-tidy-metric null 2018-04-01 2019-06-30 false null "
                        + "ncpm-tidy-metric|2018-04-01|2019-06-30|homicide-index,victim-satisfaction");
        assertThat(store.query("SELECT source_file_id, metric, area_code, period_start, period_end, value, lower, upper, "
                + "unit, marker, location, note FROM observation ORDER BY metric")).containsExactly(
                "1 homicide-index K04000001 2018-04-01 2019-03-31 null null null count .. line 3 Home Office Homicide Index",
                "1 victim-satisfaction K04000001 2018-07-01 2019-06-30 67.1 65.2 69.0 percentage null line 2 CSEW");
    }

    @Test
    void the_same_table_bytes_again_are_unchanged_and_leave_the_store_file_byte_identical() throws Exception {
        Path figures = file("figures.csv", tidy(SATISFACTION, HOMICIDES));
        store.commit(figures);
        String before = store.sha256();
        Path copy = file("a-copy-under-another-name.csv", Files.readString(figures));

        CommitResult result = store.commit(copy);

        assertThat(result.tables()).extracting(TableVintagesTest::outcome).containsExactly("UNCHANGED #1");
        assertThat(store.sha256()).isEqualTo(before);
        assertThat(Path.of(storeFile + ".wal")).doesNotExist();
        assertThat(store.query("SELECT count(*) FROM source_file")).containsExactly("1");
        assertThat(store.query("SELECT count(*) FROM observation")).containsExactly("2");
    }

    @Test
    void a_run_where_street_file_and_tables_are_all_unchanged_writes_nothing() throws Exception {
        Path street = StreetCsv.write(dir, "2019-01-cumbria-street.csv", StreetCsv.crimes(2, "c", "2019-01", CUMBRIA));
        Path figures = file("figures.csv", tidy(SATISFACTION));
        Path population = file("population.csv", lines("code,name,MYE2018", "E23000003,Lancashire,1498300"));
        store.commit(street, figures, population);
        String before = store.sha256();

        CommitResult again = store.commit(street, figures, population);

        assertThat(again.streets()).extracting(o -> o.status() + " #" + o.sourceFileId()).containsExactly("UNCHANGED #1");
        assertThat(again.tables()).extracting(TableVintagesTest::outcome).containsExactly("UNCHANGED #2", "UNCHANGED #3");
        assertThat(store.sha256()).isEqualTo(before);
    }

    @Test
    void a_different_file_with_the_same_metrics_and_period_is_a_revision_and_its_values_become_current() throws Exception {
        store.commit(file("figures.csv", tidy(SATISFACTION, HOMICIDES)));
        // The homicide count is now published (was ..) and the satisfaction estimate revised from 67.1 to 66.8.
        Path revised = file("figures.csv", tidy(
                "victim-satisfaction,K04000001,2018-07-01,2019-06-30,66.8,64.9,68.7,percentage,CSEW,revised",
                "homicide-index,K04000001,2018-04-01,2019-03-31,732,,,count,Home Office Homicide Index,"));

        CommitResult result = store.commit(revised);

        assertThat(result.tables()).extracting(TableVintagesTest::outcome).containsExactly("REVISION #2 revises #1");
        assertThat(store.query("SELECT id, superseded_by FROM source_file ORDER BY id")).containsExactly("1 2", "2 null");
        assertThat(store.query("SELECT count(*) FROM observation")).as("both vintages kept").containsExactly("4");
        assertThat(store.query("SELECT source_file_id, metric, value, lower, upper, marker, note FROM current_observation "
                + "ORDER BY metric")).containsExactly(
                "2 homicide-index 732.0 null null null Home Office Homicide Index",
                "2 victim-satisfaction 66.8 64.9 68.7 null CSEW; revised");
    }

    @Test
    void two_tidy_files_with_different_metrics_are_both_new_and_both_current() throws Exception {
        Path satisfaction = file("satisfaction.csv", tidy(SATISFACTION));
        Path homicides = file("homicides.csv", tidy(HOMICIDES));

        CommitResult result = store.commit(satisfaction, homicides);

        assertThat(result.tables()).extracting(TableVintagesTest::outcome).containsExactly("NEW #1", "NEW #2");
        assertThat(store.query("SELECT id, identity, superseded_by FROM source_file ORDER BY id")).containsExactly(
                "1 ncpm-tidy-metric|2018-07-01|2019-06-30|victim-satisfaction null",
                "2 ncpm-tidy-metric|2018-04-01|2019-03-31|homicide-index null");
        assertThat(store.query("SELECT source_file_id, metric FROM current_observation ORDER BY metric"))
                .containsExactly("2 homicide-index", "1 victim-satisfaction");
    }

    @Test
    void the_current_observation_of_a_period_comes_from_the_latest_edition_whatever_the_ingest_order() throws Exception {
        // The later edition (reaching June 2019) revises the year ending June 2018; the earlier edition is loaded last.
        Path later = file("later.csv", tidy(SATISFACTION.replace("67.1", "68.0"),
                "victim-satisfaction,K04000001,2017-07-01,2018-06-30,66.0,64.1,67.9,percentage,CSEW,"));
        Path earlier = file("earlier.csv", tidy(
                "victim-satisfaction,K04000001,2017-07-01,2018-06-30,65.5,63.6,67.4,percentage,CSEW,"));
        store.commit(later);
        store.commit(earlier);

        assertThat(store.query("SELECT period_end, value, source_file_id FROM current_observation ORDER BY period_end"))
                .containsExactly("2018-06-30 66.0 1", "2019-06-30 68.0 1");
    }

    @Test
    void the_population_view_gives_the_revised_estimate() throws Exception {
        store.commit(file("population.csv", lines("code,name,MYE2018", "E23000003,Lancashire,1498300", "E23000002,Cumbria,498900")));
        Path revised = file("population.csv", lines("code,name,MYE2018", "E23000003,Lancashire,1498400", "E23000002,Cumbria,498900"));

        CommitResult result = store.commit(revised);

        assertThat(result.tables()).extracting(TableVintagesTest::outcome).containsExactly("REVISION #2 revises #1");
        assertThat(store.query("SELECT area_code, mid_year, persons, source_file_id, note FROM population ORDER BY area_code"))
                .containsExactly(
                        "E23000002 2018-06-30 498900.0 2 ONS mid-2018 population estimate",
                        "E23000003 2018-06-30 1498400.0 2 ONS mid-2018 population estimate");
    }

    @Test
    void the_population_view_takes_each_mid_year_from_the_newest_edition_that_has_it() throws Exception {
        // Edition 1 has mid-2017 and mid-2018; edition 2 revises mid-2018 and adds mid-2019. Different periods, so
        // both are current vintages: mid-2017 only in edition 1; mid-2018 from edition 2, which reaches further.
        store.commit(file("mye-2018.csv", lines("code,name,MYE2017,MYE2018", "E23000003,Lancashire,1490600,1498300")));
        CommitResult result = store.commit(file("mye-2019.csv", lines("code,name,MYE2018,MYE2019",
                "E23000003,Lancashire,1498400,1506000")));

        assertThat(result.tables()).extracting(TableVintagesTest::outcome).containsExactly("NEW #2");
        assertThat(store.query("SELECT mid_year, persons, source_file_id FROM population ORDER BY mid_year"))
                .containsExactly("2017-06-30 1490600.0 1", "2018-06-30 1498400.0 2", "2019-06-30 1506000.0 2");
    }

    @Test
    void records_the_rows_set_aside_from_a_population_table() throws Exception {
        store.commit(file("population.csv", lines("code,name,MYE2018", "E23000027,Hertfordshire,1184400",
                ",Beds Cambs Herts,2706200")));

        assertThat(store.query("SELECT rows, rows_stored, rows_set_aside, set_aside_reason FROM source_file"))
                .containsExactly("2 1 1 kept out of force and national figures: "
                        + "Beds Cambs Herts (no area code: not a police force area) 1");
    }

    @Test
    void stores_a_street_file_and_tables_of_one_run_together() throws Exception {
        Path folder = dir.resolve("run");
        StreetCsv.write(folder, "2019-01-cumbria-street.csv", StreetCsv.crimes(2, "c", "2019-01", CUMBRIA));
        TableCsv.write(folder, "figures.csv", tidy(SATISFACTION));
        TableCsv.write(folder, "population.csv", lines("code,name,MYE2018", "E23000002,Cumbria,498900"));

        CommitResult result = store.commit(folder);

        assertThat(result.streets()).extracting(o -> o.status() + " #" + o.sourceFileId()).containsExactly("NEW #1");
        assertThat(result.tables()).extracting(TableVintagesTest::outcome).containsExactly("NEW #2", "NEW #3");
        assertThat(store.query("SELECT id, kind FROM source_file ORDER BY id"))
                .containsExactly("1 police-uk-street", "2 ncpm-tidy-metric", "3 ons-pfa-population");
        assertThat(store.query("SELECT count(*) FROM crime_record")).containsExactly("2");
        assertThat(store.query("SELECT metric, area_code FROM current_observation ORDER BY metric"))
                .containsExactly("population E23000002", "victim-satisfaction K04000001");
        assertThat(store.query("SELECT records, status FROM coverage WHERE force_code = 'E23000002'"))
                .containsExactly("2 complete");
    }

    @Test
    void a_run_with_a_bad_tidy_file_stores_nothing_not_even_its_street_rows() throws Exception {
        store.commit(StreetCsv.write(dir, "2019-01-cumbria-street.csv", StreetCsv.crimes(1, "c", "2019-01", CUMBRIA)));
        String before = store.sha256();
        Path folder = dir.resolve("run");
        StreetCsv.write(folder, "2019-02-cumbria-street.csv", StreetCsv.crimes(3, "f", "2019-02", CUMBRIA));
        TableCsv.write(folder, "population.csv", lines("code,name,MYE2018", "E23000002,Cumbria,498900"));
        Path bad = TableCsv.write(folder, "figures.csv", tidy(SATISFACTION,
                "victim-satisfaction,K04000001,2018-07-01,2019-06-30,67.1,70,75,percentage,CSEW,"));

        assertThatExceptionOfType(IngestFailure.class).isThrownBy(() -> store.commit(folder))
                .withMessage("file " + bad + ", line 3, column lower: lower bound 70 is above the value 67.1");

        assertThat(store.sha256()).isEqualTo(before);
        assertThat(store.query("SELECT count(*) FROM source_file")).containsExactly("1");
        assertThat(store.query("SELECT count(*) FROM crime_record")).containsExactly("1");
        assertThat(store.query("SELECT count(*) FROM observation")).containsExactly("0");
    }

    @Test
    void keeps_the_not_available_marker_in_the_store_and_never_a_zero() throws Exception {
        store.commit(file("figures.csv", tidy(HOMICIDES)));

        try (Store opened = Store.open(storeFile, StoreFixture.CATALOGUE)) {
            List<ObservationRow> rows = new ObservationQuery(opened).list(java.util.Optional.empty(), java.util.Optional.empty());
            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(row.value()).isEmpty();
                assertThat(row.marker()).contains("..");
                assertThat(row.status()).isEqualTo("not available in the source (..)");
                assertThat(row.sourceKind()).isEqualTo("ncpm-tidy-metric");
            });
        }
    }
}
