package uk.org.ncpm.ingest;

import uk.org.ncpm.catalogue.Catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Reads and validates everything a user names — files, folder trees, archives — into one
 * {@link IngestBatch}: each file's format is recognised from its content, street files are
 * streamed into the staging area, tables are read whole. Files are read in parallel (one per
 * core). All or nothing: if any file is rejected, the run fails with every rejection.
 */
public final class Ingest {

    /** Documentation that travels with data (e.g. the sample's README) is skipped, not an error. */
    private static final List<String> DOCUMENT_ENDINGS = List.of(".txt", ".md", ".pdf", ".html", ".htm");
    private static final int HEAD_BYTES = 64 * 1024;

    private final Catalogue catalogue;
    private final ArchiveLimits limits;
    private final int threads;
    private final PublicationWindow window;

    public Ingest(Catalogue catalogue, ArchiveLimits limits, int threads) {
        this(catalogue, limits, threads, PublicationWindow.endingNow(Clock.systemUTC()));
    }

    public Ingest(Catalogue catalogue, ArchiveLimits limits, int threads, PublicationWindow window) {
        this.catalogue = catalogue;
        this.limits = limits;
        this.threads = threads;
        this.window = window;
    }

    public static Ingest withDefaults(Catalogue catalogue) {
        return new Ingest(catalogue, ArchiveLimits.DEFAULT, Runtime.getRuntime().availableProcessors());
    }

    public IngestBatch read(List<Path> paths, StagingArea staging) throws IngestFailure {
        try (SourceEntries sources = SourceEntries.collect(paths, limits)) {
            List<SkippedFile> skipped = new ArrayList<>();
            List<Callable<Object>> jobs = new ArrayList<>();
            StreetFileReader streets = new StreetFileReader(catalogue);
            TableFileReader tables = new TableFileReader(catalogue, limits);
            for (SourceEntry source : sources.entries()) {
                Optional<StreetFileName> name = StreetFileName.parse(source.name());
                if (isMacMetadata(source)) {
                    skipped.add(new SkippedFile(source, "macOS metadata, not data: not read"));
                } else if (name.isPresent() && name.get().kind() == StreetFileName.Kind.STREET) {
                    window.check(source.displayName(), name.get().month());
                    int job = jobs.size() + 1;
                    jobs.add(() -> streets.read(job, source, name.get(), staging));
                } else if (name.isPresent()) {
                    skipped.add(new SkippedFile(source, "data.police.uk " + name.get().kind().suffix()
                            + " file: recognised, not used by NCPM Monitor"));
                } else if (isDocument(source)) {
                    skipped.add(new SkippedFile(source, "documentation, not data: not read"));
                } else {
                    SourceFormat format = detect(source);
                    jobs.add(() -> tables.read(source, format));
                }
            }
            if (jobs.isEmpty()) {
                throw IngestException.ofFile(paths.stream().map(Object::toString).collect(Collectors.joining(", ")),
                        "no data files found; supported: " + SourceFormat.supported());
            }
            List<StreetFile> streetFiles = new ArrayList<>();
            List<TableFile> tableFiles = new ArrayList<>();
            for (Object file : runAll(jobs)) {
                if (file instanceof StreetFile street) {
                    streetFiles.add(street);
                } else {
                    tableFiles.add((TableFile) file);
                }
            }
            return new IngestBatch(new StreetBatch(streetFiles, skipped), tableFiles);
        } catch (IngestException e) {
            throw new IngestFailure(List.of(e));
        }
    }

    private static boolean isDocument(SourceEntry source) {
        String lower = source.name().toLowerCase(Locale.ROOT);
        return DOCUMENT_ENDINGS.stream().anyMatch(lower::endsWith);
    }

    /** Zips made on a Mac carry __MACOSX/ folders and ._ files: resource forks, not data. */
    private static boolean isMacMetadata(SourceEntry source) {
        String path = source.name().replace('\\', '/');
        String base = path.substring(path.lastIndexOf('/') + 1);
        return path.startsWith("__MACOSX/") || path.contains("/__MACOSX/") || base.startsWith("._") || base.equals(".DS_Store");
    }

    private static SourceFormat detect(SourceEntry source) throws IngestException {
        byte[] head;
        try (InputStream in = source.open()) {
            head = in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw IngestException.ofFile(source.displayName(), "could not be read: " + e.getMessage(), e);
        }
        Optional<SourceFormat> format = FormatDetector.detect(head);
        if (format.isEmpty()) {
            throw IngestException.ofFile(source.displayName(), "format not recognised from its content (header line: '"
                    + abbreviate(FormatDetector.firstLine(head)) + "'); supported: " + SourceFormat.supported());
        }
        if (format.get() == SourceFormat.POLICE_UK_STREET) {
            throw IngestException.ofFile(source.displayName(), "a data.police.uk street file must be named as in the archive "
                    + "layout, YYYY-MM-<force>-street.csv (e.g. 2019-01-kent-street.csv): the name gives its month and force");
        }
        return format.get();
    }

    private static String abbreviate(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 80 ? printable.substring(0, 80) + "…" : printable;
    }

    /** Runs every job; collects every rejection rather than stopping at the first. */
    private List<Object> runAll(List<Callable<Object>> jobs) throws IngestFailure {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> job : jobs) {
                futures.add(pool.submit(job));
            }
            List<Object> files = new ArrayList<>();
            List<IngestException> errors = new ArrayList<>();
            for (Future<Object> future : futures) {
                try {
                    files.add(future.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IngestException ingest) {
                        errors.add(ingest);
                    } else {
                        throw new IllegalStateException("unexpected failure reading input files", e.getCause());
                    }
                }
            }
            if (!errors.isEmpty()) {
                throw new IngestFailure(errors);
            }
            return files;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestFailure(List.of(IngestException.ofFile("(ingest run)", "interrupted")));
        } finally {
            pool.shutdownNow();
        }
    }
}
