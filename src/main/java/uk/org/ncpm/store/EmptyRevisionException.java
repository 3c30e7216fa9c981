package uk.org.ncpm.store;

/** A run refused before writing: a header-only file would replace stored records (see {@link EmptyRevisions}). */
public final class EmptyRevisionException extends StoreException {

    EmptyRevisionException(String message) {
        super(message, null);
    }
}
