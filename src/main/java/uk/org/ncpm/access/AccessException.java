package uk.org.ncpm.access;

/** A request about users that cannot be done as asked (unknown user, taken name, short password): the message says why. */
public final class AccessException extends Exception {

    public AccessException(String message) {
        super(message);
    }
}
