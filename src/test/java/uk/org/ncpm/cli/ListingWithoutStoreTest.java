package uk.org.ncpm.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Listing commands read a store; a mistyped --store must not leave an empty one behind. */
class ListingWithoutStoreTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sources", "coverage", "observations"})
    void a_missing_store_exits_1_naming_it_and_is_not_created(String command) {
        Path missing = dir.resolve("typo/ncpm.duckdb");

        CliRun run = CliRun.of(command, "--store", missing.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly("error: no store at " + missing + "; load data first "
                + "(./ncpm demo, or ./ncpm ingest PATH...) or name another with --store");
        assertThat(missing).doesNotExist();
        assertThat(missing.getParent()).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sources", "coverage", "observations"})
    void a_missing_store_in_an_existing_folder_is_not_created_either(String command) {
        Path missing = dir.resolve("ncpm.duckdb");

        CliRun run = CliRun.of(command, "--store", missing.toString(), "--format", "csv");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: no store at " + missing + ";");
        assertThat(missing).doesNotExist();
        assertThat(Path.of(missing + ".wal")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sources", "coverage", "observations"})
    void a_folder_is_not_a_store(String command) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("data"));

        CliRun run = CliRun.of(command, "--store", folder.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: no store at " + folder + ";");
    }
}
