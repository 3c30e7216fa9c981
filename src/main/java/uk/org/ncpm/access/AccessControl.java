package uk.org.ncpm.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.store.StoreException;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sign-in, sessions, users and audit for a running server, made from the store's path: the one object the
 * web layer talks to. The store is opened only briefly: users are read into a {@link UserDirectory}
 * (read again when the store changes), audit events go to an {@link AuditJournal} flushed into the store
 * every few seconds by a background thread, sessions and sign-in failure counts live in memory.
 */
public final class AccessControl implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AccessControl.class);
    static final Duration FLUSH_EVERY = Duration.ofSeconds(3);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/London"));

    private final Path store;
    private final Catalogue catalogue;
    private final Clock clock;
    private final UserDirectory directory;
    private final AuditJournal journal;
    private final Sessions sessions;
    private final SignInThrottle throttle;
    private final ScheduledExecutorService background;

    private AccessControl(Path store, Catalogue catalogue, Clock clock, UserDirectory directory, AuditJournal journal,
                          boolean backgroundFlush) {
        this.store = store;
        this.catalogue = catalogue;
        this.clock = clock;
        this.directory = directory;
        this.journal = journal;
        this.sessions = new Sessions(clock);
        this.throttle = new SignInThrottle(clock);
        if (backgroundFlush) {
            this.background = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "ncpm-audit-journal");
                thread.setDaemon(true);
                return thread;
            });
            long every = FLUSH_EVERY.toMillis();
            background.scheduleWithFixedDelay(this::catchUp, every, every, TimeUnit.MILLISECONDS);
        } else {
            this.background = null;
        }
    }

    /**
     * For {@code ncpm serve}: flushes a journal a previous run left, reads the users, and starts flushing and
     * re-reading every few seconds.
     *
     * @throws StoreException the store cannot be read now (busy: say so and let the operator try again)
     */
    public static AccessControl start(Path store, Catalogue catalogue, Clock clock) throws StoreException {
        return create(store, catalogue, clock, true);
    }

    /** As {@link #start}, without the background thread: tests call {@link #catchUp} themselves. */
    public static AccessControl withoutBackground(Path store, Catalogue catalogue, Clock clock) throws StoreException {
        return create(store, catalogue, clock, false);
    }

    private static AccessControl create(Path store, Catalogue catalogue, Clock clock, boolean background) throws StoreException {
        AuditJournal journal = new AuditJournal(store, catalogue);
        journal.flush();
        return new AccessControl(store, catalogue, clock, UserDirectory.load(store, catalogue), journal, background);
    }

    /** Flushes the journal and re-reads the users if the store changed: what the background thread does. */
    public void catchUp() {
        try {
            journal.flush();
            directory.reloadIfChanged();
        } catch (RuntimeException e) {
            LOG.warn("access: catching up with the store failed: {}", e.getMessage());
        }
    }

    public Sessions sessions() {
        return sessions;
    }

    public AuditJournal journal() {
        return journal;
    }

    public Clock clock() {
        return clock;
    }

    /** The signed-in, enabled user of a session; empty for a session that never signed in or whose user was disabled. */
    public Optional<User> userOf(Session session) {
        if (session.vouched().isPresent()) {
            // a local account of the same name that an admin disabled still keeps them out
            boolean disabled = directory.find(session.vouched().get().username()).map(Account::disabled).orElse(false);
            return disabled ? Optional.empty() : session.vouched();
        }
        return session.username().flatMap(directory::enabled);
    }

    /** Records a privileged action of the server; it reaches the store's audit log within seconds. */
    public void record(String actor, String action, String target, String detail, AuditOutcome outcome, String address) {
        journal.record(AuditEvent.of(clock.instant(), actor, action, target, detail, outcome, address));
    }

    /** Signs in with a local password, throttled and audited; a success starts a new session in place of {@code before}. */
    public SignInResult signIn(String username, char[] password, String address, Optional<Session> before) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        Optional<Instant> wait = throttle.backOffUntil(address);
        if (wait.isPresent()) {
            record("anonymous", "sign-in", name, "refused: too many failed attempts from this address", AuditOutcome.DENIED, address);
            return new SignInResult.Refused("There have been too many failed sign-in attempts from your network. "
                    + "Wait a minute and try again.");
        }
        Optional<Instant> locked = throttle.lockedUntil(name);
        if (locked.isPresent()) {
            record("anonymous", "sign-in", name, "refused: the account is locked after failed attempts", AuditOutcome.DENIED, address);
            return new SignInResult.Refused("This account is locked after " + SignInThrottle.FAILURES_BEFORE_LOCK
                    + " failed attempts. Try again after " + TIME.format(locked.get()) + ".");
        }
        directory.reloadIfChanged();
        Optional<Account> account = directory.find(name).filter(a -> !a.disabled());
        boolean right = account.flatMap(Account::passwordHash).map(hash -> Passwords.verify(password, hash))
                .orElseGet(() -> Passwords.verifyDecoy(password));
        if (!right) {
            boolean nowLocked = throttle.failed(name, address);
            record("anonymous", "sign-in", name, account.isEmpty() ? "wrong username, or the account is disabled" : "wrong password",
                    AuditOutcome.FAILURE, address);
            if (nowLocked) {
                record("anonymous", "account.lock", name, "locked for " + SignInThrottle.LOCK.toMinutes() + " minutes after "
                        + SignInThrottle.FAILURES_BEFORE_LOCK + " failed attempts", AuditOutcome.SUCCESS, address);
            }
            return new SignInResult.Refused("The username or password is not right.");
        }
        throttle.succeeded(name);
        User user = account.get().user();
        record(AuditEvent.actorOf(user), "sign-in", name, "password", AuditOutcome.SUCCESS, address);
        return new SignInResult.SignedIn(user, sessions.signIn(before, name));
    }

    /** Signs in a user whose identity provider vouched for them (OpenID Connect): audited, a new session. */
    public SignInResult.SignedIn signInVouched(User user, String issuer, String address, Optional<Session> before) {
        record(AuditEvent.actorOf(user), "sign-in", user.username(), "OpenID Connect, " + issuer, AuditOutcome.SUCCESS, address);
        return new SignInResult.SignedIn(user, sessions.signIn(before, user));
    }

    /** Signs in a user named by a provider only if known here: the account must exist and be enabled. */
    public Optional<User> enabledUser(String username) {
        directory.reloadIfChanged();
        return directory.enabled(username);
    }

    public void signOut(Session session, String address) {
        sessions.end(session.id());
        userOf(session).ifPresent(u -> record(AuditEvent.actorOf(u), "sign-out", u.username(), null, AuditOutcome.SUCCESS, address));
    }

    /** The accounts as the server knows them. */
    public List<Account> accounts() {
        directory.reloadIfChanged();
        return directory.all();
    }

    /** An admin adds a user; the store is written at once (a busy store: StoreBusyException, nothing changed). */
    public void addUser(User admin, User user, char[] password, String address) throws AccessException, StoreException {
        requireAdmin(admin, "user.add", user.username(), address);
        String hash = Passwords.hash(password);
        changeUsers(admin, "user.add", user.username(), user.role().id() + user.forceCode().map(f -> " " + f).orElse(""), address,
                users -> users.add(user, Optional.of(hash), clock.instant()));
    }

    public void disableUser(User admin, String username, String address) throws AccessException, StoreException {
        requireAdmin(admin, "user.disable", username, address);
        if (admin.username().equals(username)) {
            throw new AccessException("you cannot disable your own account; ask another admin");
        }
        changeUsers(admin, "user.disable", username, null, address, users -> users.disable(username));
        sessions.endAllOf(username);
    }

    public void resetPassword(User admin, String username, char[] password, String address) throws AccessException, StoreException {
        requireAdmin(admin, "user.reset-password", username, address);
        String hash = Passwords.hash(password);
        changeUsers(admin, "user.reset-password", username, null, address, users -> users.setPasswordHash(username, hash));
        sessions.endAllOf(username);
    }

    /** A page of the audit log, newest first, read from the store (and the events still in the journal). */
    public AuditPage auditPage(Optional<LocalDate> since, int page, int size) throws StoreException {
        try {
            return StoreVisit.during(store, catalogue, "reading the audit log", opened -> {
                AuditLog log = new AuditLog(opened);
                return new AuditPage(log.list(since, (page - 1) * size, size), log.count(since), page, size, journal.pending().size());
            });
        } catch (AccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One page of the audit log. */
    public record AuditPage(List<AuditLog.Entry> entries, long total, int page, int size, int waiting) {

        public long pages() {
            return Math.max(1, (total + size - 1) / size);
        }
    }

    @FunctionalInterface
    private interface UserChange {
        void apply(Users users) throws AccessException, StoreException;
    }

    private void changeUsers(User admin, String action, String target, String detail, String address, UserChange change)
            throws AccessException, StoreException {
        try {
            StoreVisit.during(store, catalogue, action, opened -> {
                change.apply(new Users(opened, catalogue));
                new AuditLog(opened).append(AuditEvent.of(clock.instant(), AuditEvent.actorOf(admin), action, target, detail,
                        AuditOutcome.SUCCESS, address));
                return null;
            });
        } catch (AccessException | StoreException e) {
            record(AuditEvent.actorOf(admin), action, target, e.getMessage(), AuditOutcome.FAILURE, address);
            throw e;
        }
        directory.reload();
    }

    private void requireAdmin(User user, String action, String target, String address) throws AccessException {
        if (!Access.canManageUsers(user)) {
            record(AuditEvent.actorOf(user), action, target, "not an admin", AuditOutcome.DENIED, address);
            throw new AccessException("only an admin can change users");
        }
    }

    @Override
    public void close() {
        if (background != null) {
            background.shutdownNow();
        }
        journal.flush();
    }
}
