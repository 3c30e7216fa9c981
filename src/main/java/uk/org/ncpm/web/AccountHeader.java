package uk.org.ncpm.web;

/**
 * What the page header says about the visitor: nothing on a site without sign-in, "Sign in", or "Signed in
 * as X · Sign out" (a form carrying the session's token). Bound to the request's thread by AccessRoutes
 * for the layout template, which every page shares, and unbound when the request ends.
 */
public record AccountHeader(boolean signInOffered, String displayName, String csrfToken) {

    static final AccountHeader NONE = new AccountHeader(false, null, null);
    private static final ThreadLocal<AccountHeader> CURRENT = new ThreadLocal<>();

    public boolean signedIn() {
        return displayName != null;
    }

    /** The header of the request being rendered on this thread. */
    public static AccountHeader current() {
        AccountHeader header = CURRENT.get();
        return header == null ? NONE : header;
    }

    static void bind(Visitor visitor) {
        CURRENT.set(new AccountHeader(true, visitor.user().map(u -> u.displayName()).orElse(null),
                visitor.signedIn() ? visitor.csrfToken().orElse(null) : null));
    }

    static void unbind() {
        CURRENT.remove();
    }
}
