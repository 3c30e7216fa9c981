package uk.org.ncpm.access;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PasswordsTest {

    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    @Test
    void a_hash_is_argon2id_with_its_parameters_and_a_salt_and_verifies() throws Exception {
        String hash = Passwords.hash(PASSWORD);

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("correct horse");
        assertThat(Passwords.verify(PASSWORD, hash)).isTrue();
        assertThat(Passwords.verify("correct horse battery!".toCharArray(), hash)).isFalse();
    }

    @Test
    void the_same_password_hashes_differently_each_time() throws Exception {
        assertThat(Passwords.hash(PASSWORD)).isNotEqualTo(Passwords.hash(PASSWORD));
    }

    @Test
    void a_password_shorter_than_twelve_characters_is_refused_with_its_length() {
        assertThatExceptionOfType(AccessException.class).isThrownBy(() -> Passwords.hash("elevenchars".toCharArray()))
                .withMessage("the password has 11 characters; it needs at least 12");
    }

    @Test
    void a_hash_that_is_not_argon2id_never_verifies() {
        assertThat(Passwords.verify(PASSWORD, "correct horse battery")).isFalse();
        assertThat(Passwords.verify(PASSWORD, "$2a$10$abcdefghijklmnopqrstuv")).isFalse();
    }
}
