package uk.org.ncpm.store;

/** The store could not be opened, read or written. */
public class StoreException extends Exception {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
