package dev.aksca.emulator;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.JoseException;

/**
 * Signs the tenant's RS256 access tokens and verifies the ones presented to the emulated Graph and ARM.
 *
 * <p>The key pair lives only in memory and is new on every start, so a token never outlives the tenant that issued it.
 */
@ApplicationScoped
public class TokenIssuer {

    static final Duration LIFETIME = Duration.ofSeconds(3599);

    private final TenantUrls urls;
    private final RsaJsonWebKey key;
    private final Map<String, Client> clients = new ConcurrentHashMap<>();
    private final Map<String, JwtConsumer> consumers = new ConcurrentHashMap<>();

    TokenIssuer(TenantUrls urls) {
        this.urls = urls;
        try {
            key = RsaJwkGenerator.generateJwk(2048);
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot generate the emulated tenant's signing key", e);
        }
        key.setKeyId(UUID.randomUUID().toString().replace("-", ""));
        key.setUse("sig");
        key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
        Seed.clients().forEach(c -> clients.put(c.id(), c));
    }

    Optional<Client> client(String clientId) {
        return Optional.ofNullable(clientId).map(clients::get);
    }

    /** The public half as a JWKS document. */
    JsonObject jwks() {
        JsonObject jwk = new JsonObject(key.toParams(RsaJsonWebKey.OutputControlLevel.PUBLIC_ONLY));
        return new JsonObject().put("keys", new JsonArray().add(jwk));
    }

    /** An access token for {@code client} and {@code audience}, valid from {@code issuedAt} for {@code lifetime}. */
    String issue(Client client, String audience, Instant issuedAt, Duration lifetime) {
        return issue(client, audience, issuedAt, lifetime, new JsonObject());
    }

    /** As {@link #issue(Client, String, Instant, Duration)}, with claims replaced or, when null, removed. */
    String issue(Client client, String audience, Instant issuedAt, Duration lifetime, JsonObject overrides) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(urls.issuer());
        claims.setAudience(audience);
        claims.setIssuedAt(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
        claims.setNotBefore(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(issuedAt.plus(lifetime).getEpochSecond()));
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setSubject(client.objectId());
        claims.setClaim("oid", client.objectId());
        claims.setClaim("tid", TenantUrls.TENANT_ID);
        claims.setClaim("azp", client.id());
        claims.setClaim("appid", client.id());
        claims.setClaim("azpacr", "1");
        claims.setClaim("idtyp", "app");
        claims.setClaim("ver", "2.0");
        List<String> roles = client.rolesByAudience().getOrDefault(audience, List.of());
        if (!roles.isEmpty()) {
            claims.setStringListClaim("roles", roles);
        }
        overrides.forEach(claim -> {
            if (claim.getValue() == null) {
                claims.unsetClaim(claim.getKey());
            } else {
                Object value = claim.getValue();
                claims.setClaim(claim.getKey(), value instanceof JsonArray array ? array.getList() : value);
            }
        });
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign an access token", e);
        }
    }

    /**
     * Checks signature, issuer, lifetime and audience of a token this tenant issued.
     *
     * @throws InvalidTokenException with a Graph-like reason when the token must be refused
     */
    public JwtClaims verify(String jwt, String audience) throws InvalidTokenException {
        if (jwt == null || jwt.isBlank()) {
            throw new InvalidTokenException("Access token is empty.");
        }
        try {
            return consumers.computeIfAbsent(audience, this::consumer).processToClaims(jwt);
        } catch (InvalidJwtException e) {
            if (e.hasExpired()) {
                throw new InvalidTokenException("Lifetime validation failed, the token is expired.");
            }
            if (e.hasErrorCode(ErrorCodes.AUDIENCE_INVALID)) {
                throw new InvalidTokenException("Access token validation failure. Invalid audience.");
            }
            if (e.hasErrorCode(ErrorCodes.SIGNATURE_INVALID)) {
                throw new InvalidTokenException("Access token validation failure. Invalid signature.");
            }
            if (e.hasErrorCode(ErrorCodes.ISSUER_INVALID)) {
                throw new InvalidTokenException("Access token validation failure. Invalid issuer.");
            }
            throw new InvalidTokenException("Access token validation failure.");
        }
    }

    private JwtConsumer consumer(String audience) {
        return new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds(60)
                .setExpectedIssuer(urls.issuer())
                .setExpectedAudience(audience)
                .setVerificationKey(key.getPublicKey())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256)
                .build();
    }
}
