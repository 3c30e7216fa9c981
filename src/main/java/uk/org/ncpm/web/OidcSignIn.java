package uk.org.ncpm.web;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import uk.org.ncpm.access.AuditOutcome;
import uk.org.ncpm.access.Role;
import uk.org.ncpm.access.Session;
import uk.org.ncpm.access.SignInResult;
import uk.org.ncpm.access.User;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-in through an organisation's OpenID Connect provider, with the Nimbus SDK: the authorization code
 * flow with state, nonce and PKCE (S256); the provider found from its issuer's discovery document; the ID
 * token checked by the SDK's IDTokenValidator (signature from the provider's keys, issuer, audience,
 * expiry, nonce). The role comes from a claim (analyst, force, pcc or admin), the force from another;
 * a missing or unknown role is refused with a page that says so.
 */
public final class OidcSignIn {

    static final String START = "/sign-in/oidc";
    static final String CALLBACK = "/sign-in/oidc/callback";
    private static final Duration PENDING = Duration.ofMinutes(10);

    /** An authorization request on its way: what the callback must match. */
    private record Pending(String sessionId, Nonce nonce, CodeVerifier verifier, String next, Instant started) {
    }

    /**
     * @param baseUrl    the site's own address as the provider redirects to it, e.g. https://ncpm.example.org
     * @param roleClaim  the claim that carries the role, e.g. ncpm_role
     * @param forceClaim the claim that carries the force code of force and pcc users, e.g. ncpm_force
     */
    public record Settings(URI issuer, String clientId, String clientSecret, URI baseUrl, String roleClaim, String forceClaim) {
    }

    private final Settings settings;
    private final OIDCProviderMetadata provider;
    private final IDTokenValidator validator;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    private OidcSignIn(Settings settings, OIDCProviderMetadata provider, IDTokenValidator validator) {
        this.settings = settings;
        this.provider = provider;
        this.validator = validator;
    }

    /**
     * Reads the provider's discovery document ({issuer}/.well-known/openid-configuration).
     *
     * @throws IOException the issuer cannot be reached or its document is not an OpenID provider's
     */
    public static OidcSignIn discover(Settings settings) throws IOException {
        try {
            OIDCProviderMetadata provider = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()));
            // the signature algorithms the provider says it uses, with its published keys; never "none" nor a shared secret
            java.util.Set<JWSAlgorithm> algorithms = new java.util.HashSet<>(provider.getIDTokenJWSAlgs() == null
                    ? java.util.List.of(JWSAlgorithm.RS256) : provider.getIDTokenJWSAlgs());
            algorithms.removeIf(a -> JWSAlgorithm.Family.HMAC_SHA.contains(a) || a.getName().equals("none"));
            var keys = com.nimbusds.jose.jwk.source.JWKSourceBuilder.<com.nimbusds.jose.proc.SecurityContext>create(
                    provider.getJWKSetURI().toURL()).build();
            IDTokenValidator validator = new IDTokenValidator(provider.getIssuer(), new ClientID(settings.clientId()),
                    new com.nimbusds.jose.proc.JWSVerificationKeySelector<>(algorithms, keys), null);
            return new OidcSignIn(settings, provider, validator);
        } catch (com.nimbusds.oauth2.sdk.GeneralException e) {
            throw new IOException("OpenID provider " + settings.issuer() + ": " + e.getMessage(), e);
        }
    }

    private URI redirectUri() {
        return settings.baseUrl().resolve(CALLBACK);
    }

    void start(Context ctx, SiteAccess access) {
        Session session = Visitor.of(ctx).session().orElseGet(() -> {
            Session started = access.control().sessions().start();
            SessionCookie.set(ctx, started, access.secureCookie());
            return started;
        });
        forgetOld();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        pending.put(state.getValue(), new Pending(session.id(), nonce, verifier, SignIn.next(ctx.queryParam("next")), Instant.now()));
        AuthenticationRequest request = new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid", "profile"),
                new ClientID(settings.clientId()), redirectUri())
                .endpointURI(provider.getAuthorizationEndpointURI()).state(state).nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256).build();
        ctx.redirect(request.toURI().toString(), HttpStatus.FOUND);
    }

    void callback(Context ctx, SiteAccess access) {
        String address = ctx.ip();
        try {
            AuthenticationResponse response = AuthenticationResponseParser.parse(URI.create(ctx.fullUrl()));
            Pending request = Optional.ofNullable(response.getState()).map(s -> pending.remove(s.getValue()))
                    .filter(p -> Visitor.of(ctx).session().map(Session::id).filter(p.sessionId()::equals).isPresent())
                    .filter(p -> p.started().plus(PENDING).isAfter(Instant.now()))
                    .orElseThrow(() -> new Refusal("the sign-in did not start here, or took too long; start again"));
            if (!response.indicatesSuccess()) {
                throw new Refusal("your organisation's sign-in said: " + response.toErrorResponse().getErrorObject().getDescription());
            }
            AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
            TokenRequest tokenRequest = new TokenRequest(provider.getTokenEndpointURI(),
                    new ClientSecretBasic(new ClientID(settings.clientId()), new Secret(settings.clientSecret())),
                    new AuthorizationCodeGrant(code, redirectUri(), request.verifier()));
            TokenResponse tokens = OIDCTokenResponseParser.parse(tokenRequest.toHTTPRequest().send());
            if (!tokens.indicatesSuccess()) {
                throw new Refusal("your organisation's sign-in refused the code: "
                        + tokens.toErrorResponse().getErrorObject().getDescription());
            }
            JWT idToken = ((OIDCTokenResponse) tokens.toSuccessResponse()).getOIDCTokens().getIDToken();
            IDTokenClaimsSet claims;
            try {
                claims = validator.validate(idToken, request.nonce());
            } catch (com.nimbusds.jose.proc.BadJOSEException | com.nimbusds.jose.JOSEException e) {
                throw new Refusal("the identity token was not valid for this site: " + e.getMessage());
            }
            User user = user(claims);
            if (access.control().enabledUser(user.username()).isEmpty()
                    && access.control().accounts().stream().anyMatch(a -> a.username().equals(user.username()))) {
                throw new Refusal("the account " + user.username() + " is disabled here");
            }
            SignInResult.SignedIn signedIn = access.control().signInVouched(user, settings.issuer().toString(), address,
                    Visitor.of(ctx).session());
            SessionCookie.set(ctx, signedIn.session(), access.secureCookie());
            ctx.redirect(request.next(), HttpStatus.SEE_OTHER);
        } catch (Refusal e) {
            refuse(ctx, access, e.getMessage(), address);
        } catch (ParseException | IOException | RuntimeException e) {
            refuse(ctx, access, "the answer of your organisation's sign-in could not be read (" + e.getMessage() + ")", address);
        }
    }

    /** The user the provider vouches for, with the role and force its claims give. */
    private User user(IDTokenClaimsSet claims) throws Refusal {
        String roleText = claims.getStringClaim(settings.roleClaim());
        if (roleText == null) {
            throw new Refusal("your account has no NCPM Monitor role (claim " + settings.roleClaim() + "); ask your administrator");
        }
        Role role;
        try {
            role = Role.of(roleText);
        } catch (IllegalArgumentException e) {
            throw new Refusal("your account's role '" + roleText + "' is not one of " + Role.ids() + "; ask your administrator");
        }
        String name = Optional.ofNullable(claims.getStringClaim("preferred_username")).orElse(claims.getSubject().getValue())
                .toLowerCase(Locale.ROOT);
        try {
            return new User(name, claims.getStringClaim("name"), role,
                    role.boundToForce() ? Optional.ofNullable(claims.getStringClaim(settings.forceClaim())) : Optional.empty());
        } catch (IllegalArgumentException e) {
            throw new Refusal(e.getMessage());
        }
    }

    private void refuse(Context ctx, SiteAccess access, String why, String address) {
        access.control().record("anonymous", "sign-in", null, "OpenID Connect refused: " + why, AuditOutcome.FAILURE, address);
        ctx.status(HttpStatus.FORBIDDEN);
        ctx.html(WebApp.errorPage(403, "You could not be signed in: " + why + ".", false));
    }

    private void forgetOld() {
        Instant old = Instant.now().minus(PENDING);
        pending.values().removeIf(p -> p.started().isBefore(old));
    }

    /** A sign-in refused for a reason the person can be told. */
    private static final class Refusal extends Exception {
        Refusal(String message) {
            super(message);
        }
    }
}
