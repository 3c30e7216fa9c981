package uk.org.ncpm.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions of one running server, in memory only: a restart signs everyone out. A signed-in session
 * ends after {@link #IDLE} without a request, or {@link #LONGEST} after sign-in; one that never signed in
 * ends sooner ({@link #ANONYMOUS_IDLE}).
 */
public final class Sessions {

    public static final Duration IDLE = Duration.ofMinutes(30);
    public static final Duration LONGEST = Duration.ofHours(12);
    static final Duration ANONYMOUS_IDLE = Duration.ofMinutes(15);
    private static final int MOST_SESSIONS = 50_000;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> byId = new ConcurrentHashMap<>();

    public Sessions(Clock clock) {
        this.clock = clock;
    }

    /** A new session, not signed in: the sign-in form's token belongs to it. */
    public Session start() {
        Instant now = clock.instant();
        if (byId.size() >= MOST_SESSIONS) {
            byId.values().removeIf(s -> expired(s, now));
            if (byId.size() >= MOST_SESSIONS) {
                // a flood of sign-in forms: drop sessions that never signed in before any signed-in one
                byId.values().removeIf(s -> s.username().isEmpty());
            }
        }
        Session session = new Session(randomToken(), randomToken(), Optional.empty(), now, now, Optional.empty());
        byId.put(session.id(), session);
        return session;
    }

    /** The live session of this id, marked as seen now. */
    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session session = byId.get(id);
        Instant now = clock.instant();
        if (session == null) {
            return Optional.empty();
        }
        if (expired(session, now)) {
            byId.remove(id, session);
            return Optional.empty();
        }
        Session seen = session.seenAt(now);
        byId.replace(id, session, seen);
        return Optional.of(seen);
    }

    /** Signs the user in: the old session ends and a new one, with a new id and token, begins (no session fixation). */
    public Session signIn(Optional<Session> before, String username) {
        return signIn(before, username, Optional.empty());
    }

    /** As {@link #signIn(Optional, String)}, for a user an OpenID provider vouched for. */
    public Session signIn(Optional<Session> before, User vouched) {
        return signIn(before, vouched.username(), Optional.of(vouched));
    }

    private Session signIn(Optional<Session> before, String username, Optional<User> vouched) {
        before.ifPresent(s -> byId.remove(s.id()));
        Instant now = clock.instant();
        Session session = new Session(randomToken(), randomToken(), Optional.of(username), now, now, vouched);
        byId.put(session.id(), session);
        return session;
    }

    public void end(String id) {
        byId.remove(id);
    }

    /** Ends every session of the user (disabled, or password reset). */
    public void endAllOf(String username) {
        byId.values().removeIf(s -> s.username().filter(username::equals).isPresent());
    }

    int count() {
        return byId.size();
    }

    private static boolean expired(Session s, Instant now) {
        Duration idle = s.username().isPresent() ? IDLE : ANONYMOUS_IDLE;
        return s.lastSeen().plus(idle).isBefore(now) || s.started().plus(LONGEST).isBefore(now);
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
