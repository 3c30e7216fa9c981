package uk.org.ncpm.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Turns the paths a user names (files, folder trees, zip archives) into the entries to read.
 * Archives are read entry by entry as streams, never unpacked to disk. Open archives stay open
 * until {@link #close()}.
 */
public final class SourceEntries implements AutoCloseable {

    private final ArchiveLimits limits;
    private final List<ZipFile> archives = new ArrayList<>();
    private final List<SourceEntry> entries = new ArrayList<>();

    private SourceEntries(ArchiveLimits limits) {
        this.limits = limits;
    }

    public static SourceEntries collect(List<Path> paths, ArchiveLimits limits) throws IngestException {
        SourceEntries result = new SourceEntries(limits);
        try {
            for (Path path : paths) {
                result.add(path);
            }
            return result;
        } catch (IngestException e) {
            result.close();
            throw e;
        }
    }

    public List<SourceEntry> entries() {
        return List.copyOf(entries);
    }

    private void add(Path path) throws IngestException {
        if (!Files.exists(path)) {
            throw IngestException.ofFile(path.toString(), "no such file or folder");
        }
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    addFile(file);
                }
            } catch (IOException e) {
                throw IngestException.ofFile(path.toString(), "folder could not be read: " + e.getMessage(), e);
            }
        } else if (Files.isRegularFile(path)) {
            addFile(path);
        } else {
            // Opening a named pipe blocks until a writer comes, for ever: refuse it before opening.
            throw IngestException.ofFile(path.toString(), "not a regular file (a named pipe, device or socket): not read; "
                    + "name files, folders or zip archives");
        }
    }

    private void addFile(Path file) throws IngestException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            addArchive(file);
        } else {
            entries.add(new SourceEntry(file.toString(), Optional.empty(), () -> Files.newInputStream(file)));
        }
    }

    private void addArchive(Path file) throws IngestException {
        String container = file.toString();
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (IOException e) {
            throw IngestException.ofFile(container, "not a readable zip archive: " + e.getMessage(), e);
        }
        archives.add(zip);
        if (zip.size() > limits.maxEntries()) {
            throw IngestException.ofFile(container, "archive has " + zip.size() + " entries; at most "
                    + limits.maxEntries() + " are accepted");
        }
        List<ZipEntry> files = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        long total = 0;
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            checkPath(container, entry.getName());
            if (!names.add(entry.getName())) {
                // Readers disagree on which of two same-named entries is "the" file: refuse rather than pick one.
                throw IngestException.ofFile(container + "!" + entry.getName(), "the archive holds two entries named "
                        + entry.getName() + "; which one is meant cannot be told");
            }
            if (entry.isDirectory()) {
                continue;
            }
            checkSize(container, entry);
            total += entry.getSize();
            files.add(entry);
        }
        if (total > limits.maxTotalBytes()) {
            throw IngestException.ofFile(container, "archive expands to " + total + " bytes; at most "
                    + limits.maxTotalBytes() + " are accepted");
        }
        files.sort(java.util.Comparator.comparing(ZipEntry::getName));
        for (ZipEntry entry : files) {
            String what = container + "!" + entry.getName();
            entries.add(new SourceEntry(entry.getName(), Optional.of(container),
                    () -> new BoundedInputStream(zip.getInputStream(entry), entry.getSize(), what)));
        }
    }

    /** Entry names must stay inside the archive (no "zip slip"). */
    private static void checkPath(String container, String name) throws IngestException {
        String normal = name.replace('\\', '/');
        boolean escapes = normal.startsWith("/") || normal.matches("^[A-Za-z]:.*")
                || Stream.of(normal.split("/")).anyMatch(".."::equals);
        if (escapes) {
            throw IngestException.ofFile(container + "!" + name,
                    "archive entry path points outside the archive; expected a relative path such as 2019-01/2019-01-kent-street.csv");
        }
    }

    private void checkSize(String container, ZipEntry entry) throws IngestException {
        String what = container + "!" + entry.getName();
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size < 0 || compressed < 0) {
            throw IngestException.ofFile(what, "archive entry does not declare its size");
        }
        if (size > limits.maxEntryBytes()) {
            throw IngestException.ofFile(what, "entry expands to " + size + " bytes; at most "
                    + limits.maxEntryBytes() + " are accepted");
        }
        if (size >= limits.ratioFromBytes() && size > Math.max(compressed, 1) * limits.maxRatio()) {
            throw IngestException.ofFile(what, String.format(java.util.Locale.ROOT,
                    "entry expands %.1f times its compressed size; at most %d is accepted",
                    (double) size / Math.max(compressed, 1), limits.maxRatio()));
        }
    }

    @Override
    public void close() {
        for (ZipFile zip : archives) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // read-only archive: nothing to lose on a failed close
            }
        }
        archives.clear();
    }
}
