package dev.aksca.emulator;

import static dev.aksca.support.Emulator.CLUSTERS;
import static dev.aksca.support.Emulator.POLICIES_PATH;
import static dev.aksca.support.Emulator.anonymous;
import static dev.aksca.support.Emulator.arm;
import static dev.aksca.support.Emulator.graph;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ControlRoutesTest {

    @BeforeEach
    void reset() {
        Emulator.reset();
    }

    private static JsonArray recorded() {
        return new JsonArray(anonymous().get("/emulator/requests").then().statusCode(200).extract().asString());
    }

    private static void fault(String json) {
        anonymous().contentType(ContentType.JSON).body(json).post("/emulator/faults").then().statusCode(201);
    }

    @Test
    void recordedRequestsHaveTheContractShapeAndNoTokenValues() {
        String token = Emulator.graphToken();
        graph().header("client-request-id", "abc").queryParam("$filter", "displayName eq 'x y'").get(POLICIES_PATH)
                .then().statusCode(200);
        graph().body(Emulator.policy("recorded").encode()).post(POLICIES_PATH).then().statusCode(201);
        arm().get(CLUSTERS + "/nope").then().statusCode(404);

        JsonArray requests = recorded();
        assertEquals(3, requests.size());
        JsonObject list = requests.getJsonObject(0);
        assertEquals("GET", list.getString("method"));
        assertEquals(POLICIES_PATH, list.getString("path"));
        assertEquals("$filter=displayName eq 'x y'", list.getString("query"));
        assertEquals("abc", list.getJsonObject("headers").getString("client-request-id"));
        assertNull(list.getValue("body"));
        assertEquals(200, list.getInteger("status"));

        JsonObject create = requests.getJsonObject(1);
        assertEquals("POST", create.getString("method"));
        assertEquals("recorded", create.getJsonObject("body").getString("displayName"));
        assertEquals(201, create.getInteger("status"));

        JsonObject armCall = requests.getJsonObject(2);
        assertEquals(CLUSTERS + "/nope", armCall.getString("path"));
        assertEquals("api-version=2024-09-01", armCall.getString("query"));
        assertEquals(404, armCall.getInteger("status"));

        for (Object r : requests) {
            JsonObject headers = ((JsonObject) r).getJsonObject("headers");
            headers.fieldNames().forEach(name -> assertEquals(name.toLowerCase(), name));
            assertEquals("Bearer [redacted]", headers.getString("authorization"));
        }
        assertFalse(requests.encode().contains(token.substring(token.lastIndexOf('.') + 1)));
        assertFalse(requests.encode().contains(token.substring(0, token.indexOf('.'))));
    }

    @Test
    void tokenAndControlCallsAreNotRecorded() {
        Emulator.token("aksca-reader", "aksca-reader-secret", Emulator.API_SCOPE);
        anonymous().get("/" + Emulator.TENANT + "/v2.0/.well-known/openid-configuration").then().statusCode(200);
        anonymous().get("/emulator/faults").then().statusCode(200);
        graph().get("/v1.0/groups/a0000000-0000-0000-0000-000000000001").then().statusCode(200);
        JsonArray requests = recorded();
        assertEquals(1, requests.size());
        assertEquals("/v1.0/groups/a0000000-0000-0000-0000-000000000001",
                requests.getJsonObject(0).getString("path"));
    }

    @Test
    void statusFaultFailsMatchingCallsCountTimesInTheRightEnvelope() {
        fault("{\"pathRegex\":\"conditionalAccess/policies$\",\"method\":\"GET\",\"status\":503,\"count\":2}");
        graph().get(POLICIES_PATH).then().statusCode(503)
                .body("error.code", equalTo("ServiceUnavailable"))
                .body("error.innerError.request-id", notNullValue());
        // A POST does not match the GET-only rule.
        graph().body(Emulator.policy("not faulted").encode()).post(POLICIES_PATH).then().statusCode(201);
        graph().get(POLICIES_PATH).then().statusCode(503);
        graph().get(POLICIES_PATH).then().statusCode(200);
        anonymous().get("/emulator/faults").then().body("$", empty());

        fault("{\"pathRegex\":\"managedClusters\",\"status\":429,\"count\":1,\"retryAfterSeconds\":2}");
        arm().get(CLUSTERS + "/aks-demo").then().statusCode(429)
                .header("Retry-After", "2")
                .body("error.code", equalTo("TooManyRequests"))
                .body("error.innerError", nullValue());
        arm().get(CLUSTERS + "/aks-demo").then().statusCode(200);

        JsonArray requests = recorded();
        assertEquals(503, requests.getJsonObject(0).getInteger("status"));
        assertEquals(429, requests.getJsonObject(4).getInteger("status"));
    }

    @Test
    void delayOnlyFaultDelaysThenServesNormally() {
        fault("{\"pathRegex\":\"^/v1\\\\.0/groups/\",\"delayMs\":400,\"count\":-1}");
        for (int i = 0; i < 2; i++) {
            long start = System.nanoTime();
            graph().get("/v1.0/groups/a0000000-0000-0000-0000-000000000001").then().statusCode(200)
                    .body("displayName", equalTo("aks-admins"));
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            assertTrue(elapsedMs >= 400, "elapsed " + elapsedMs);
        }
        long start = System.nanoTime();
        graph().get(POLICIES_PATH).then().statusCode(200);
        assertTrue((System.nanoTime() - start) / 1_000_000 < 400, "an unmatched path must not be delayed");

        anonymous().delete("/emulator/faults").then().statusCode(204);
        start = System.nanoTime();
        graph().get("/v1.0/groups/a0000000-0000-0000-0000-000000000001").then().statusCode(200);
        assertTrue((System.nanoTime() - start) / 1_000_000 < 400, "DELETE /emulator/faults must end the fault");
    }

    @Test
    void invalidFaultsAreRefused() {
        anonymous().contentType(ContentType.JSON).body("{\"pathRegex\":\"(\",\"status\":500}")
                .post("/emulator/faults").then().statusCode(400).body("error.code", equalTo("BadRequest"));
        anonymous().contentType(ContentType.JSON).body("{\"pathRegex\":\"x\"}")
                .post("/emulator/faults").then().statusCode(400);
        anonymous().contentType(ContentType.JSON).body("{\"pathRegex\":\"x\",\"status\":200}")
                .post("/emulator/faults").then().statusCode(400);
        anonymous().contentType(ContentType.JSON).body("{\"pathRegex\":\"x\",\"status\":500,\"count\":0}")
                .post("/emulator/faults").then().statusCode(400);
    }

    @Test
    void resetRestoresTheSeedAndForgetsPoliciesRequestsAndFaults() {
        Emulator.createPolicy("gone after reset");
        fault("{\"pathRegex\":\".*\",\"status\":500}");
        anonymous().delete("/emulator/service-principals/6dae42f8-4368-4678-94ff-3960e28e3630").then()
                .statusCode(204);
        anonymous().contentType(ContentType.JSON).body("{\"plans\":[]}").put("/emulator/licence").then()
                .statusCode(200);

        Emulator.reset();

        assertEquals(0, recorded().size());
        anonymous().get("/emulator/faults").then().body("$", empty());
        anonymous().get("/emulator/licence").then().body("plans", contains("AAD_PREMIUM_P2"));
        graph().get(POLICIES_PATH).then().statusCode(200).body("value", hasSize(0));
        graph().get("/v1.0/servicePrincipals(appId='6dae42f8-4368-4678-94ff-3960e28e3630')").then()
                .statusCode(200);
    }

    @Test
    void groupsAndUsersCanBeSeededForOtherFeatures() {
        String userId = "b0000000-0000-0000-0000-0000000000a1";
        anonymous().contentType(ContentType.JSON).body("{\"userPrincipalName\":\"o'neil@contoso.com\"}")
                .put("/emulator/users/" + userId).then().statusCode(201);
        anonymous().contentType(ContentType.JSON)
                .body("{\"displayName\":\"ops\",\"members\":[\"" + userId + "\"]}")
                .put("/emulator/groups/a0000000-0000-0000-0000-0000000000a1").then().statusCode(201);
        graph().get("/v1.0/users/O'Neil@contoso.com").then().statusCode(200).body("id", equalTo(userId));
        graph().get("/v1.0/groups/a0000000-0000-0000-0000-0000000000a1").then().statusCode(200)
                .body("displayName", equalTo("ops"));
        anonymous().delete("/emulator/groups/a0000000-0000-0000-0000-0000000000a1").then().statusCode(204);
        graph().get("/v1.0/groups/a0000000-0000-0000-0000-0000000000a1").then().statusCode(404);
    }
}
