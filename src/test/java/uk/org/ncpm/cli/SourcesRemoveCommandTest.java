package uk.org.ncpm.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.ncpm.ingest.StreetCsv;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Undo: a wrong file is taken out, and removing a revision rolls the file back to its earlier vintage. */
class SourcesRemoveCommandTest {

    private static final String CUMBRIA = "Cumbria Constabulary";

    @TempDir
    Path dir;

    private String store() {
        return dir.resolve("ncpm.duckdb").toString();
    }

    private Path january(String folder, int crimes) throws Exception {
        return StreetCsv.write(dir.resolve(folder), "2019-01-cumbria-street.csv", StreetCsv.crimes(crimes, "c", "2019-01", CUMBRIA));
    }

    private List<String> query(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    cells.add(String.valueOf(rs.getObject(i)));
                }
                rows.add(String.join(" ", cells));
            }
            return rows;
        }
    }

    @Test
    void removing_the_newest_vintage_makes_the_earlier_one_current_and_keeps_the_audit() throws Exception {
        CliRun.of("ingest", "--store", store(), january("a", 3).toString());
        Path revision = january("b", 5);
        CliRun.of("ingest", "--store", store(), revision.toString());

        CliRun run = CliRun.of("sources", "remove", "--store", store(), "#2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "removed    vintage #2 2019-01-cumbria-street.csv (cumbria, 2019-01-01 to 2019-01-31, 5 rows): vintage #1 is current again"
                        .replace("2019-01-cumbria-street.csv", revision.toAbsolutePath().toString()),
                "Removed 1 vintages; the audit keeps what they were. Figures follow on the next `ncpm compute`.");
        assertThat(query("SELECT id, superseded_by FROM source_file")).containsExactly("1 null");
        assertThat(query("SELECT count(*) FROM crime_record")).containsExactly("3");
        assertThat(query("SELECT records FROM coverage WHERE force_code = (SELECT force_code FROM source_file)"))
                .containsExactly("3");
        assertThat(query("SELECT id, rows, was_current, made_current FROM removed_vintage")).containsExactly("2 5 true 1");
    }

    @Test
    void ids_of_removed_vintages_are_never_given_again() throws Exception {
        CliRun.of("ingest", "--store", store(), january("a", 3).toString());
        CliRun.of("sources", "remove", "--store", store(), "1");

        CliRun.of("ingest", "--store", store(), january("b", 4).toString());

        assertThat(query("SELECT id, superseded_by FROM source_file")).containsExactly("2 null");
        assertThat(query("SELECT count(*) FROM coverage WHERE records > 0")).containsExactly("1");
    }

    @Test
    void removing_an_earlier_vintage_keeps_the_current_one() throws Exception {
        CliRun.of("ingest", "--store", store(), january("a", 3).toString());
        CliRun.of("ingest", "--store", store(), january("b", 5).toString());

        CliRun run = CliRun.of("sources", "remove", "--store", store(), "1");

        assertThat(run.out()).contains(": an earlier vintage, not used by figures");
        assertThat(query("SELECT id, superseded_by FROM source_file")).containsExactly("2 null");
        assertThat(query("SELECT count(*) FROM crime_record")).containsExactly("5");
    }

    @Test
    void an_unknown_or_already_removed_vintage_changes_nothing() throws Exception {
        CliRun.of("ingest", "--store", store(), january("a", 3).toString());
        CliRun.of("ingest", "--store", store(), january("b", 5).toString());
        CliRun.of("sources", "remove", "--store", store(), "2");
        String before = FileDigest.sha256(Path.of(store()));

        CliRun unknown = CliRun.of("sources", "remove", "--store", store(), "1", "9");
        CliRun again = CliRun.of("sources", "remove", "--store", store(), "2");

        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("error: no vintage #9 in the store " + store() + " (ncpm sources lists them); nothing was changed");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("error: vintage #2 (" + dir.resolve("b/2019-01-cumbria-street.csv") + ") was already removed on ");
        assertThat(FileDigest.sha256(Path.of(store()))).isEqualTo(before);
    }

    @Test
    void figures_follow_on_the_next_compute() throws Exception {
        CliRun.of("ingest", "--store", store(), january("a", 3).toString());
        CliRun.of("ingest", "--store", store(), january("b", 5).toString());
        assertThat(CliRun.of("compute", "--store", store()).exitCode()).isZero();
        CliRun unchanged = CliRun.of("compute", "--store", store());
        CliRun.of("sources", "remove", "--store", store(), "2");

        CliRun after = CliRun.of("compute", "--store", store());

        assertThat(unchanged.out()).contains("Computed 0 metric sources");
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(after.out()).doesNotContain("Computed 0 metric sources");
    }
}
