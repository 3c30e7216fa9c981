package uk.org.ncpm.cli;

import picocli.CommandLine.Option;
import uk.org.ncpm.access.AccessControl;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.store.StoreException;
import uk.org.ncpm.web.OidcSignIn;
import uk.org.ncpm.web.SiteAccess;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** The sign-in options of {@code ncpm serve}: local accounts always; OpenID Connect when an issuer is given. */
final class SignInOptions {

    @Option(names = "--oidc-issuer", paramLabel = "URL", description = "OpenID Connect: your identity provider's issuer "
            + "(its /.well-known/openid-configuration is read at start). Off unless given.")
    URI issuer;

    @Option(names = "--oidc-client-id", paramLabel = "ID", description = "OpenID Connect: this site's client id at the provider.")
    String clientId;

    @Option(names = "--oidc-client-secret-file", paramLabel = "FILE", description = "OpenID Connect: a file holding the client secret "
            + "(a file, so the secret is not in `ps` or shell history).")
    Path clientSecretFile;

    @Option(names = "--oidc-role-claim", paramLabel = "NAME", defaultValue = "ncpm_role",
            description = "OpenID Connect: the claim with the role: analyst, force, pcc or admin (default: ${DEFAULT-VALUE}).")
    String roleClaim;

    @Option(names = "--oidc-force-claim", paramLabel = "NAME", defaultValue = "ncpm_force",
            description = "OpenID Connect: the claim with the force code of force and pcc users (default: ${DEFAULT-VALUE}).")
    String forceClaim;

    @Option(names = "--public-url", paramLabel = "URL", description = "The site's address as browsers reach it, e.g. "
            + "https://ncpm.example.org (OpenID Connect redirects back to URL/sign-in/oidc/callback).")
    URI publicUrl;

    @Option(names = "--insecure-session-cookie", description = "Send the session cookie without Secure: only for trying the "
            + "site over plain http on this machine (refused unless --bind is 127.0.0.1).")
    boolean insecureCookie;

    /**
     * Sign-in for a server of the store.
     *
     * @throws IllegalArgumentException an option is missing or wrong (exit 2)
     * @throws IOException the identity provider cannot be reached
     */
    SiteAccess start(Path store, String bind, int port) throws StoreException, IOException {
        if (insecureCookie && !bind.equals(ServeCommand.LOOPBACK)) {
            throw new IllegalArgumentException("--insecure-session-cookie is only for --bind 127.0.0.1: anywhere else the "
                    + "session cookie must travel over TLS only");
        }
        OidcSignIn oidc = null;
        if (issuer != null) {
            if (clientId == null || clientSecretFile == null) {
                throw new IllegalArgumentException("--oidc-issuer needs --oidc-client-id and --oidc-client-secret-file");
            }
            String secret = Files.readString(clientSecretFile, StandardCharsets.UTF_8).strip();
            URI base = publicUrl != null ? publicUrl : URI.create("http://" + bind + ":" + port + "/");
            oidc = OidcSignIn.discover(new OidcSignIn.Settings(issuer, clientId, secret, base, roleClaim, forceClaim));
        }
        SiteAccess access = SiteAccess.of(AccessControl.start(store, Catalogue.bundled(), Clock.systemUTC()));
        if (insecureCookie) {
            access = access.withInsecureCookieForLocalTests();
        }
        return oidc == null ? access : access.withOidc(oidc);
    }
}
