package uk.org.ncpm.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A private temporary folder holding validated, normalised rows until the store takes them in
 * one transaction. Nothing reaches the store until every file of the run has passed. Each reading
 * thread appends to its own staging file: the store then bulk-loads a few large files rather than
 * one small file per force and month, which DuckDB reads several times faster.
 */
public final class StagingArea implements AutoCloseable {

    private final Path folder;
    private final Map<Thread, StagingWriter> writers = new ConcurrentHashMap<>();

    private StagingArea(Path folder) {
        this.folder = folder;
    }

    public static StagingArea create() throws IOException {
        return new StagingArea(Files.createTempDirectory("ncpm-ingest-"));
    }

    /** The calling thread's staging writer. */
    StagingWriter writer() {
        return writers.computeIfAbsent(Thread.currentThread(), thread -> {
            try {
                return new StagingWriter(folder.resolve("staged-" + writers.size() + "-" + thread.getId() + ".csv"));
            } catch (IOException e) {
                throw new UncheckedIOException("staging file could not be created in " + folder, e);
            }
        });
    }

    /** Closes the writers; returns the staged files, ready to load. */
    List<Path> finish() throws IOException {
        List<Path> files = new ArrayList<>();
        for (StagingWriter writer : writers.values()) {
            writer.close();
            files.add(writer.file());
        }
        writers.clear();
        files.sort(Comparator.naturalOrder());
        return files;
    }

    @Override
    public void close() {
        for (StagingWriter writer : writers.values()) {
            try {
                writer.close();
            } catch (IOException ignored) {
                // the folder is deleted next
            }
        }
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
