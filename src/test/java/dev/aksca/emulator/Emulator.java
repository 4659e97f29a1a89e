package dev.aksca.emulator;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/** Test access to the emulated tenant over HTTP, as any client would reach it. */
final class Emulator {

    static final String TENANT = TenantUrls.TENANT_ID;
    static final String API_SCOPE = "22222222-2222-2222-2222-222222222222/.default";
    static final String GRAPH_SCOPE = "https://graph.microsoft.com/.default";
    static final String ARM_SCOPE = "https://management.azure.com/.default";
    static final String POLICIES = "/v1.0/identity/conditionalAccess/policies";
    static final String CLUSTERS = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-demo"
            + "/providers/Microsoft.ContainerService/managedClusters";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Emulator() {
    }

    static int port() {
        return ConfigProvider.getConfig().getValue("aksca.emulator.port", Integer.class);
    }

    static String base() {
        return "http://localhost:" + port();
    }

    static RequestSpecification anonymous() {
        return given().baseUri(base());
    }

    static void reset() {
        anonymous().post("/emulator/reset").then().statusCode(204);
    }

    /** Tokens stay valid for the run (one signing key per application start), so each is fetched once. */
    static String token(String clientId, String secret, String scope) {
        return TOKENS.computeIfAbsent(port() + clientId + scope, k -> anonymous()
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .formParam("scope", scope)
                .post("/" + TENANT + "/oauth2/v2.0/token")
                .then().statusCode(200)
                .extract().path("access_token"));
    }

    static void throttling(boolean on) {
        anonymous().contentType(ContentType.JSON).body(Map.of("throttling", on)).post(base() + "/emulator/settings")
                .then().statusCode(200);
    }

    static String graphToken() {
        return token("aksca-service", "aksca-service-secret", GRAPH_SCOPE);
    }

    static String armToken() {
        return token("aksca-service", "aksca-service-secret", ARM_SCOPE);
    }

    static RequestSpecification graph() {
        return anonymous().auth().oauth2(graphToken()).contentType(ContentType.JSON);
    }

    static RequestSpecification arm() {
        return anonymous().auth().oauth2(armToken()).queryParam("api-version", "2024-09-01");
    }

    static JsonObject payload(String jwt) {
        String[] parts = jwt.split("\\.");
        return new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    /** A valid policy body Graph accepts, scoped to the aks-admins group. */
    static JsonObject policy(String displayName) {
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

    static String createPolicy(String displayName) {
        return graph().body(policy(displayName).encode()).post(POLICIES).then().statusCode(201)
                .extract().path("id");
    }
}
