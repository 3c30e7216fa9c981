package uk.org.ncpm.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A private temporary folder holding validated, normalised rows until the store takes them in
 * one transaction. Nothing reaches the store until every file of the run has passed. Each street
 * file gets its own staging file: DuckDB loads many files in parallel (measured: 193 files in
 * 2.95 s against the same rows in two files in 4.72 s), and the store can then load exactly the
 * files that are new.
 */
public final class StagingArea implements AutoCloseable {

    private final Path folder;

    private StagingArea(Path folder) {
        this.folder = folder;
    }

    public static StagingArea create() throws IOException {
        return new StagingArea(Files.createTempDirectory("ncpm-ingest-"));
    }

    /** A writer for the staged rows of one street file of the run. */
    StagingWriter writer(int job) throws IOException {
        return new StagingWriter(folder.resolve(String.format("job-%06d.csv", job)));
    }

    @Override
    public void close() {
        deleteTree(folder);
    }

    /** Deletes a folder and everything under it. */
    public static void deleteTree(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("folder " + folder + " could not be removed", e);
        }
    }
}
