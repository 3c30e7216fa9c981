package uk.org.ncpm.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.ncpm.ingest.Ingest;
import uk.org.ncpm.ingest.IngestBatch;
import uk.org.ncpm.ingest.StagingArea;
import uk.org.ncpm.ingest.StreetCsv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A change made in a working copy: the store's bytes change only by an atomic rename of a complete file. */
class WorkingCopyTest {

    private static final String CUMBRIA = "Cumbria Constabulary";

    @TempDir
    Path dir;

    /** Ingests through a working copy as the CLI does, with {@code beforeRename} between writing and renaming. */
    static CommitResult ingest(Path store, Path file, WorkingCopy.Step beforeRename) throws Exception {
        try (StagingArea staging = StagingArea.create()) {
            IngestBatch batch = Ingest.withDefaults(StoreFixture.CATALOGUE).read(List.of(file), staging);
            try (WorkingCopy copy = WorkingCopy.of(store, beforeRename)) {
                CommitResult result = new Vintages(copy.open(StoreFixture.CATALOGUE), StoreFixture.CATALOGUE)
                        .commit(batch, StoreFixture.NOW);
                if (result.wroteAnything()) {
                    copy.replaceOriginal();
                }
                return result;
            }
        }
    }

    private Path january(String folder, int crimes) throws IOException {
        return StreetCsv.write(dir.resolve(folder), "2019-01-cumbria-street.csv", StreetCsv.crimes(crimes, "c", "2019-01", CUMBRIA));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void a_successful_change_replaces_the_store_and_leaves_no_copy_or_log_behind() throws Exception {
        Path storeDir = Files.createDirectories(dir.resolve("store"));
        Path store = storeDir.resolve("ncpm.duckdb");

        ingest(store, january("a", 3), copy -> { });

        assertThat(names(storeDir)).containsExactly("ncpm.duckdb");
        assertThat(new StoreFixture(store).query("SELECT count(*) FROM current_crime_record")).containsExactly("3");
    }

    @Test
    void a_failure_after_writing_the_copy_leaves_the_store_byte_for_byte_as_it_was() throws Exception {
        Path storeDir = Files.createDirectories(dir.resolve("store"));
        Path store = storeDir.resolve("ncpm.duckdb");
        ingest(store, january("a", 3), copy -> { });
        String before = new StoreFixture(store).sha256();

        assertThatThrownBy(() -> ingest(store, january("b", 5), copy -> {
            assertThat(Files.size(copy)).isPositive();
            throw new IOException("No space left on device (simulated)");
        })).isInstanceOf(StoreException.class)
                .hasMessageContaining("could not be committed, nothing was stored (the store file is unchanged): No space left on device (simulated)");

        assertThat(new StoreFixture(store).sha256()).isEqualTo(before);
        assertThat(names(storeDir)).containsExactly("ncpm.duckdb");
    }

    @Test
    void a_run_of_unchanged_files_does_not_touch_the_store() throws Exception {
        Path store = dir.resolve("store/ncpm.duckdb");
        Path file = january("a", 3);
        ingest(store, file, copy -> { });
        String before = new StoreFixture(store).sha256();
        long modified = Files.getLastModifiedTime(store).toMillis();

        ingest(store, file, copy -> { throw new AssertionError("nothing to write, so nothing to rename"); });

        assertThat(new StoreFixture(store).sha256()).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(store).toMillis()).isEqualTo(modified);
        assertThat(names(store.getParent())).containsExactly("ncpm.duckdb");
    }

    @Test
    void removes_working_copies_that_killed_runs_left() throws Exception {
        Path storeDir = Files.createDirectories(dir.resolve("store"));
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path abandoned = Files.writeString(storeDir.resolve(".ncpm.duckdb.working-" + ended.pid()), "half a store");
        Files.writeString(storeDir.resolve(".ncpm.duckdb.working-" + ended.pid() + ".wal"), "half a log");

        ingest(storeDir.resolve("ncpm.duckdb"), january("a", 3), copy -> { });

        assertThat(abandoned).doesNotExist();
        assertThat(names(storeDir)).containsExactly("ncpm.duckdb");
    }
}
