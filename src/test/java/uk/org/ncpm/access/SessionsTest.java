package uk.org.ncpm.access;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SessionsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2025-01-15T10:00:00Z"));
    private final Sessions sessions = new Sessions(clock);

    @Test
    void ids_and_tokens_are_256_random_bits() {
        Session one = sessions.start();
        Session two = sessions.start();

        assertThat(Base64.getUrlDecoder().decode(one.id())).hasSize(32);
        assertThat(Base64.getUrlDecoder().decode(one.csrfToken())).hasSize(32);
        assertThat(one.id()).isNotEqualTo(two.id()).isNotEqualTo(one.csrfToken());
    }

    @Test
    void signing_in_gives_a_new_id_and_token_and_ends_the_old_session() {
        Session before = sessions.start();

        Session after = sessions.signIn(Optional.of(before), "alice");

        assertThat(after.id()).isNotEqualTo(before.id());
        assertThat(after.csrfToken()).isNotEqualTo(before.csrfToken());
        assertThat(sessions.find(before.id())).isEmpty();
        assertThat(sessions.find(after.id())).hasValueSatisfying(s -> assertThat(s.username()).contains("alice"));
    }

    @Test
    void a_session_ends_after_thirty_idle_minutes_but_not_while_used() {
        Session s = sessions.signIn(Optional.empty(), "alice");
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertThat(sessions.find(s.id())).isPresent();
        }
        clock.advance(Duration.ofMinutes(31));

        assertThat(sessions.find(s.id())).isEmpty();
    }

    @Test
    void the_token_is_compared_whole() {
        Session s = sessions.start();

        assertThat(s.carries(s.csrfToken())).isTrue();
        assertThat(s.carries(s.csrfToken().substring(1))).isFalse();
        assertThat(s.carries(null)).isFalse();
    }

    @Test
    void disabling_a_user_ends_all_their_sessions() {
        Session a = sessions.signIn(Optional.empty(), "alice");
        Session b = sessions.signIn(Optional.empty(), "bob");

        sessions.endAllOf("alice");

        assertThat(sessions.find(a.id())).isEmpty();
        assertThat(sessions.find(b.id())).isPresent();
    }
}
