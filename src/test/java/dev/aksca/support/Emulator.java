package dev.aksca.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/** Test access to the emulated tenant's control API and token endpoint, over HTTP like any client. */
public final class Emulator {

    public static final String TENANT = "11111111-2222-3333-4444-555555555555";
    public static final String API_SCOPE = "22222222-2222-2222-2222-222222222222/.default";
    public static final String AKS_ADMINS = "a0000000-0000-0000-0000-000000000001";
    public static final String ENGINEERS = "a0000000-0000-0000-0000-000000000002";
    public static final String ALICE = "b0000000-0000-0000-0000-000000000001";
    public static final String BOB = "b0000000-0000-0000-0000-000000000002";
    public static final String BREAKGLASS = "b0000000-0000-0000-0000-000000000003";
    public static final String AKS_APP = "6dae42f8-4368-4678-94ff-3960e28e3630";
    public static final String LINUX_VM_APP = "ce6ff14a-7fdc-4685-bbe0-f6afdfcfa8e0";
    public static final String AKS_DEMO =
            "/api/v1/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-demo/managedClusters/aks-demo";
    public static final String AKS_LEGACY =
            "/api/v1/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-demo/managedClusters/aks-legacy";
    public static final String AKS_DEMO_ARM_ID =
            "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-demo/providers/Microsoft.ContainerService/managedClusters/aks-demo";
    public static final String POLICIES_PATH = "/v1.0/identity/conditionalAccess/policies";

    private Emulator() {
    }

    public static String baseUrl() {
        return "http://localhost:" + ConfigProvider.getConfig().getValue("aksca.emulator.port", Integer.class);
    }

    public static void reset() {
        given().post(baseUrl() + "/emulator/reset").then().statusCode(204);
    }

    public static List<Map<String, Object>> requests() {
        return given().get(baseUrl() + "/emulator/requests").then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** Recorded Graph/ARM calls with this method whose path starts with the prefix. */
    public static List<Map<String, Object>> requests(String method, String pathPrefix) {
        return requests().stream()
                .filter(r -> method.equals(r.get("method")) && String.valueOf(r.get("path")).startsWith(pathPrefix))
                .toList();
    }

    public static void fault(String pathRegex, int status, int count) {
        given().contentType(ContentType.JSON)
                .body(Map.of("pathRegex", pathRegex, "status", status, "count", count, "delayMs", 0))
                .post(baseUrl() + "/emulator/faults").then().statusCode(201);
    }

    /** A Graph token of the service's own identity, as the service gets it. */
    public static String graphToken() {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "aksca-service")
                .formParam("client_secret", "aksca-service-secret")
                .formParam("scope", "https://graph.microsoft.com/.default")
                .post(baseUrl() + "/" + TENANT + "/oauth2/v2.0/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** Graph's limits in the emulated tenant (1 CA write/s, 5 sign-in reads per 10 s) on or off. */
    public static void throttling(boolean on) {
        given().contentType(ContentType.JSON).body(Map.of("throttling", on))
                .post(baseUrl() + "/emulator/settings").then().statusCode(200);
    }

    /** An access token for one of the seeded callers (aksca-admin, aksca-reader, aksca-none). */
    public static String token(String client) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", client)
                .formParam("client_secret", client + "-secret")
                .formParam("scope", API_SCOPE)
                .post(baseUrl() + "/" + TENANT + "/oauth2/v2.0/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
