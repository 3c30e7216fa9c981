package uk.org.ncpm.ingest.fetch;

/** A download that could not be made or was refused; the message names the URL or file and why. */
public final class FetchException extends Exception {

    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
