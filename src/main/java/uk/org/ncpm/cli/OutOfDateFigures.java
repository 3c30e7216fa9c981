package uk.org.ncpm.cli;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.measures.Computation;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreException;

import java.io.PrintWriter;
import java.util.List;

/**
 * Says when the figures a site would serve are older than the files loaded: `ingest` without
 * `compute` leaves the stored figures as they were, while the force diagnostics are built from the
 * files themselves, so the two would disagree until `ncpm compute` runs.
 */
final class OutOfDateFigures {

    private static final int NAMED = 5;

    private OutOfDateFigures() {
    }

    static void warn(Store store, PrintWriter err) throws StoreException {
        List<String> stale = new Computation(store, Catalogue.bundled()).stale();
        if (!stale.isEmpty()) {
            err.println("warning: the figures of " + stale.size() + " metric source" + (stale.size() == 1 ? " is" : "s are")
                    + " out of date with the files loaded (" + String.join(", ", stale.subList(0, Math.min(NAMED, stale.size())))
                    + (stale.size() > NAMED ? ", …" : "") + "); run `ncpm compute` first");
            err.flush();
        }
    }
}
