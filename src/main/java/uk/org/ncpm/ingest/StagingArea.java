package uk.org.ncpm.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A private temporary folder holding validated, normalised rows until the store takes them in
 * one transaction. Nothing reaches the store until every file of the run has passed.
 */
public final class StagingArea implements AutoCloseable {

    private final Path folder;

    private StagingArea(Path folder) {
        this.folder = folder;
    }

    public static StagingArea create() throws IOException {
        return new StagingArea(Files.createTempDirectory("ncpm-ingest-"));
    }

    Path fileFor(int job) {
        return folder.resolve(String.format("job-%06d.csv", job));
    }

    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("staging folder " + folder + " could not be removed", e);
        }
    }
}
