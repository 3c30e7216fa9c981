package uk.org.ncpm.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A second writer is told at once, before it reads any input, that the store is busy. */
class BusyStoreCommandTest {

    @TempDir
    Path dir;

    private Process writer;

    @AfterEach
    void stopWriter() {
        writer.destroy();
    }

    @Test
    void ingest_and_compute_are_refused_while_another_process_writes() throws Exception {
        writer = new ProcessBuilder("sleep", "60").start();
        Path store = dir.resolve("ncpm.duckdb");
        Files.writeString(dir.resolve("ncpm.duckdb.lock"), writer.pid() + " ingest\n");
        String busy = "error: the store " + store + " is busy: ingest (pid " + writer.pid() + ") is writing to it";

        // The input does not exist: had it been read first, the message would say so.
        CliRun ingest = CliRun.of("ingest", "--store", store.toString(), dir.resolve("missing.csv").toString());
        CliRun compute = CliRun.of("compute", "--store", store.toString());

        assertThat(ingest.exitCode()).isEqualTo(1);
        assertThat(ingest.err()).startsWith(busy);
        assertThat(compute.exitCode()).isEqualTo(1);
        assertThat(compute.err()).startsWith(busy);
        assertThat(store).doesNotExist();
    }
}
