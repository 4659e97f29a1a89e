package dev.aksca.security;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.spi.runtime.BlockingSecurityExecutor;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Set;

/**
 * Answers a bearer token that quarkus-oidc verified before from {@link VerifiedTokens}; everything else (no header,
 * an unknown or altered token, challenges) is quarkus-oidc's. Pipelines present one token for its whole lifetime:
 * checking its RS256 signature and claims again was a fifth to a quarter of the service's CPU per request, and even
 * wrapping it in quarkus-oidc's credential parses its payload as JSON (to tell a JWT from an opaque token).
 */
@Alternative
@Priority(1)
@ApplicationScoped
class RememberedBearerMechanism implements HttpAuthenticationMechanism {

    private static final String SCHEME = "Bearer ";

    private final OidcAuthenticationMechanism oidc;
    private final VerifiedTokens tokens;
    private final AuthenticationRequestContext requestContext;

    RememberedBearerMechanism(OidcAuthenticationMechanism oidc, VerifiedTokens tokens,
            BlockingSecurityExecutor blocking) {
        this.oidc = oidc;
        this.tokens = tokens;
        this.requestContext = blocking::executeBlocking;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            SecurityIdentity verified = tokens.find(authorization.substring(SCHEME.length()).trim());
            if (verified != null) {
                // The remembered identity carries the request it was verified in; this request's own replaces it.
                return Uni.createFrom().item(QuarkusSecurityIdentity.builder(verified)
                        .addAttribute(RoutingContext.class.getName(), context)
                        .addAttribute(AuthenticationRequestContext.class.getName(), requestContext)
                        .build());
            }
        }
        return oidc.authenticate(context, identityProviderManager);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return oidc.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return oidc.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return oidc.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return oidc.getPriority();
    }
}
