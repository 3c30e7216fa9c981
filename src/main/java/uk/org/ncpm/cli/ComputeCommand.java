package uk.org.ncpm.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.measures.Computation;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreException;
import uk.org.ncpm.store.StoreLock;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;

@Command(name = "compute", mixinStandardHelpOptions = true,
        description = {"Compute the figures: every catalogue metric from each of its sources, for England and Wales "
                + "and each force, for every rolling year from the baseline (year ending June 2019) to the latest the "
                + "data support, judged against the baseline.",
                "Only metric sources whose inputs changed since the last compute are rebuilt."})
final class ComputeCommand implements Callable<Integer> {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ComputeCommand.class);

    @Mixin
    StoreOption store;

    @Option(names = "--all", description = "Rebuild every figure, changed or not.")
    boolean all;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return compute(store, all, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Shared with {@code update}, which computes after fetching. */
    static int compute(StoreOption store, boolean all, PrintWriter out, PrintWriter err) {
        long started = System.nanoTime();
        try (StoreLock lock = store.lockExisting("compute"); Store opened = store.openExisting()) {
            LOG.info("compute: store opened in {} ms", (System.nanoTime() - started) / 1_000_000);
            long computing = System.nanoTime();
            Computation.Result result = new Computation(opened, Catalogue.bundled()).run(all, Instant.now());
            LOG.info("compute: figures read, computed and written in {} ms", (System.nanoTime() - computing) / 1_000_000);
            out.printf("Computed %d metric sources (%d unchanged, skipped): %d figures, %d available, "
                            + "%d not available, in %.1f s.%n", result.sourcesComputed(), result.sourcesUnchanged(),
                    result.figures(), result.available(), result.figures() - result.available(),
                    (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
