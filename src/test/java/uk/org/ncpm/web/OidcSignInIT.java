package uk.org.ncpm.web;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.ncpm.access.AccessControl;
import uk.org.ncpm.access.AccessStore;
import uk.org.ncpm.access.Role;
import uk.org.ncpm.catalogue.Catalogue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in through a real OpenID Connect provider (mock-oauth2-server, in-process): the whole code flow, by hand. */
class OidcSignInIT {

    private static final String CLIENT = "ncpm-monitor";

    @TempDir
    Path dir;
    private MockOAuth2Server provider;
    private SignInSite site;
    private Path store;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        provider = new MockOAuth2Server();
        provider.start(0);
        store = AccessStore.with(dir.resolve("ncpm.duckdb"), "a long enough secret", AccessStore.user("alice", Role.ADMIN, null));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        OidcSignIn oidc = OidcSignIn.discover(new OidcSignIn.Settings(URI.create(provider.issuerUrl("default").toString()), CLIENT,
                "client secret", URI.create("http://localhost:" + port + "/"), "ncpm_role", "ncpm_force"));
        SiteAccess access = SiteAccess.of(AccessControl.withoutBackground(store, AccessStore.CATALOGUE, Clock.systemUTC()))
                .withInsecureCookieForLocalTests().withOidc(oidc);
        site = new SignInSite(access, port);
    }

    @AfterEach
    void stop() {
        site.close();
        provider.shutdown();
    }

    /** Follows the flow from /sign-in/oidc to the site's answer to the provider's redirect. */
    private HttpResponse<String> signInThroughProvider() throws Exception {
        HttpResponse<String> startAnswer = site.get("/sign-in/oidc?next=/about", Optional.empty());
        assertThat(startAnswer.statusCode()).isEqualTo(302);
        String session = SignInSite.sessionSet(startAnswer).orElseThrow();
        URI authorize = URI.create(startAnswer.headers().firstValue("Location").orElseThrow());
        assertThat(authorize.getQuery()).contains("code_challenge_method=S256").contains("nonce=").contains("state=");
        HttpResponse<String> providerAnswer = http.send(HttpRequest.newBuilder(authorize).build(), HttpResponse.BodyHandlers.ofString());
        URI callback = URI.create(providerAnswer.headers().firstValue("Location").orElseThrow());
        assertThat(callback.getPath()).isEqualTo("/sign-in/oidc/callback");
        return site.get(callback.getPath() + "?" + callback.getRawQuery(), Optional.of(session));
    }

    @Test
    void a_user_the_provider_vouches_for_is_signed_in_with_the_role_and_force_of_their_claims() throws Exception {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("default", "subject-1", "JWT", List.of(CLIENT),
                Map.of("preferred_username", "pat.jones", "name", "Pat Jones", "ncpm_role", "pcc", "ncpm_force", "E23000003"), 3600));

        HttpResponse<String> answer = signInThroughProvider();

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).contains("/about");
        String session = SignInSite.sessionSet(answer).orElseThrow();
        assertThat(site.get("/about", Optional.of(session)).body()).contains("Signed in as Pat Jones");
        assertThat(site.get("/admin/users", Optional.of(session)).statusCode()).isEqualTo(403);
        site.access.control().catchUp();
        assertThat(AccessStore.auditRows(store)).contains("user:pat.jones sign-in pat.jones success");
    }

    @Test
    void a_token_for_another_audience_is_refused() throws Exception {
        // the provider makes an ID token's audience the client that asked; the claims given here replace it
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("default", "subject-2", "JWT", List.of("another-client"),
                Map.of("preferred_username", "eve", "ncpm_role", "analyst", "aud", "another-client"), 3600));

        HttpResponse<String> answer = signInThroughProvider();

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("the identity token was not valid for this site").contains("audience");
        assertThat(SignInSite.sessionSet(answer)).isEmpty();
    }

    @Test
    void an_expired_token_is_refused() throws Exception {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("default", "subject-3", "JWT", List.of(CLIENT),
                Map.of("preferred_username", "eve", "ncpm_role", "analyst"), -3600));

        HttpResponse<String> answer = signInThroughProvider();

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("the identity token was not valid for this site").containsIgnoringCase("expired");
    }

    @Test
    void a_missing_or_unknown_role_is_refused_with_a_page_that_says_so() throws Exception {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("default", "subject-4", "JWT", List.of(CLIENT),
                Map.of("preferred_username", "eve", "ncpm_role", "superuser"), 3600));

        HttpResponse<String> answer = signInThroughProvider();

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("your account's role 'superuser' is not one of analyst, force, pcc, admin");
    }
}
