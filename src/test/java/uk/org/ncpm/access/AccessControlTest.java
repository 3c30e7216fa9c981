package uk.org.ncpm.access;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreBusyException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Sign-in, user changes and the audit trail of a server, on a real store. */
class AccessControlTest {

    private static final String PASSWORD = "a long enough secret";

    @TempDir
    Path dir;
    private Path store;
    private final MovableClock clock = new MovableClock(Instant.parse("2025-01-15T10:00:00Z"));
    private AccessControl access;

    @BeforeEach
    void createStore() throws Exception {
        store = AccessStore.with(dir.resolve("ncpm.duckdb"), PASSWORD, AccessStore.user("alice", Role.ADMIN, null),
                AccessStore.user("fred", Role.FORCE, "E23000003"));
        access = AccessControl.withoutBackground(store, AccessStore.CATALOGUE, clock);
    }

    @AfterEach
    void close() {
        access.close();
    }

    @Test
    void a_right_password_signs_in_with_a_new_session_and_is_audited() throws Exception {
        Session before = access.sessions().start();

        SignInResult result = access.signIn("alice", PASSWORD.toCharArray(), "192.0.2.1", Optional.of(before));

        assertThat(result).isInstanceOfSatisfying(SignInResult.SignedIn.class, signedIn -> {
            assertThat(signedIn.user().role()).isEqualTo(Role.ADMIN);
            assertThat(signedIn.session().id()).isNotEqualTo(before.id());
            assertThat(access.userOf(signedIn.session())).contains(signedIn.user());
        });
        access.catchUp();
        assertThat(AccessStore.auditRows(store)).containsExactly("user:alice sign-in alice success");
    }

    @Test
    void a_wrong_password_and_an_unknown_name_get_the_same_answer_and_are_audited_as_failures() throws Exception {
        SignInResult wrong = access.signIn("alice", "not the password".toCharArray(), "192.0.2.1", Optional.empty());
        SignInResult unknown = access.signIn("mallory", PASSWORD.toCharArray(), "192.0.2.2", Optional.empty());

        assertThat(wrong).isEqualTo(unknown).isEqualTo(new SignInResult.Refused("The username or password is not right."));
        access.catchUp();
        assertThat(AccessStore.auditRows(store)).containsExactly("anonymous sign-in alice failure", "anonymous sign-in mallory failure");
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_against_the_right_one_for_fifteen_minutes() throws Exception {
        for (int i = 0; i < 5; i++) {
            access.signIn("fred", "not the password".toCharArray(), "192.0.2." + i, Optional.empty());
        }

        SignInResult locked = access.signIn("fred", PASSWORD.toCharArray(), "198.51.100.1", Optional.empty());

        assertThat(locked).isInstanceOfSatisfying(SignInResult.Refused.class,
                r -> assertThat(r.message()).startsWith("This account is locked after 5 failed attempts. Try again after 10:15"));
        access.catchUp();
        assertThat(AccessStore.auditRows(store)).contains("anonymous account.lock fred success", "anonymous sign-in fred denied");
        clock.advance(Duration.ofMinutes(16));
        assertThat(access.signIn("fred", PASSWORD.toCharArray(), "198.51.100.1", Optional.empty()))
                .isInstanceOf(SignInResult.SignedIn.class);
    }

    @Test
    void a_disabled_user_cannot_sign_in_and_loses_their_sessions() throws Exception {
        User alice = AccessStore.user("alice", Role.ADMIN, null);
        SignInResult.SignedIn fred = (SignInResult.SignedIn) access.signIn("fred", PASSWORD.toCharArray(), "192.0.2.1", Optional.empty());

        access.disableUser(alice, "fred", "192.0.2.9");

        assertThat(access.userOf(fred.session())).isEmpty();
        assertThat(access.signIn("fred", PASSWORD.toCharArray(), "192.0.2.1", Optional.empty())).isInstanceOf(SignInResult.Refused.class);
        access.catchUp();
        assertThat(AccessStore.auditRows(store)).contains("user:alice user.disable fred success");
    }

    @Test
    void only_an_admin_changes_users_and_a_refusal_is_audited() throws Exception {
        User fred = AccessStore.user("fred", Role.FORCE, "E23000003");

        assertThatExceptionOfType(AccessException.class)
                .isThrownBy(() -> access.addUser(fred, AccessStore.user("eve", Role.ANALYST, null), PASSWORD.toCharArray(), "192.0.2.1"))
                .withMessage("only an admin can change users");
        access.catchUp();
        assertThat(AccessStore.auditRows(store)).containsExactly("user:fred user.add eve denied");
        assertThat(access.accounts()).extracting(Account::username).containsExactly("alice", "fred");
    }

    @Test
    void an_admin_adds_a_user_who_can_then_sign_in_and_the_password_is_nowhere_in_clear() throws Exception {
        User alice = AccessStore.user("alice", Role.ADMIN, null);
        String secret = "zebra-quartz-moonlight-42";

        access.addUser(alice, AccessStore.user("pat", Role.PCC, "E23000032"), secret.toCharArray(), "192.0.2.1");
        access.signIn("pat", secret.toCharArray(), "192.0.2.1", Optional.empty());
        access.signIn("pat", (secret + "x").toCharArray(), "192.0.2.1", Optional.empty());
        access.catchUp();

        assertThat(access.accounts()).extracting(Account::username).containsExactly("alice", "fred", "pat");
        try (Store opened = Store.open(store, AccessStore.CATALOGUE)) {
            assertThat(new Users(opened, AccessStore.CATALOGUE).find("pat").orElseThrow().passwordHash())
                    .hasValueSatisfying(h -> assertThat(h).startsWith("$argon2id$"));
        }
        assertThat(AccessStore.anyFileContains(dir, secret)).as("the password in the bytes of any file of the store").isFalse();
        assertThat(AccessStore.auditRows(store)).containsExactly("user:alice user.add pat success", "user:pat sign-in pat success",
                "anonymous sign-in pat failure");
    }

    @Test
    void audit_events_wait_in_the_journal_while_the_store_is_busy_and_reach_it_once_free() throws Exception {
        Process other = AccessStore.busy(store);
        try {
            access.signIn("alice", PASSWORD.toCharArray(), "192.0.2.1", Optional.empty());
            access.signIn("alice", "hunter2-typo-here".toCharArray(), "192.0.2.1", Optional.empty());

            assertThat(access.journal().flush()).isFalse();
            assertThat(access.journal().pending()).hasSize(2);
            assertThat(Files.readString(AuditJournal.fileOf(store).resolveSibling("ncpm.duckdb.audit-journal.flushing")))
                    .contains("\"action\":\"sign-in\"").doesNotContain(PASSWORD).doesNotContain("hunter2-typo-here");
        } finally {
            AccessStore.free(store, other);
        }

        assertThat(access.journal().flush()).isTrue();
        assertThat(access.journal().pending()).isEmpty();
        assertThat(AccessStore.auditRows(store)).containsExactly("user:alice sign-in alice success", "anonymous sign-in alice failure");
    }

    @Test
    void a_journal_left_by_a_stopped_server_is_flushed_when_the_next_starts_and_never_twice() throws Exception {
        access.record("user:alice", "release.schedule", "R7", null, AuditOutcome.SUCCESS, "192.0.2.1");
        Path journal = AuditJournal.fileOf(store);
        Files.copy(journal, journal.resolveSibling("copy"));
        access.catchUp();
        // as if the server had crashed after the commit and before deleting the journal
        Files.move(journal.resolveSibling("copy"), journal);

        AccessControl.withoutBackground(store, AccessStore.CATALOGUE, clock).close();

        assertThat(AccessStore.auditRows(store)).containsExactly("user:alice release.schedule R7 success");
        assertThat(journal).doesNotExist();
    }

    @Test
    void a_user_added_by_a_command_meanwhile_can_sign_in_without_a_restart() throws Exception {
        try (Store opened = Store.open(store, AccessStore.CATALOGUE)) {
            new Users(opened, AccessStore.CATALOGUE).add(AccessStore.user("nina", Role.ANALYST, null),
                    Optional.of(Passwords.hash(PASSWORD.toCharArray())), clock.instant());
        }

        assertThat(access.signIn("nina", PASSWORD.toCharArray(), "192.0.2.1", Optional.empty())).isInstanceOf(SignInResult.SignedIn.class);
    }

    @Test
    void a_user_change_on_a_busy_store_changes_nothing_and_says_who_is_writing() throws Exception {
        Process other = AccessStore.busy(store);
        try {
            assertThatExceptionOfType(StoreBusyException.class).isThrownBy(() -> access.disableUser(
                    AccessStore.user("alice", Role.ADMIN, null), "fred", "192.0.2.1")).withMessageContaining("ncpm ingest");
        } finally {
            AccessStore.free(store, other);
        }
        assertThat(access.accounts()).filteredOn(a -> a.username().equals("fred")).singleElement()
                .satisfies(a -> assertThat(a.disabled()).isFalse());
    }

    @Test
    void audit_rows_are_never_updated_or_deleted_by_the_application() throws Exception {
        access.signIn("alice", PASSWORD.toCharArray(), "192.0.2.1", Optional.empty());
        access.catchUp();
        var before = AccessStore.auditRows(store);
        access.disableUser(AccessStore.user("alice", Role.ADMIN, null), "fred", "192.0.2.1");
        access.catchUp();

        assertThat(AccessStore.auditRows(store)).startsWith(before.toArray(String[]::new)).hasSize(before.size() + 1);
        try (var sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                assertThat(Files.readString(source)).as(source.toString())
                        .doesNotContainPattern("(?i)(UPDATE|DELETE\\s+FROM|TRUNCATE)\\s+audit_event");
            }
        }
    }
}
