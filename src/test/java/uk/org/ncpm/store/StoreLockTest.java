package uk.org.ncpm.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreLockTest {

    private static final long OWN = ProcessHandle.current().pid();

    @TempDir
    Path dir;

    private Process other;

    /** A process that stays alive, to stand for another writer. */
    private long livePid() throws Exception {
        other = new ProcessBuilder("sleep", "60").start();
        return other.pid();
    }

    /** The pid of a process that has ended. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    @AfterEach
    void stopOther() {
        if (other != null) {
            other.destroy();
        }
    }

    @Test
    void lives_beside_the_store_and_holds_the_pid_and_command_until_closed() throws Exception {
        Path store = dir.resolve("ncpm.duckdb");
        try (StoreLock lock = StoreLock.take(store, "ingest")) {
            assertThat(Files.readString(dir.resolve("ncpm.duckdb.lock"))).isEqualTo(OWN + " ingest\n");
        }
        assertThat(dir.resolve("ncpm.duckdb.lock")).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void a_live_writer_makes_the_store_busy_naming_its_command_and_pid() throws Exception {
        Path store = dir.resolve("ncpm.duckdb");
        long pid = livePid();
        Files.writeString(dir.resolve("ncpm.duckdb.lock"), pid + " ingest\n");

        assertThatThrownBy(() -> StoreLock.take(store, "compute")).isInstanceOf(StoreBusyException.class)
                .hasMessage("the store " + store + " is busy: ingest (pid " + pid + ") is writing to it; try again when it has finished");
        assertThat(Files.readString(dir.resolve("ncpm.duckdb.lock"))).isEqualTo(pid + " ingest\n");
    }

    @Test
    void a_lock_left_by_a_dead_process_is_taken_over() throws Exception {
        Path store = dir.resolve("ncpm.duckdb");
        Files.writeString(dir.resolve("ncpm.duckdb.lock"), deadPid() + " ingest\n");

        try (StoreLock lock = StoreLock.take(store, "ingest")) {
            assertThat(Files.readString(dir.resolve("ncpm.duckdb.lock"))).isEqualTo(OWN + " ingest\n");
        }
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void is_reentrant_within_one_process() throws Exception {
        Path store = dir.resolve("ncpm.duckdb");
        try (StoreLock outer = StoreLock.take(store, "demo")) {
            try (StoreLock inner = StoreLock.take(store, "ingest")) {
                assertThat(dir.resolve("ncpm.duckdb.lock")).exists();
            }
            assertThat(Files.readString(dir.resolve("ncpm.duckdb.lock"))).isEqualTo(OWN + " demo\n");
        }
        assertThat(dir.resolve("ncpm.duckdb.lock")).doesNotExist();
    }
}
