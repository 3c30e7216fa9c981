package uk.org.ncpm.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A private folder holding validated, normalised rows until the store takes them in
 * one transaction. Nothing reaches the store until every file of the run has passed. Each street
 * file gets its own staging file: DuckDB loads many files in parallel (measured: 193 files in
 * 2.95 s against the same rows in two files in 4.72 s), and the store can then load exactly the
 * files that are new.
 *
 * <p>The folder sits beside the store ({@code .ncpm.duckdb.staging-<pid>}), on the same disk the rows are
 * going to, and named by the process, so the next run can remove what a killed run left behind
 * (once up to 297 MB per run in /tmp, never cleaned). Only folders of processes no longer running are removed.
 */
public final class StagingArea implements AutoCloseable {

    private final Path folder;

    private StagingArea(Path folder) {
        this.folder = folder;
    }

    private static final Pattern STAGING = Pattern.compile("\\.(.+)\\.staging-(\\d+)");

    /** A folder in the system's temporary folder, for runs without a store (tests, tools). */
    public static StagingArea create() throws IOException {
        return new StagingArea(Files.createTempDirectory("ncpm-ingest-"));
    }

    /**
     * The staging folder of this process beside {@code store}, after removing those that crashed runs left.
     * The caller holds the store's lock, so no other live run of this store stages there.
     */
    public static StagingArea besideStore(Path store) throws IOException {
        Path absolute = store.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        String storeName = absolute.getFileName().toString();
        removeAbandoned(parent, storeName);
        Path folder = parent.resolve(folderName(storeName, ProcessHandle.current().pid()));
        if (Files.exists(folder)) {
            deleteTree(folder);
        }
        return new StagingArea(Files.createDirectory(folder));
    }

    static String folderName(String storeName, long pid) {
        return "." + storeName + ".staging-" + pid;
    }

    /** Removes the staging folders of {@code storeName} whose process is no longer running; returns them. */
    public static List<Path> removeAbandoned(Path parent, String storeName) throws IOException {
        List<Path> removed = new ArrayList<>();
        try (Stream<Path> list = Files.list(parent)) {
            for (Path candidate : list.toList()) {
                Matcher m = STAGING.matcher(candidate.getFileName().toString());
                if (m.matches() && m.group(1).equals(storeName) && Files.isDirectory(candidate, LinkOption.NOFOLLOW_LINKS)
                        && !running(Long.parseLong(m.group(2)))) {
                    deleteTree(candidate);
                    removed.add(candidate);
                }
            }
        }
        return removed;
    }

    private static boolean running(long pid) {
        return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    public Path folder() {
        return folder;
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
