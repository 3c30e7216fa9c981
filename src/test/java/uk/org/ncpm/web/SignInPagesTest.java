package uk.org.ncpm.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.ncpm.access.AccessControl;
import uk.org.ncpm.access.AccessStore;
import uk.org.ncpm.access.Role;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.ncpm.web.SignInSite.form;

/** Sign-in, sessions, CSRF, throttling and the admin pages on a real server. */
class SignInPagesTest {

    private static final String PASSWORD = "a long enough secret";

    @TempDir
    Path dir;
    private Path store;
    private SignInSite site;

    @BeforeEach
    void start() throws Exception {
        store = AccessStore.with(dir.resolve("ncpm.duckdb"), PASSWORD, AccessStore.user("alice", Role.ADMIN, null),
                AccessStore.user("fred", Role.FORCE, "E23000003"));
        site = SignInSite.of(AccessControl.withoutBackground(store, AccessStore.CATALOGUE, Clock.systemUTC()));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void the_sign_in_form_sets_an_http_only_same_site_cookie_and_carries_a_token() throws Exception {
        HttpResponse<String> form = site.get("/sign-in", Optional.empty());

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().allValues("Set-Cookie")).singleElement().satisfies(cookie ->
                assertThat(cookie).matches("ncpm-session=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Lax"));
        assertThat(form.headers().firstValue("Cache-Control")).contains("no-store, private");
        assertThat(SignInSite.token(form.body())).hasSize(43);
    }

    @Test
    void the_cookie_is_secure_unless_a_local_test_says_otherwise() throws Exception {
        try (SignInSite secure = new SignInSite(SiteAccess.of(AccessControl.withoutBackground(store, AccessStore.CATALOGUE,
                Clock.systemUTC())))) {
            assertThat(secure.get("/sign-in", Optional.empty()).headers().firstValue("Set-Cookie"))
                    .hasValueSatisfying(c -> assertThat(c).contains("; HttpOnly; Secure; SameSite=Lax"));
        }
    }

    @Test
    void a_missing_or_wrong_token_is_refused_with_403() throws Exception {
        HttpResponse<String> form = site.get("/sign-in", Optional.empty());
        Optional<String> session = SignInSite.sessionSet(form);

        HttpResponse<String> missing = site.post("/sign-in", session, form("username", "alice", "password", PASSWORD));
        HttpResponse<String> wrong = site.post("/sign-in", session, form("csrf", "x" + SignInSite.token(form.body()).substring(1),
                "username", "alice", "password", PASSWORD));
        HttpResponse<String> noSession = site.post("/sign-in", Optional.empty(), form("csrf", SignInSite.token(form.body()),
                "username", "alice", "password", PASSWORD));

        for (HttpResponse<String> answer : java.util.List.of(missing, wrong, noSession)) {
            assertThat(answer.statusCode()).isEqualTo(403);
            assertThat(answer.body()).contains("it has expired or did not come from this site");
            assertThat(SignInSite.sessionSet(answer)).isEmpty();
        }
    }

    @Test
    void signing_in_changes_the_session_id_and_signed_in_pages_are_never_kept_or_shown_to_others() throws Exception {
        HttpResponse<String> anonymousFirst = site.get("/about", Optional.empty());
        HttpResponse<String> form = site.get("/sign-in", Optional.empty());
        String before = SignInSite.sessionSet(form).orElseThrow();

        HttpResponse<String> signedIn = site.post("/sign-in", Optional.of(before), form("csrf", SignInSite.token(form.body()),
                "username", "alice", "password", PASSWORD, "next", "/about"));
        String after = SignInSite.sessionSet(signedIn).orElseThrow();
        HttpResponse<String> mine = site.get("/about", Optional.of(after));
        HttpResponse<String> anonymousAfter = site.get("/about", Optional.empty());
        HttpResponse<String> oldSession = site.get("/about", Optional.of(before));

        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).contains("/about");
        assertThat(after).isNotEqualTo(before);
        assertThat(mine.body()).contains("Signed in as Alice").contains("action=\"/sign-out\"");
        assertThat(mine.headers().firstValue("Cache-Control")).contains("no-store, private");
        assertThat(anonymousFirst.body()).contains(">Sign in</a>").doesNotContain("Signed in as");
        assertThat(anonymousAfter.body()).contains(">Sign in</a>").doesNotContain("Signed in as");
        assertThat(anonymousAfter.headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(oldSession.body()).doesNotContain("Signed in as");
    }

    @Test
    void signing_out_is_a_post_with_the_token_and_ends_the_session() throws Exception {
        String session = site.signIn("alice", PASSWORD);
        String token = SignInSite.token(site.get("/about", Optional.of(session)).body());

        HttpResponse<String> withoutToken = site.post("/sign-out", Optional.of(session), form());
        HttpResponse<String> out = site.post("/sign-out", Optional.of(session), form("csrf", token));

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("ncpm-session=; Path=/; Max-Age=0"));
        assertThat(site.get("/about", Optional.of(session)).body()).doesNotContain("Signed in as");
    }

    @Test
    void five_wrong_passwords_lock_the_username_and_the_attempts_are_audited() throws Exception {
        HttpResponse<String> form = site.get("/sign-in", Optional.empty());
        Optional<String> session = SignInSite.sessionSet(form);
        String token = SignInSite.token(form.body());
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = site.post("/sign-in", session, form("csrf", token, "username", "fred", "password", "wrong password " + i));
            assertThat(wrong.body()).contains("The username or password is not right.");
        }

        HttpResponse<String> locked = site.post("/sign-in", session, form("csrf", token, "username", "fred", "password", PASSWORD));

        assertThat(locked.statusCode()).isEqualTo(200);
        assertThat(locked.body()).contains("This account is locked after 5 failed attempts.");
        assertThat(SignInSite.sessionSet(locked)).isEmpty();
        site.access.control().catchUp();
        assertThat(AccessStore.auditRows(store)).filteredOn(r -> r.startsWith("anonymous sign-in fred failure")).hasSize(5);
        assertThat(AccessStore.auditRows(store)).contains("anonymous account.lock fred success", "anonymous sign-in fred denied");
    }

    @Test
    void a_force_user_cannot_open_the_admin_pages_and_an_anonymous_visitor_is_sent_to_sign_in() throws Exception {
        String fred = site.signIn("fred", PASSWORD);

        for (String path : new String[] {"/admin/users", "/admin/audit", "/admin/audit.csv"}) {
            assertThat(site.get(path, Optional.of(fred)).statusCode()).as(path).isEqualTo(403);
            HttpResponse<String> anonymous = site.get(path, Optional.empty());
            assertThat(anonymous.statusCode()).as(path).isEqualTo(303);
            assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/sign-in?next=%2Fadmin%2F"));
        }
        String token = SignInSite.token(site.get("/about", Optional.of(fred)).body());
        assertThat(site.post("/admin/users/add", Optional.of(fred), form("csrf", token, "username", "eve", "role", "admin",
                "password", "another long password")).statusCode()).isEqualTo(403);
        site.access.control().catchUp();
        assertThat(AccessStore.auditRows(store)).contains("user:fred admin.page /admin/users denied");
    }

    @Test
    void an_admin_adds_and_disables_users_through_the_forms_and_reads_the_audit_log() throws Exception {
        String alice = site.signIn("alice", PASSWORD);
        String token = SignInSite.token(site.get("/admin/users", Optional.of(alice)).body());

        HttpResponse<String> added = site.post("/admin/users/add", Optional.of(alice), form("csrf", token, "username", "pat",
                "name", "Pat Jones", "role", "pcc", "force", "E23000032", "password", "pat's long password"));
        HttpResponse<String> tooShort = site.post("/admin/users/add", Optional.of(alice), form("csrf", token, "username", "sam",
                "role", "analyst", "password", "short"));
        HttpResponse<String> disabled = site.post("/admin/users/disable", Optional.of(alice), form("csrf", token, "username", "fred"));
        site.access.control().catchUp();
        HttpResponse<String> users = site.get("/admin/users", Optional.of(alice));
        HttpResponse<String> audit = site.get("/admin/audit", Optional.of(alice));
        HttpResponse<String> csv = site.get("/admin/audit.csv", Optional.of(alice));

        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("The password has 5 characters; it needs at least 12");
        assertThat(disabled.statusCode()).isEqualTo(303);
        assertThat(users.body()).contains("Pat Jones").contains("Kent").contains("Disabled");
        assertThat(audit.body()).contains("user.add").contains("user.disable").contains("user:alice");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body().lines().findFirst()).contains("id,at,actor,action,target,detail,outcome,remote_address");
        assertThat(csv.body()).doesNotContain("pat's long password");
        assertThat(site.signIn("pat", "pat's long password")).isNotEmpty();
    }

    @Test
    void other_addresses_and_methods_still_refuse_a_post() throws Exception {
        String session = site.signIn("alice", PASSWORD);

        HttpResponse<String> post = site.post("/about", Optional.of(session), form());

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD, OPTIONS");
    }
}
