package uk.org.ncpm.release;

/** A release action the rules do not allow (docs/method.md, "Releases"), with what to do instead. */
public final class ReleaseRefused extends Exception {

    public ReleaseRefused(String message) {
        super(message);
    }
}
