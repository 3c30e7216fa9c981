package uk.org.ncpm.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.ingest.IngestException;
import uk.org.ncpm.ingest.IngestFailure;
import uk.org.ncpm.ingest.StagingArea;
import uk.org.ncpm.ingest.Ingest;
import uk.org.ncpm.ingest.IngestBatch;
import uk.org.ncpm.store.StoreException;
import uk.org.ncpm.store.StoreLock;
import uk.org.ncpm.store.WorkingCopy;
import uk.org.ncpm.store.EmptyRevisionException;
import uk.org.ncpm.store.CommitResult;
import uk.org.ncpm.store.Vintages;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Load official data files into the store; each file's format is recognised from its content: "
                + "data.police.uk street files (single *-street.csv files, folder trees, or zips in the archive layout "
                + "YYYY-MM/YYYY-MM-<force>-street.csv), Home Office recorded crime tables (CSV/ODS), the offence-group "
                + "roll-up (CSV), ONS police force area tables (XLSX), ONS population estimates (CSV), "
                + "and NCPM tidy metric files (CSV).",
                "One run is one transaction: if any file is rejected, nothing is stored."})
final class IngestCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(IngestCommand.class);

    @Mixin
    StoreOption store;

    @Mixin
    VerboseOption verbose;

    @Option(names = "--allow-empty", description = "Store header-only street files even where they replace a month's "
            + "stored records (refused otherwise: an empty download is more likely than a withdrawn month).")
    boolean allowEmpty;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or zip archives to load.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return ingest(store, paths, spec.commandLine().getOut(), spec.commandLine().getErr(), true, allowEmpty, verbose);
    }

    /** Shared with {@code demo}, which loads the sample dataset through exactly this path. */
    static int ingest(StoreOption store, List<Path> paths, PrintWriter out, PrintWriter err, boolean perFile,
                      boolean allowEmpty, VerboseOption verbose) {
        Catalogue catalogue = Catalogue.bundled();
        long started = System.nanoTime();
        try (StoreLock lock = store.lock("ingest"); StagingArea staging = StagingArea.besideStore(store.path)) {
            IngestBatch batch = Ingest.withDefaults(catalogue).read(paths, staging);
            LOG.info("ingest: read and validated {} street files and {} tables in {} ms", batch.street().files().size(),
                    batch.tables().size(), millisSince(started));
            logProcessCpu("read and validated");
            CommitResult outcomes;
            long committing = System.nanoTime();
            // Written in a copy that replaces the store only when complete: a failure leaves the store's bytes as they were.
            try (WorkingCopy copy = WorkingCopy.of(store.path)) {
                LOG.info("ingest: working copy of the store made in {} ms", millisSince(committing));
                outcomes = new Vintages(copy.open(catalogue), catalogue).commit(batch, Instant.now(), allowEmpty);
                if (outcomes.wroteAnything()) {
                    copy.replaceOriginal();
                }
            }
            LOG.info("ingest: committed to {} in {} ms", store.path, millisSince(committing));
            logProcessCpu("committed");
            new IngestReport(catalogue, batch, outcomes).print(out, millisSince(started), perFile);
            return 0;
        } catch (IngestFailure failure) {
            for (IngestException e : failure.errors()) {
                err.println("error: " + e.getMessage());
                verbose.explain(e, err);
            }
            err.println("Nothing was stored: the store is as it was before this run.");
            return 1;
        } catch (EmptyRevisionException e) {
            err.println("error: " + e.getMessage() + "; give --allow-empty to store it anyway");
            err.println("Nothing was stored: the store is as it was before this run.");
            return 1;
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            verbose.explain(e, err);
            return 1;
        } catch (IOException e) {
            err.println("error: staging folder beside the store: " + e.getMessage());
            return 1;
        }
    }

    /** CPU time of the whole process (every thread, DuckDB's included): on a shared machine it says more than wall time. */
    private static void logProcessCpu(String step) {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            LOG.info("ingest: process CPU time when {}: {} ms", step, os.getProcessCpuTime() / 1_000_000);
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
