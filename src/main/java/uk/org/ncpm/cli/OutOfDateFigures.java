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

    /** Says so when there are no figures at all, or when some are older than the files loaded. */
    static void warn(Store store, boolean anyFigures, PrintWriter err) throws StoreException {
        if (!anyFigures) {
            err.println("warning: the store holds no computed figures (run `ncpm compute`); the site says so on every page");
            err.flush();
            return;
        }
        List<String> stale = new Computation(store, Catalogue.bundled()).stale();
        if (!stale.isEmpty()) {
            err.println("warning: the figures of " + stale.size() + " metric source" + (stale.size() == 1 ? " is" : "s are")
                    + " out of date with the files loaded (" + String.join(", ", stale.subList(0, Math.min(NAMED, stale.size())))
                    + (stale.size() > NAMED ? ", …" : "") + "); run `ncpm compute` first");
            err.flush();
        }
    }
}
