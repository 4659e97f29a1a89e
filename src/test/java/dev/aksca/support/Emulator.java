package dev.aksca.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Test access to the emulated tenant over HTTP, as any client would reach it: its control API and token endpoint
 * for the service's tests, and its Graph and ARM APIs for the emulator's own route tests.
 */
public final class Emulator {

    public static final String TENANT = "11111111-2222-3333-4444-555555555555";
    public static final String API_SCOPE = "22222222-2222-2222-2222-222222222222/.default";
    public static final String GRAPH_SCOPE = "https://graph.microsoft.com/.default";
    public static final String ARM_SCOPE = "https://management.azure.com/.default";
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
    public static final String CLUSTERS = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-demo"
            + "/providers/Microsoft.ContainerService/managedClusters";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Emulator() {
    }

    public static int port() {
        return ConfigProvider.getConfig().getValue("aksca.emulator.port", Integer.class);
    }

    public static String baseUrl() {
        return "http://localhost:" + port();
    }

    public static RequestSpecification anonymous() {
        return given().baseUri(baseUrl());
    }

    public static void reset() {
        anonymous().post("/emulator/reset").then().statusCode(204);
    }

    public static List<Map<String, Object>> requests() {
        return anonymous().get("/emulator/requests").then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** Recorded Graph/ARM calls with this method whose path starts with the prefix. */
    public static List<Map<String, Object>> requests(String method, String pathPrefix) {
        return requests().stream()
                .filter(r -> method.equals(r.get("method")) && String.valueOf(r.get("path")).startsWith(pathPrefix))
                .toList();
    }

    public static void fault(String pathRegex, int status, int count) {
        anonymous().contentType(ContentType.JSON)
                .body(Map.of("pathRegex", pathRegex, "status", status, "count", count, "delayMs", 0))
                .post("/emulator/faults").then().statusCode(201);
    }

    /** Graph's limits in the emulated tenant (1 CA write/s, 5 sign-in reads per 10 s) on or off. */
    public static void throttling(boolean on) {
        anonymous().contentType(ContentType.JSON).body(Map.of("throttling", on))
                .post("/emulator/settings").then().statusCode(200);
    }

    /** An aksca-admin token for the API with these claims replaced (or removed, when null), signed by the tenant. */
    public static String mintToken(Map<String, Object> claims) {
        return anonymous().contentType(ContentType.JSON).body(Map.of("client", "aksca-admin", "claims", claims))
                .post("/emulator/tokens").then().statusCode(200).extract().path("access_token");
    }

    /** An access token for one of the seeded callers (aksca-admin, aksca-reader, aksca-none), fetched afresh. */
    public static String token(String client) {
        return fetchToken(client, client + "-secret", API_SCOPE);
    }

    /**
     * A token of any seeded client. Tokens stay valid while the application runs (one signing key per start, one
     * port per start), so each is fetched once per port.
     */
    public static String token(String clientId, String secret, String scope) {
        return TOKENS.computeIfAbsent(port() + clientId + scope, key -> fetchToken(clientId, secret, scope));
    }

    /** A Graph token of the service's own identity, as the service gets it; fetched afresh. */
    public static String graphToken() {
        return fetchToken("aksca-service", "aksca-service-secret", GRAPH_SCOPE);
    }

    public static String armToken() {
        return token("aksca-service", "aksca-service-secret", ARM_SCOPE);
    }

    /** Graph's API with the service's token, JSON bodies. */
    public static RequestSpecification graph() {
        return anonymous().auth().oauth2(graphToken()).contentType(ContentType.JSON);
    }

    /** ARM's API with the service's token and an api-version. */
    public static RequestSpecification arm() {
        return anonymous().auth().oauth2(armToken()).queryParam("api-version", "2024-09-01");
    }

    public static JsonObject payload(String jwt) {
        String[] parts = jwt.split("\\.");
        return new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    /** A valid policy body Graph accepts, scoped to the aks-admins group. */
    public static JsonObject policy(String displayName) {
        return new JsonObject("""
                {
                  "displayName": "",
                  "state": "enabledForReportingButNotEnforced",
                  "conditions": {
                    "applications": { "includeApplications": ["6dae42f8-4368-4678-94ff-3960e28e3630"] },
                    "users": { "includeGroups": ["a0000000-0000-0000-0000-000000000001"],
                               "excludeUsers": ["b0000000-0000-0000-0000-000000000003"] },
                    "clientAppTypes": ["all"]
                  },
                  "grantControls": { "operator": "AND", "builtInControls": ["compliantDevice"] }
                }
                """).put("displayName", displayName);
    }

    public static String createPolicy(String displayName) {
        return graph().body(policy(displayName).encode()).post(POLICIES_PATH).then().statusCode(201)
                .extract().path("id");
    }

    private static String fetchToken(String clientId, String secret, String scope) {
        return anonymous().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .formParam("scope", scope)
                .post("/" + TENANT + "/oauth2/v2.0/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
