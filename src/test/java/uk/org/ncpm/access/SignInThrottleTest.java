package uk.org.ncpm.access;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2025-01-15T10:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void five_failures_in_a_row_lock_the_username_for_fifteen_minutes() {
        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.failed("alice", "10.0.0." + i)).isFalse();
        }
        assertThat(throttle.lockedUntil("alice")).isEmpty();

        assertThat(throttle.failed("alice", "10.0.0.5")).isTrue();

        assertThat(throttle.lockedUntil("alice")).contains(Instant.parse("2025-01-15T10:15:00Z"));
        assertThat(throttle.lockedUntil("bob")).isEmpty();
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.lockedUntil("alice")).isEmpty();
    }

    @Test
    void a_success_clears_the_count_of_the_username() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice", "10.0.0." + i);
        }
        throttle.succeeded("alice");
        throttle.failed("alice", "10.0.0.9");

        assertThat(throttle.lockedUntil("alice")).isEmpty();
    }

    @Test
    void an_address_that_keeps_failing_waits_longer_each_time_up_to_a_minute() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, "192.0.2.1");
        }
        assertThat(throttle.backOffUntil("192.0.2.1")).isEmpty();

        throttle.failed("user5", "192.0.2.1");
        assertThat(throttle.backOffUntil("192.0.2.1")).contains(clock.instant().plusSeconds(1));
        throttle.failed("user6", "192.0.2.1");
        assertThat(throttle.backOffUntil("192.0.2.1")).contains(clock.instant().plusSeconds(2));
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + (7 + i), "192.0.2.1");
        }
        assertThat(throttle.backOffUntil("192.0.2.1")).contains(clock.instant().plusSeconds(60));
        assertThat(throttle.backOffUntil("192.0.2.2")).isEmpty();
    }
}
