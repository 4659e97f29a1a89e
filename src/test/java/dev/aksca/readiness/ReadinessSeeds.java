package dev.aksca.readiness;

import static io.restassured.RestAssured.given;

import dev.aksca.support.Emulator;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/** Shapes the emulated tenant for readiness cases and reads readiness answers, over HTTP. */
final class ReadinessSeeds {

    static final String SUBSCRIPTION = "00000000-0000-0000-0000-000000000001";

    private ReadinessSeeds() {
    }

    static String apiPath(String cluster) {
        return "/api/v1/subscriptions/" + SUBSCRIPTION + "/resourceGroups/rg-demo/managedClusters/" + cluster + "/readiness";
    }

    /** A managed-Entra cluster in rg-demo with local accounts disabled and one Entra ID SSH pool. */
    static void putCluster(String name, List<String> adminGroups) {
        Map<String, Object> pool = Map.of("name", "system", "osType", "Linux", "mode", "System", "count", 1,
                "securityProfile", Map.of("sshAccess", "EntraId"));
        Map<String, Object> aad = Map.of("managed", true, "adminGroupObjectIDs", adminGroups,
                "tenantID", Emulator.TENANT);
        Map<String, Object> properties = Map.of("aadProfile", aad, "disableLocalAccounts", true,
                "agentPoolProfiles", List.of(pool));
        given().contentType(ContentType.JSON).body(Map.of("properties", properties))
                .put(Emulator.baseUrl() + "/emulator/clusters/" + SUBSCRIPTION + "/rg-demo/" + name)
                .then().statusCode(201);
    }

    static void putGroup(String id, String displayName) {
        given().contentType(ContentType.JSON).body(Map.of("displayName", displayName, "members", List.of()))
                .put(Emulator.baseUrl() + "/emulator/groups/" + id).then().statusCode(201);
    }

    static JsonPath readiness(String token, String cluster) {
        return given().auth().oauth2(token).get(apiPath(cluster))
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    static Map<String, Object> check(JsonPath readiness, String id) {
        List<Map<String, Object>> checks = readiness.getList("checks");
        return checks.stream().filter(c -> id.equals(c.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + id + " in " + checks));
    }

    static void clearRecordedRequests() {
        given().delete(Emulator.baseUrl() + "/emulator/requests").then().statusCode(204);
    }
}
