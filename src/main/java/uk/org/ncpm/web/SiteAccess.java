package uk.org.ncpm.web;

import uk.org.ncpm.access.AccessControl;

import java.util.Optional;

/**
 * Sign-in on the site: the server's {@link AccessControl}, whether the session cookie is marked Secure, and
 * OpenID Connect if configured. Without it (ncpm publish, and a server made without it) the site has no
 * sign-in at all.
 *
 * @param secureCookie false only for tests over plain http://localhost; a real server is reached through TLS
 */
public record SiteAccess(AccessControl control, boolean secureCookie, Optional<OidcSignIn> oidc) {

    public static SiteAccess of(AccessControl control) {
        return new SiteAccess(control, true, Optional.empty());
    }

    public SiteAccess withInsecureCookieForLocalTests() {
        return new SiteAccess(control, false, oidc);
    }

    public SiteAccess withOidc(OidcSignIn signIn) {
        return new SiteAccess(control, secureCookie, Optional.of(signIn));
    }
}
