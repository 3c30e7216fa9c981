package uk.org.ncpm.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing, in the server's memory: after {@value #FAILURES_BEFORE_LOCK} failed attempts in
 * a row a username is locked for {@link #LOCK}; an address that keeps failing waits longer between attempts,
 * doubling from one second after {@value #FREE_ADDRESS_FAILURES} failures up to a minute. Entries are forgotten
 * once their time has passed, so a flood of made-up names does not grow memory without bound.
 */
public final class SignInThrottle {

    static final int FAILURES_BEFORE_LOCK = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    static final int FREE_ADDRESS_FAILURES = 5;
    static final Duration LONGEST_BACK_OFF = Duration.ofMinutes(1);
    private static final int MOST_ENTRIES = 100_000;

    private record Failures(int count, Instant last, Instant until) {
    }

    private final Clock clock;
    private final Map<String, Failures> usernames = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Until when the username is locked, if it is. */
    public Optional<Instant> lockedUntil(String username) {
        return until(usernames, username);
    }

    /** Until when the address must wait before its next attempt, if it must. */
    public Optional<Instant> backOffUntil(String address) {
        return until(addresses, address);
    }

    /**
     * Counts a failed attempt.
     *
     * @return true when this failure locked the username
     */
    public boolean failed(String username, String address) {
        Instant now = clock.instant();
        forgetOld(now);
        Failures user = usernames.merge(username, new Failures(1, now, now), (old, one) -> {
            int count = old.until.isAfter(now) || Duration.between(old.last, now).compareTo(LOCK) < 0 ? old.count + 1 : 1;
            return new Failures(count, now, count >= FAILURES_BEFORE_LOCK ? now.plus(LOCK) : now);
        });
        addresses.merge(address, new Failures(1, now, now), (old, one) -> {
            int count = old.count + 1;
            long seconds = count <= FREE_ADDRESS_FAILURES ? 0
                    : Math.min(LONGEST_BACK_OFF.toSeconds(), 1L << Math.min(30, count - FREE_ADDRESS_FAILURES - 1));
            return new Failures(count, now, now.plusSeconds(seconds));
        });
        return user.count == FAILURES_BEFORE_LOCK;
    }

    /** A successful sign-in clears the username's count (not the address's: one right password does not excuse many wrong ones). */
    public void succeeded(String username) {
        usernames.remove(username);
    }

    private Optional<Instant> until(Map<String, Failures> map, String key) {
        Failures f = map.get(key);
        Instant now = clock.instant();
        return f != null && f.until.isAfter(now) ? Optional.of(f.until) : Optional.empty();
    }

    private void forgetOld(Instant now) {
        if (usernames.size() + addresses.size() < MOST_ENTRIES) {
            return;
        }
        Instant before = now.minus(LOCK);
        usernames.values().removeIf(f -> f.until.isBefore(now) && f.last.isBefore(before));
        addresses.values().removeIf(f -> f.until.isBefore(now) && f.last.isBefore(before));
    }
}
