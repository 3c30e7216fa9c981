package uk.org.ncpm.ingest;

import uk.org.ncpm.catalogue.Catalogue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Reads and validates data.police.uk street files from files, folder trees and archives into a
 * {@link StreetBatch}. Files are read in parallel (one per core); the batch is all-or-nothing: if
 * any file is rejected, the run fails with every rejection and nothing is staged for the store.
 */
public final class StreetIngest {

    private final Catalogue catalogue;
    private final ArchiveLimits limits;
    private final int threads;

    public StreetIngest(Catalogue catalogue, ArchiveLimits limits, int threads) {
        this.catalogue = catalogue;
        this.limits = limits;
        this.threads = threads;
    }

    public static StreetIngest withDefaults(Catalogue catalogue) {
        return new StreetIngest(catalogue, ArchiveLimits.DEFAULT, Runtime.getRuntime().availableProcessors());
    }

    public StreetBatch read(List<java.nio.file.Path> paths, StagingArea staging) throws IngestFailure {
        try (SourceEntries sources = SourceEntries.collect(paths, limits)) {
            List<SkippedFile> skipped = new ArrayList<>();
            List<Job> jobs = new ArrayList<>();
            for (SourceEntry source : sources.entries()) {
                Optional<StreetFileName> name = StreetFileName.parse(source.name());
                if (name.isPresent() && name.get().kind() == StreetFileName.Kind.STREET) {
                    jobs.add(new Job(jobs.size() + 1, source, name.get()));
                } else if (name.isPresent()) {
                    skipped.add(new SkippedFile(source, "data.police.uk " + name.get().kind().suffix()
                            + " file: recognised, not used by NCPM Monitor"));
                } else if (source.name().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    throw IngestException.ofFile(source.displayName(), "name does not follow the data.police.uk "
                            + "archive layout; expected YYYY-MM-<force>-street.csv, e.g. 2019-01-kent-street.csv");
                } else {
                    skipped.add(new SkippedFile(source, "not a CSV file: not read"));
                }
            }
            if (jobs.isEmpty()) {
                throw IngestException.ofFile(paths.stream().map(Object::toString).collect(Collectors.joining(", ")),
                        "no data.police.uk street files found (YYYY-MM-<force>-street.csv)");
            }
            List<StreetFile> files = readAll(jobs, staging);
            return new StreetBatch(files, skipped, staging.finish());
        } catch (IngestException e) {
            throw new IngestFailure(List.of(e));
        } catch (IOException e) {
            throw new IngestFailure(List.of(IngestException.ofFile("(staging area)", "could not be written: " + e.getMessage(), e)));
        }
    }

    private List<StreetFile> readAll(List<Job> jobs, StagingArea staging) throws IngestFailure {
        StreetFileReader reader = new StreetFileReader(catalogue);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<StreetFile>> futures = new ArrayList<>();
            for (Job job : jobs) {
                futures.add(pool.submit(() -> reader.read(job.number, job.source, job.name, staging)));
            }
            List<StreetFile> files = new ArrayList<>();
            List<IngestException> errors = new ArrayList<>();
            for (Future<StreetFile> future : futures) {
                try {
                    files.add(future.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IngestException ingest) {
                        errors.add(ingest);
                    } else {
                        throw new IllegalStateException("unexpected failure reading street files", e.getCause());
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

    private record Job(int number, SourceEntry source, StreetFileName name) {
    }

}
