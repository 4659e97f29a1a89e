package dev.aksca.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Hands every identity quarkus-oidc verified from a bearer token to {@link VerifiedTokens}, last of augmentors, so
 * that what is remembered is the identity as every other augmentor left it.
 */
@Singleton
class VerifiedTokenRecorder implements SecurityIdentityAugmentor {

    private final VerifiedTokens tokens;

    VerifiedTokenRecorder(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (!identity.isAnonymous() && credential != null && identity.getPrincipal() instanceof JsonWebToken jwt) {
            tokens.remember(credential.getToken(), identity, jwt.getExpirationTime());
        }
        return Uni.createFrom().item(identity);
    }
}
