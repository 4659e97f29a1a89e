package dev.aksca.emulator;

import static dev.aksca.support.Emulator.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiAuthenticationTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Inject
    TokenIssuer issuer;

    @BeforeEach
    void reset() {
        Emulator.reset();
    }

    @Test
    void graphCallWithoutTokenIsRefusedInGraphsEnvelope() {
        anonymous().header("client-request-id", "my-correlation").get(Emulator.POLICIES_PATH).then()
                .statusCode(401)
                .header("client-request-id", "my-correlation")
                .body("error.code", equalTo("InvalidAuthenticationToken"))
                .body("error.message", equalTo("Access token is empty."))
                .body("error.innerError.request-id", matchesPattern(UUID))
                .body("error.innerError.client-request-id", equalTo("my-correlation"))
                .body("error.innerError.date", notNullValue());
    }

    @Test
    void graphRefusesATokenIssuedForTheApiOrForArm() {
        String apiToken = Emulator.token("aksca-admin", "aksca-admin-secret", Emulator.API_SCOPE);
        anonymous().auth().oauth2(apiToken).get(Emulator.POLICIES_PATH).then()
                .statusCode(401)
                .body("error.code", equalTo("InvalidAuthenticationToken"))
                .body("error.message", equalTo("Access token validation failure. Invalid audience."));
        anonymous().auth().oauth2(Emulator.armToken()).get("/v1.0/groups/a0000000-0000-0000-0000-000000000001")
                .then().statusCode(401);
    }

    @Test
    void graphRefusesExpiredAndTamperedTokens() {
        Client service = issuer.client("aksca-service").orElseThrow();
        String expired = issuer.issue(service, TenantUrls.GRAPH_AUDIENCE, Instant.now().minus(Duration.ofHours(2)),
                Duration.ofHours(1));
        anonymous().auth().oauth2(expired).get(Emulator.POLICIES_PATH).then()
                .statusCode(401)
                .body("error.message", equalTo("Lifetime validation failed, the token is expired."));

        String valid = Emulator.graphToken();
        String[] parts = valid.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        anonymous().auth().oauth2(tampered).get(Emulator.POLICIES_PATH).then()
                .statusCode(401)
                .body("error.code", equalTo("InvalidAuthenticationToken"));
        anonymous().auth().oauth2("not-a-jwt").get(Emulator.POLICIES_PATH).then().statusCode(401);
    }

    @Test
    void armRefusesGraphTokensInArmsEnvelope() {
        anonymous().auth().oauth2(Emulator.graphToken()).queryParam("api-version", "2024-09-01")
                .get(Emulator.CLUSTERS + "/aks-demo").then()
                .statusCode(401)
                .body("error.code", equalTo("InvalidAuthenticationToken"))
                .body("error.message", notNullValue())
                .body("error.innerError", nullValue());
        anonymous().queryParam("api-version", "2024-09-01").get(Emulator.CLUSTERS + "/aks-demo").then()
                .statusCode(401)
                .body("error.code", equalTo("InvalidAuthenticationToken"));
    }

    @Test
    void validServiceTokensAreAccepted() {
        Emulator.graph().get(Emulator.POLICIES_PATH).then().statusCode(200);
        Emulator.arm().get(Emulator.CLUSTERS + "/aks-demo").then().statusCode(200);
    }
}
