package uk.org.ncpm.access;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.SecureString;
import com.password4j.types.Argon2;

/**
 * Argon2id through password4j: hashes are PHC strings ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}) that
 * carry their own parameters, so a stored hash verifies after the parameters here change.
 * Parameters: OWASP Password Storage Cheat Sheet's first Argon2id choice (19 MiB, 2 passes, 1 lane).
 */
public final class Passwords {

    public static final int MINIMUM_LENGTH = 12;
    static final int MAXIMUM_LENGTH = 256;

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID, 19);

    // Verified when the username is unknown, so that a wrong name takes as long as a wrong password.
    private static final String DECOY = hashUnchecked("decoy password for unknown usernames");

    private Passwords() {
    }

    /**
     * @throws AccessException the password is shorter than {@value #MINIMUM_LENGTH} characters or absurdly long
     */
    public static String hash(char[] password) throws AccessException {
        check(password);
        return hashUnchecked(new SecureString(password));
    }

    public static void check(char[] password) throws AccessException {
        int length = Character.codePointCount(password, 0, password.length);
        if (length < MINIMUM_LENGTH) {
            throw new AccessException("the password has " + length + " characters; it needs at least " + MINIMUM_LENGTH);
        }
        if (length > MAXIMUM_LENGTH) {
            throw new AccessException("the password has " + length + " characters; at most " + MAXIMUM_LENGTH + " are taken");
        }
    }

    public static boolean verify(char[] password, String hash) {
        if (password.length > MAXIMUM_LENGTH * 2 || !hash.startsWith("$argon2id$")) {
            return false;
        }
        return Password.check(new SecureString(password), hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    /** Spends the time of one verification and answers false. */
    static boolean verifyDecoy(char[] password) {
        verify(password, DECOY);
        return false;
    }

    private static String hashUnchecked(CharSequence password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }
}
