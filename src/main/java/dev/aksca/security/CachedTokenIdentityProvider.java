package dev.aksca.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

/**
 * Answers a bearer token that quarkus-oidc verified before from {@link VerifiedTokens}, before quarkus-oidc checks
 * its RS256 signature and claims again: pipelines present one token for its whole lifetime, and that check was a
 * fifth to a quarter of the service's CPU per request. An unknown token falls through (a null identity) to quarkus-oidc.
 */
@Singleton
class CachedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final VerifiedTokens tokens;

    CachedTokenIdentityProvider(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before quarkus-oidc's provider, which keeps the default priority (above SYSTEM_FIRST). */
    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        SecurityIdentity verified = tokens.find(request.getToken().getToken());
        if (verified == null) {
            return Uni.createFrom().nullItem();
        }
        // The remembered identity carries the request it was verified in; this request's own replaces it.
        RoutingContext current = HttpSecurityUtils.getRoutingContextAttribute(request);
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(verified)
                .addAttribute(RoutingContext.class.getName(), current)
                .addAttribute(AuthenticationRequestContext.class.getName(), context)
                .build());
    }
}
