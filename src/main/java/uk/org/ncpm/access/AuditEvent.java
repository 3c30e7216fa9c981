package uk.org.ncpm.access;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One privileged action, as recorded in the append-only audit log.
 *
 * @param key     given when the action happens: the same event flushed twice from the journal is kept once
 * @param actor   {@code user:NAME}, {@code cli:OSUSER} or {@code anonymous}
 * @param action  what was done, e.g. {@code sign-in}, {@code user.add}, {@code release.schedule}, {@code prerelease.view}
 * @param target  what it was done to (a username, a release id, a page address), if anything
 * @param detail  words for people; never a password or a session id
 * @param remoteAddress the client's address for actions through the web
 */
public record AuditEvent(String key, Instant at, String actor, String action, Optional<String> target,
                         Optional<String> detail, AuditOutcome outcome, Optional<String> remoteAddress) {

    public static AuditEvent of(Instant at, String actor, String action, String target, String detail,
                                AuditOutcome outcome, String remoteAddress) {
        return new AuditEvent(UUID.randomUUID().toString(), at, actor, action, Optional.ofNullable(target),
                Optional.ofNullable(detail), outcome, Optional.ofNullable(remoteAddress));
    }

    /** The actor of a command run by this operating-system user. */
    public static String commandLineActor() {
        String name = System.getenv("USER");
        return "cli:" + (name == null || name.isBlank() ? System.getProperty("user.name", "unknown") : name);
    }

    /** The actor of a signed-in user. */
    public static String actorOf(User user) {
        return "user:" + user.username();
    }
}
