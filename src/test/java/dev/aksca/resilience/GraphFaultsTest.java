package dev.aksca.resilience;

import static dev.aksca.support.Emulator.AKS_DEMO;
import static dev.aksca.support.Emulator.POLICIES_PATH;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aksca.support.Emulator;
import dev.aksca.support.ResilienceProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract section 7 under injected Graph and ARM faults. */
@QuarkusTest
@TestProfile(ResilienceProfile.class)
class GraphFaultsTest {

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    private String admin;

    @BeforeEach
    void resetTenant() {
        Emulator.reset();
        admin = Emulator.token("aksca-admin");
    }

    @AfterEach
    void closeCircuits() {
        circuitBreakers.resetAll();
    }

    private static void fault(Map<String, Object> fault) {
        given().contentType(ContentType.JSON).body(fault).post(Emulator.baseUrl() + "/emulator/faults")
                .then().statusCode(201);
    }

    @Test
    void aCreateThatFailsThreeTimesWith503SucceedsOnceWithoutDuplicate() {
        fault(Map.of("pathRegex", "conditionalAccess/policies$", "method", "POST", "status", 503, "count", 3));

        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}")
                .put(AKS_DEMO + "/accessPolicies/control-plane")
                .then().statusCode(201);

        assertEquals(4, Emulator.requests("POST", POLICIES_PATH).size(), "three failed posts and one that worked");
        given().auth().oauth2(admin).get("/api/v1/accessPolicies").then().statusCode(200).body("value", hasSize(1));
    }

    @Test
    void graphDownAnswers503WithRetryAfter() {
        fault(Map.of("pathRegex", "conditionalAccess/policies", "status", 503, "count", -1));

        given().auth().oauth2(admin).get("/api/v1/accessPolicies")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", endsWith("/upstream-unavailable"));
    }

    @Test
    void graphSlowerThanTheTimeoutAnswers504() {
        fault(Map.of("pathRegex", "conditionalAccess/policies", "delayMs", 2500, "count", 1));

        given().auth().oauth2(admin).get("/api/v1/accessPolicies")
                .then().statusCode(504)
                .body("type", endsWith("/upstream-timeout"));
    }

    @Test
    void graphDenialAnswers502NamingThePermission() {
        fault(Map.of("pathRegex", "conditionalAccess/policies", "status", 403, "count", 1));

        given().auth().oauth2(admin).get("/api/v1/accessPolicies")
                .then().statusCode(502)
                .body("detail", containsString("Policy.Read.All"));
    }

    @Test
    void armThrottlingIsRetriedUntilItPasses() {
        fault(Map.of("pathRegex", "managedClusters/aks-demo$", "status", 429, "count", 2, "retryAfterSeconds", 0));

        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}")
                .put(AKS_DEMO + "/accessPolicies/node-ssh")
                .then().statusCode(201);
        assertEquals(3, Emulator.requests("GET", "/subscriptions/").stream()
                .filter(r -> String.valueOf(r.get("path")).endsWith("/aks-demo")).count());
    }

    @Test
    void aGraphOutageOpensTheCircuitAndLaterCallsAnswerAtOnce() {
        fault(Map.of("pathRegex", "conditionalAccess/policies", "delayMs", 2500, "count", -1));
        for (int i = 0; i < 8; i++) {
            given().auth().oauth2(admin).get("/api/v1/accessPolicies").then().statusCode(504);
        }
        int before = Emulator.requests().size();

        given().auth().oauth2(admin).get("/api/v1/accessPolicies")
                .then().statusCode(503)
                .header("Retry-After", notNullValue())
                .body("detail", containsString("circuit breaker"));
        assertEquals(before, Emulator.requests().size(), "an open circuit does not call Graph");
    }
}
