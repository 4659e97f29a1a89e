package dev.aksca.security;

import static dev.aksca.support.Emulator.mintToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A token verified once is trusted for its own lifetime only, for exactly that token, with its own roles. */
@QuarkusTest
class VerifiedTokenCacheTest {

    private static final String POLICIES = "/api/v1/accessPolicies";

    @BeforeEach
    void resetTenant() {
        Emulator.reset();
    }

    @Test
    void aTokenAcceptedBeforeIsRefusedOnceItExpires() throws InterruptedException {
        long now = System.currentTimeMillis() / 1000;
        String token = mintToken(Map.of("iat", now, "nbf", now, "exp", now + 3, "roles", List.of("AccessPolicy.Read")));
        given().auth().oauth2(token).get(POLICIES).then().statusCode(200);
        given().auth().oauth2(token).get(POLICIES).then().statusCode(200);

        Thread.sleep(Math.max(0, (now + 4) * 1000 - System.currentTimeMillis()));

        given().auth().oauth2(token).get(POLICIES).then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void aTokenAlteredAfterItWasAcceptedIsRefused() {
        String token = Emulator.token("aksca-admin");
        given().auth().oauth2(token).get(POLICIES).then().statusCode(200);

        // A character inside the signature, not its last one, whose low bits are padding.
        int at = token.length() - 10;
        String altered = token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);
        given().auth().oauth2(altered).get(POLICIES).then().statusCode(401);
        given().auth().oauth2(token).get(POLICIES).then().statusCode(200);
    }

    @Test
    void aRememberedReaderIsStillForbiddenToWrite() {
        String reader = Emulator.token("aksca-reader");
        given().auth().oauth2(reader).get(POLICIES).then().statusCode(200);
        given().auth().oauth2(reader).get(POLICIES).then().statusCode(200);

        given().auth().oauth2(reader).contentType(ContentType.JSON).body("{}")
                .put(Emulator.AKS_DEMO + "/accessPolicies/control-plane").then()
                .statusCode(403)
                .body("status", equalTo(403));
    }
}
