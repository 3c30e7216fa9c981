package uk.org.ncpm.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.store.RemovedVintage;
import uk.org.ncpm.store.StoreException;
import uk.org.ncpm.store.StoreLock;
import uk.org.ncpm.store.VintageRemoval;
import uk.org.ncpm.store.WorkingCopy;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Take vintages (the ids `ncpm sources` lists) out of the store: their rows and observations are "
                + "deleted, what they were is kept in the store's audit (table removed_vintage).",
                "Removing the newest vintage of a file makes the one before it current again: that is how a file is "
                        + "rolled back. Figures follow on the next `ncpm compute`."})
final class SourcesRemoveCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Mixin
    VerboseOption verbose;

    @Parameters(arity = "1..*", paramLabel = "VINTAGE", description = "Vintage ids, e.g. 12 or #12.")
    List<String> vintages;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Long> ids;
        try {
            ids = vintages.stream().map(v -> Long.parseLong(v.startsWith("#") ? v.substring(1) : v)).toList();
        } catch (NumberFormatException e) {
            err.println("error: a vintage is named by its id, a whole number as `ncpm sources` lists it; found " + vintages);
            return 2;
        }
        Catalogue catalogue = Catalogue.bundled();
        try (StoreLock lock = store.lockExisting("sources remove")) {
            List<RemovedVintage> removed;
            try (WorkingCopy copy = WorkingCopy.of(store.path)) {
                removed = new VintageRemoval(copy.open(catalogue), catalogue).remove(ids, Instant.now());
                copy.replaceOriginal();
            }
            for (RemovedVintage v : removed) {
                out.println("removed    vintage #" + v.id() + " " + v.name() + " (" + v.publisher() + ", " + v.periodStart()
                        + " to " + v.periodEnd() + ", " + v.rows() + " rows)" + consequence(v));
            }
            out.println("Removed " + removed.size() + " vintages; the audit keeps what they were. Figures follow on the next "
                    + "`ncpm compute`.");
            return 0;
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            verbose.explain(e, err);
            return 1;
        }
    }

    private static String consequence(RemovedVintage v) {
        if (!v.wasCurrent()) {
            return ": an earlier vintage, not used by figures";
        }
        return v.madeCurrent().map(id -> ": vintage #" + id + " is current again").orElse(": no other vintage of this file remains");
    }
}
