package uk.org.ncpm.access;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreException;
import uk.org.ncpm.store.StoreLock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The server's brief use of the store: take its lock, open, do one thing, close. The server never holds the
 * store longer (docs/architecture.md, "Storage"); when a command is writing, the visit fails at once with
 * StoreBusyException and the caller tries later.
 */
final class StoreVisit {

    /** What to do with the open store. */
    @FunctionalInterface
    interface Work<T> {
        T run(Store store) throws StoreException, AccessException;
    }

    // StoreLock is re-entrant within a process: this keeps the server's own threads from opening the file at once.
    private static final ReentrantLock OWN_THREADS = new ReentrantLock();

    private StoreVisit() {
    }

    static <T> T during(Path store, Catalogue catalogue, String why, Work<T> work) throws StoreException, AccessException {
        if (!Files.isRegularFile(store)) {
            throw new StoreException("no store at " + store, null);
        }
        OWN_THREADS.lock();
        try (StoreLock lock = StoreLock.take(store, "ncpm serve (" + why + ")");
             Store opened = Store.open(store, catalogue)) {
            return work.run(opened);
        } finally {
            OWN_THREADS.unlock();
        }
    }
}
