package uk.org.ncpm.ingest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StagingAreaTest {

    private static final long OWN = ProcessHandle.current().pid();

    @TempDir
    Path dir;

    private Process live;

    @AfterEach
    void stop() {
        if (live != null) {
            live.destroy();
        }
    }

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void stages_beside_the_store_in_a_folder_named_by_the_process_and_removes_it_on_close() throws Exception {
        Path folder;
        try (StagingArea staging = StagingArea.besideStore(dir.resolve("ncpm.duckdb"))) {
            folder = staging.folder();
            assertThat(folder).isEqualTo(dir.resolve(".ncpm.duckdb.staging-" + OWN)).isDirectory();
        }
        assertThat(folder).doesNotExist();
    }

    @Test
    void removes_what_crashed_runs_left_and_keeps_folders_of_running_processes_and_other_stores() throws Exception {
        Path crashed = Files.createDirectories(dir.resolve(".ncpm.duckdb.staging-" + deadPid()));
        Files.writeString(crashed.resolve("job-000001.csv"), "1,a,Burglary,,,,,false\n");
        live = new ProcessBuilder("sleep", "60").start();
        Path running = Files.createDirectories(dir.resolve(".ncpm.duckdb.staging-" + live.pid()));
        Path otherStore = Files.createDirectories(dir.resolve(".other.duckdb.staging-" + deadPid()));

        try (StagingArea staging = StagingArea.besideStore(dir.resolve("ncpm.duckdb"))) {
            assertThat(crashed).doesNotExist();
            assertThat(running).isDirectory();
            assertThat(otherStore).isDirectory();
        }
    }
}
