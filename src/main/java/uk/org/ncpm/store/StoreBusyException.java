package uk.org.ncpm.store;

/** Another process is writing to the store (see {@link StoreLock}). */
public final class StoreBusyException extends StoreException {

    StoreBusyException(String message) {
        super(message, null);
    }
}
