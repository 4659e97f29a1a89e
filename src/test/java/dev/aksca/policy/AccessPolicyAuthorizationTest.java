package dev.aksca.policy;

import static dev.aksca.support.Emulator.AKS_DEMO;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccessPolicyAuthorizationTest {

    private static final String POLICY = AKS_DEMO + "/accessPolicies/control-plane";

    @BeforeEach
    void resetTenant() {
        Emulator.reset();
    }

    @Test
    void withoutATokenEveryEndpointAnswers401Problem() {
        given().get(POLICY).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", endsWith("/unauthenticated"));
        given().contentType(ContentType.JSON).body("{}").put(POLICY).then().statusCode(401);
        given().delete(POLICY).then().statusCode(401);
        given().get("/api/v1/accessPolicies").then().statusCode(401);
    }

    @Test
    void aGarbageTokenIs401() {
        given().auth().oauth2("not.a.jwt").get("/api/v1/accessPolicies").then().statusCode(401);
    }

    @Test
    void aReaderCanReadButNotWrite() {
        String reader = Emulator.token("aksca-reader");
        given().auth().oauth2(reader).get("/api/v1/accessPolicies").then().statusCode(200);
        given().auth().oauth2(reader).get(AKS_DEMO + "/accessPolicies").then().statusCode(200);
        given().auth().oauth2(reader).contentType(ContentType.JSON).body("{}").put(POLICY)
                .then().statusCode(403).contentType("application/problem+json").body("type", endsWith("/forbidden"));
        given().auth().oauth2(reader).delete(POLICY).then().statusCode(403);
        given().auth().oauth2(reader).get(POLICY).then().statusCode(404);
    }

    @Test
    void aCallerWithoutRolesIsForbiddenEverywhere() {
        String none = Emulator.token("aksca-none");
        given().auth().oauth2(none).get("/api/v1/accessPolicies").then().statusCode(403);
        given().auth().oauth2(none).get(POLICY).then().statusCode(403);
        given().auth().oauth2(none).contentType(ContentType.JSON).body("{}").put(POLICY).then().statusCode(403);
    }

    @Test
    void anAdminCanWriteAndRead() {
        String admin = Emulator.token("aksca-admin");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}").put(POLICY).then().statusCode(201);
        given().auth().oauth2(admin).get(POLICY).then().statusCode(200).body("kind", equalTo("control-plane"));
        given().auth().oauth2(admin).delete(POLICY).then().statusCode(204);
    }

    @Test
    void healthIsOpen() {
        given().get("/q/health/live").then().statusCode(200);
    }
}
