package dev.aksca.policy;

import static dev.aksca.support.Emulator.POLICIES_PATH;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aksca.support.Emulator;
import dev.aksca.support.SignInLogs;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The recent policy list spares Graph calls that only need a recent view of the tenant. The service keeps it across
 * the emulator's resets, so every test works on clusters of its own (fresh display names).
 */
@QuarkusTest
@TestProfile(PolicyListCacheProfile.class)
class PolicyListCacheTest {

    private static final String SUBSCRIPTION = "00000000-0000-0000-0000-000000000001";

    private String admin;

    @BeforeEach
    void resetTenant() {
        Emulator.reset();
        admin = Emulator.token("aksca-admin");
    }

    @Test
    void anUnchangedApplyReadsOnlyItsOwnPolicyFromGraph() {
        String cluster = cluster();
        apply(cluster, "control-plane", "{}", 201);
        given().delete(Emulator.baseUrl() + "/emulator/requests").then().statusCode(204);

        apply(cluster, "control-plane", "{}", 200);

        List<Map<String, Object>> graph = Emulator.requests().stream()
                .filter(r -> String.valueOf(r.get("path")).startsWith("/v1.0/")).toList();
        assertEquals(1, graph.size(), "only the lookup by display name: " + graph);
        assertTrue(String.valueOf(graph.get(0).get("query")).contains("$filter=displayName eq "));
    }

    @Test
    void aVerificationReadsOnlyTheSignInLogOnceThePolicyIsKnown() {
        String cluster = cluster();
        apply(cluster, "node-ssh", "{}", 201);
        given().delete(Emulator.baseUrl() + "/emulator/requests").then().statusCode(204);

        verify(cluster, 200);

        List<Map<String, Object>> graph = Emulator.requests().stream()
                .filter(r -> String.valueOf(r.get("path")).startsWith("/v1.0/")).toList();
        assertEquals(1, graph.size(), "one sign-in log page: " + graph);
        assertEquals(SignInLogs.SIGN_INS_PATH, graph.get(0).get("path"));
    }

    @Test
    void aPolicyThisReplicaDeletedIsNoLongerVerified() {
        String cluster = cluster();
        apply(cluster, "node-ssh", "{}", 201);
        verify(cluster, 200);

        given().auth().oauth2(admin).delete(cluster + "/accessPolicies/node-ssh").then().statusCode(204);

        verify(cluster, 404);
    }

    @Test
    void aPolicyThisReplicaJustCreatedIsInTheSharedGroupWarnings() {
        String first = cluster();
        String second = cluster();
        apply(first, "node-ssh", "{}", 201);
        apply(first, "control-plane", "{}", 201);
        given().delete(Emulator.baseUrl() + "/emulator/requests").then().statusCode(204);

        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}")
                .put(second + "/accessPolicies/control-plane")
                .then().statusCode(201)
                .body("warnings", hasItem(containsString("also targeted by the control-plane policy of")));
        assertTrue(Emulator.requests("GET", POLICIES_PATH).stream()
                .allMatch(r -> String.valueOf(r.get("query")).contains("$filter=displayName eq ")),
                "no list of every policy: the create patched the recent list");
    }

    private void apply(String cluster, String kind, String body, int status) {
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body).put(cluster + "/accessPolicies/" + kind)
                .then().statusCode(status);
    }

    private void verify(String cluster, int status) {
        given().auth().oauth2(admin)
                .queryParam("user", "alice@contoso.com")
                .queryParam("since", Instant.now().minus(1, ChronoUnit.HOURS).minusMillis(System.nanoTime() % 1000).toString())
                .get(cluster + "/accessPolicies/node-ssh/verification")
                .then().statusCode(status);
    }

    /** A cluster administered by the seeded AKS admins group, named for this test alone. */
    private static String cluster() {
        String name = "aks-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> aad = Map.of("managed", true, "adminGroupObjectIDs", List.of(Emulator.AKS_ADMINS),
                "tenantID", Emulator.TENANT);
        given().contentType(ContentType.JSON)
                .body(Map.of("properties", Map.of("aadProfile", aad, "disableLocalAccounts", true)))
                .put(Emulator.baseUrl() + "/emulator/clusters/" + SUBSCRIPTION + "/rg-demo/" + name)
                .then().statusCode(201);
        return "/api/v1/subscriptions/" + SUBSCRIPTION + "/resourceGroups/rg-demo/managedClusters/" + name;
    }
}
