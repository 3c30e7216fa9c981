package uk.org.ncpm.access;

/** What came of a sign-in attempt. */
public sealed interface SignInResult {

    /** Signed in: the new session (a new id) of the user. */
    record SignedIn(User user, Session session) implements SignInResult {
    }

    /** Refused, with the words to show: the same for a wrong name and a wrong password. */
    record Refused(String message) implements SignInResult {
    }
}
