package uk.org.ncpm.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.ncpm.ingest.StreetCsv;
import uk.org.ncpm.ingest.StreetCsv.Row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real full disk: the store on an 8 MB tmpfs, then an ingest too big for it. Needs root to mount
 * (CI runs as root); skipped elsewhere.
 */
class FullFilesystemTest {

    @TempDir
    Path dir;

    private Path mounted;

    private static int run(String... command) throws Exception {
        return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor();
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            run("umount", mounted.toString());
        }
    }

    /** Random ids do not compress: 200,000 of them need more than the 8 MB disk has left. */
    static Path bigFile(Path folder) throws Exception {
        Random random = new Random(11);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            rows.add(Row.crime(Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong())
                    + Long.toHexString(random.nextLong()), "2019-02", "Cumbria Constabulary")
                    .set("Location", "On or near " + Long.toHexString(random.nextLong())));
        }
        return StreetCsv.write(folder, "2019-02-cumbria-street.csv", rows);
    }

    private Path smallDisk() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("small-disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", disk.toString()) == 0,
                "a tmpfs can be mounted (root only)");
        mounted = disk;
        return disk;
    }

    @Test
    void through_the_command_staging_that_fills_the_disk_says_so_and_leaves_the_store_as_it_was() throws Exception {
        Path store = smallDisk().resolve("ncpm.duckdb");
        Path small = StreetCsv.write(dir.resolve("a"), "2019-01-cumbria-street.csv",
                StreetCsv.crimes(3, "c", "2019-01", "Cumbria Constabulary"));
        assertThat(uk.org.ncpm.cli.Ncpm.run(new String[] {"ingest", "--store", store.toString(), small.toString()},
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))).isZero();
        String before = new StoreFixture(store).sha256();
        Path big = bigFile(dir.resolve("b"));
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();

        int code = uk.org.ncpm.cli.Ncpm.run(new String[] {"ingest", "--store", store.toString(), big.toString()},
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), new java.io.PrintStream(err, true));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("file " + big + ": its rows could not be staged beside the store (")
                .contains("No space left on device");
        assertThat(new StoreFixture(store).sha256()).isEqualTo(before);
        try (Stream<Path> left = Files.list(store.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactly("ncpm.duckdb");
        }
    }

    @Test
    void a_commit_that_fills_the_disk_leaves_the_store_byte_for_byte_as_it_was() throws Exception {
        Path disk = smallDisk();
        Path store = disk.resolve("ncpm.duckdb");
        String cumbria = "Cumbria Constabulary";
        WorkingCopyTest.ingest(store, StreetCsv.write(dir.resolve("a"), "2019-01-cumbria-street.csv",
                StreetCsv.crimes(3, "c", "2019-01", cumbria)), copy -> { });
        String before = new StoreFixture(store).sha256();
        Path big = bigFile(dir.resolve("b"));

        assertThatThrownBy(() -> WorkingCopyTest.ingest(store, big, copy -> { }))
                .isInstanceOf(StoreException.class);

        assertThat(new StoreFixture(store).sha256()).isEqualTo(before);
        try (Stream<Path> left = Files.list(disk)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactly("ncpm.duckdb");
        }
    }
}
