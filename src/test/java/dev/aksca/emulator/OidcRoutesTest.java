package dev.aksca.emulator;

import static dev.aksca.support.Emulator.anonymous;
import static dev.aksca.support.Emulator.payload;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OidcRoutesTest {

    private static final String TOKEN_PATH = "/" + Emulator.TENANT + "/oauth2/v2.0/token";

    @BeforeEach
    void reset() {
        Emulator.reset();
    }

    private static ValidatableResponse tokenRequest(Map<String, String> form) {
        return anonymous().contentType(ContentType.URLENC).formParams(form).post(TOKEN_PATH).then();
    }

    private static JsonObject issue(String clientId, String scope) {
        String body = tokenRequest(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", clientId + "-secret", "scope", scope))
                .statusCode(200)
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(3599))
                .body("ext_expires_in", equalTo(3599))
                .extract().asString();
        return new JsonObject(body);
    }

    @Test
    void discoveryDocumentPointsAtTheTenantsOwnEndpoints() {
        String tenantBase = Emulator.baseUrl() + "/" + Emulator.TENANT;
        anonymous().get("/" + Emulator.TENANT + "/v2.0/.well-known/openid-configuration").then()
                .statusCode(200)
                .body("issuer", equalTo(tenantBase + "/v2.0"))
                .body("jwks_uri", equalTo(tenantBase + "/discovery/v2.0/keys"))
                .body("token_endpoint", equalTo(tenantBase + "/oauth2/v2.0/token"))
                .body("authorization_endpoint", startsWith(tenantBase + "/oauth2/v2.0/"))
                .body("id_token_signing_alg_values_supported", contains("RS256"));
    }

    @Test
    void unknownTenantIsRefused() {
        anonymous().get("/common-tenant/v2.0/.well-known/openid-configuration").then()
                .statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void adminTokenCarriesBothRolesAndEntraV2Claims() throws Exception {
        JsonObject response = issue("aksca-admin", Emulator.API_SCOPE);
        String jwt = response.getString("access_token");
        JsonObject claims = payload(jwt);
        assertEquals(Emulator.baseUrl() + "/" + Emulator.TENANT + "/v2.0", claims.getString("iss"));
        assertEquals("22222222-2222-2222-2222-222222222222", claims.getString("aud"));
        assertEquals(Emulator.TENANT, claims.getString("tid"));
        assertEquals("aksca-admin", claims.getString("azp"));
        assertEquals("aksca-admin", claims.getString("appid"));
        assertEquals("2.0", claims.getString("ver"));
        assertEquals(claims.getString("oid"), claims.getString("sub"));
        assertEquals(new JsonArray().add("AccessPolicy.Read").add("AccessPolicy.Write"), claims.getJsonArray("roles"));
        assertEquals(3599, claims.getLong("exp") - claims.getLong("iat"));
        assertTrue(claims.getLong("nbf") <= claims.getLong("iat"));

        // The signature must verify with the published JWKS, as quarkus-oidc will check it.
        String jwks = anonymous().get("/" + Emulator.TENANT + "/discovery/v2.0/keys").then().statusCode(200)
                .body("keys[0].kty", equalTo("RSA"))
                .body("keys[0].use", equalTo("sig"))
                .body("keys[0].alg", equalTo("RS256"))
                .extract().asString();
        PublicJsonWebKey key = (PublicJsonWebKey) new JsonWebKeySet(jwks).getJsonWebKeys().get(0);
        assertEquals(2048, ((RSAPublicKey) key.getPublicKey()).getModulus().bitLength());
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(jwt);
        assertEquals(key.getKeyId(), jws.getKeyIdHeaderValue());
        jws.setKey(key.getPublicKey());
        assertTrue(jws.verifySignature());
    }

    @Test
    void readerTokenCarriesOnlyReadRole() {
        JsonObject claims = payload(issue("aksca-reader", Emulator.API_SCOPE).getString("access_token"));
        assertEquals(List.of("AccessPolicy.Read"), claims.getJsonArray("roles").getList());
    }

    @Test
    void clientWithoutRolesGetsNoRolesClaimAndItsOwnObjectId() {
        JsonObject none = payload(issue("aksca-none", Emulator.API_SCOPE).getString("access_token"));
        JsonObject admin = payload(issue("aksca-admin", Emulator.API_SCOPE).getString("access_token"));
        assertFalse(none.containsKey("roles"));
        assertFalse(none.getString("oid").equals(admin.getString("oid")));
        JsonObject again = payload(issue("aksca-none", Emulator.API_SCOPE).getString("access_token"));
        assertEquals(none.getString("oid"), again.getString("oid"));
    }

    @Test
    void serviceIdentityGetsGraphAndArmAudiencesIncludingDoubleSlashScope() {
        assertEquals("https://graph.microsoft.com",
                payload(issue("aksca-service", Emulator.GRAPH_SCOPE).getString("access_token")).getString("aud"));
        assertEquals("https://management.azure.com",
                payload(issue("aksca-service", Emulator.ARM_SCOPE).getString("access_token")).getString("aud"));
        assertEquals("https://management.azure.com", payload(issue("aksca-service",
                "https://management.azure.com//.default").getString("access_token")).getString("aud"));
    }

    @Test
    void badSecretIsInvalidClient() {
        tokenRequest(Map.of("grant_type", "client_credentials", "client_id", "aksca-admin",
                "client_secret", "wrong", "scope", Emulator.API_SCOPE))
                .statusCode(401)
                .body("error", equalTo("invalid_client"))
                .body("error_description", startsWith("AADSTS7000215:"));
    }

    @Test
    void unknownClientIsInvalidClient() {
        tokenRequest(Map.of("grant_type", "client_credentials", "client_id", "mallory",
                "client_secret", "x", "scope", Emulator.API_SCOPE))
                .statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void callerCannotAskForGraphAndServiceCannotAskForTheApi() {
        tokenRequest(Map.of("grant_type", "client_credentials", "client_id", "aksca-admin",
                "client_secret", "aksca-admin-secret", "scope", Emulator.GRAPH_SCOPE))
                .statusCode(400).body("error", equalTo("invalid_scope"));
        tokenRequest(Map.of("grant_type", "client_credentials", "client_id", "aksca-service",
                "client_secret", "aksca-service-secret", "scope", Emulator.API_SCOPE))
                .statusCode(400).body("error", equalTo("invalid_scope"));
        tokenRequest(Map.of("grant_type", "client_credentials", "client_id", "aksca-service",
                "client_secret", "aksca-service-secret", "scope", "https://graph.microsoft.com/User.Read"))
                .statusCode(400).body("error", equalTo("invalid_scope"));
    }

    @Test
    void otherGrantTypesAreUnsupported() {
        tokenRequest(Map.of("grant_type", "password", "client_id", "aksca-admin",
                "client_secret", "aksca-admin-secret", "scope", Emulator.API_SCOPE))
                .statusCode(400).body("error", equalTo("unsupported_grant_type"));
    }

    @Test
    void clientSecretBasicIsAccepted() {
        anonymous().auth().preemptive().basic("aksca-reader", "aksca-reader-secret")
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("scope", Emulator.API_SCOPE)
                .post(TOKEN_PATH).then().statusCode(200);
    }
}
