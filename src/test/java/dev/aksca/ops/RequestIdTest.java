package dev.aksca.ops;

import static dev.aksca.support.Emulator.AKS_DEMO;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestIdTest {

    // A random (version 4, IETF variant) UUID, the shape Graph's client-request-id expects.
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    private String admin;

    @BeforeEach
    void resetTenant() {
        Emulator.reset();
        admin = Emulator.token("aksca-admin");
    }

    @Test
    void theCallersRequestIdIsAnsweredAndSentToGraphAndArm() {
        String id = given().auth().oauth2(admin).header("X-Request-Id", "deploy-42.apply:1")
                .contentType(ContentType.JSON).body("{}").put(AKS_DEMO + "/accessPolicies/control-plane")
                .then().statusCode(201).header("X-Request-Id", "deploy-42.apply:1")
                .extract().header("X-Request-Id");

        assertSentUpstream(id);
    }

    @Test
    void withoutARequestIdTheServiceMakesOneAndSendsItUpstream() {
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}")
                .put(AKS_DEMO + "/accessPolicies/control-plane")
                .then().statusCode(201).header("X-Request-Id", matchesPattern(UUID))
                .extract().header("X-Request-Id");

        assertSentUpstream(id);
    }

    @Test
    void anUnsafeRequestIdIsReplacedNotEchoed() {
        given().auth().oauth2(admin).header("X-Request-Id", "evil id\" with spaces")
                .get(AKS_DEMO + "/accessPolicies")
                .then().statusCode(200).header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void errorAnswersCarryTheRequestIdToo() {
        given().header("X-Request-Id", "no-token-1").get(AKS_DEMO + "/accessPolicies")
                .then().statusCode(401).header("X-Request-Id", equalTo("no-token-1"));
        given().auth().oauth2(admin).header("X-Request-Id", "bad-kind-1").get(AKS_DEMO + "/accessPolicies/nope")
                .then().statusCode(400).header("X-Request-Id", equalTo("bad-kind-1"));
    }

    private static void assertSentUpstream(String id) {
        List<Map<String, Object>> graph = Emulator.requests("POST", Emulator.POLICIES_PATH);
        assertEquals(1, graph.size());
        assertEquals(id, header(graph.get(0), "client-request-id"));
        List<Map<String, Object>> arm = Emulator.requests("GET", "/subscriptions/");
        assertFalse(arm.isEmpty());
        arm.forEach(call -> assertEquals(id, header(call, "x-ms-client-request-id")));
    }

    @SuppressWarnings("unchecked")
    private static Object header(Map<String, Object> call, String name) {
        return ((Map<String, Object>) call.get("headers")).get(name);
    }
}
