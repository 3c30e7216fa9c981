package uk.org.ncpm.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.ncpm.ingest.StreetCsv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A header-only street file may not silently empty a stored month. */
class EmptyRevisionCommandTest {

    private static final String CUMBRIA = "Cumbria Constabulary";

    @TempDir
    Path dir;

    @Test
    void refuses_a_header_only_file_that_would_replace_stored_records_and_leaves_the_store_unchanged() throws Exception {
        String store = dir.resolve("ncpm.duckdb").toString();
        Path full = StreetCsv.write(dir.resolve("a"), "2018-12-cumbria-street.csv", StreetCsv.crimes(3, "c", "2018-12", CUMBRIA));
        Path empty = StreetCsv.write(dir.resolve("b"), "2018-12-cumbria-street.csv", List.of());
        assertThat(CliRun.of("ingest", "--store", store, full.toString()).exitCode()).isZero();
        String before = FileDigest.sha256(Path.of(store));

        CliRun run = CliRun.of("ingest", "--store", store, empty.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("error: file " + empty + ": header only: would replace 3 stored records for "
                + "Cumbria Constabulary 2018-12 with none; give --allow-empty to store it anyway");
        assertThat(FileDigest.sha256(Path.of(store))).isEqualTo(before);
    }

    @Test
    void stores_it_when_allowed() throws Exception {
        String store = dir.resolve("ncpm.duckdb").toString();
        Path full = StreetCsv.write(dir.resolve("a"), "2018-12-cumbria-street.csv", StreetCsv.crimes(3, "c", "2018-12", CUMBRIA));
        Path empty = StreetCsv.write(dir.resolve("b"), "2018-12-cumbria-street.csv", List.of());
        CliRun.of("ingest", "--store", store, full.toString());

        CliRun run = CliRun.of("ingest", "--store", store, "--allow-empty", empty.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("revision");
    }

    @Test
    void a_header_only_file_for_a_new_month_is_stored_as_before() throws Exception {
        String store = dir.resolve("ncpm.duckdb").toString();
        Path empty = StreetCsv.write(dir, "2018-12-cumbria-street.csv", List.of());

        CliRun run = CliRun.of("ingest", "--store", store, empty.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.exists(Path.of(store))).isTrue();
    }
}
