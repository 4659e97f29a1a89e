package dev.aksca.verification;

import static dev.aksca.support.Emulator.AKS_DEMO;
import static dev.aksca.support.Emulator.BREAKGLASS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract section 5: What-If through Graph's evaluate, for the cluster's application. */
@QuarkusTest
class EvaluationTest {

    private static final String EVALUATE_PATH = "/v1.0/identity/conditionalAccess/evaluate";
    private String admin;
    private String managedPolicyId;

    @BeforeEach
    void resetTenant() {
        Emulator.reset();
        admin = Emulator.token("aksca-admin");
        managedPolicyId = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("state", "enabled", "excludeUsers", List.of(BREAKGLASS)))
                .put(AKS_DEMO + "/accessPolicies/control-plane")
                .then().statusCode(201).extract().path("policyId");
    }

    private static Map<String, Object> body(String user, boolean compliant) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user", user);
        body.put("deviceCompliant", compliant);
        body.put("devicePlatform", "linux");
        body.put("clientAppType", "mobileAppsAndDesktopClients");
        return body;
    }

    private ValidatableResponse evaluate(String kind, Object body) {
        return given().auth().oauth2(Emulator.token("aksca-reader")).contentType(ContentType.JSON).body(body)
                .post(AKS_DEMO + "/accessPolicies/" + kind + "/evaluation").then();
    }

    private void createTenantWideMfaPolicy() {
        Map<String, Object> policy = Map.of(
                "displayName", "Require MFA for all apps",
                "state", "enabled",
                "conditions", Map.of(
                        "applications", Map.of("includeApplications", List.of("All")),
                        "users", Map.of("includeUsers", List.of("All"), "excludeUsers", List.of(BREAKGLASS)),
                        "clientAppTypes", List.of("all")),
                "grantControls", Map.of("operator", "OR", "builtInControls", List.of("mfa")));
        given().auth().oauth2(Emulator.graphToken()).contentType(ContentType.JSON).body(policy)
                .post(Emulator.baseUrl() + Emulator.POLICIES_PATH).then().statusCode(201);
    }

    @Test
    void aNonCompliantDeviceMustBecomeCompliant() {
        evaluate("control-plane", body("alice@contoso.com", false)).statusCode(200)
                .body("decision", equalTo("grantWithControls"))
                .body("requiredControls", contains("compliantDevice"))
                .body("managedPolicyApplies", equalTo(true))
                .body("userId", equalTo(Emulator.ALICE))
                .body("appId", equalTo(Emulator.AKS_APP))
                .body("policies", hasSize(1))
                .body("policies[0].id", equalTo(managedPolicyId))
                .body("policies[0].state", equalTo("enabled"))
                .body("policies[0].applies", equalTo(true))
                .body("policies[0].reasons", empty())
                .body("policies[0].managed", equalTo(true));
    }

    @Test
    void aCompliantDeviceIsGranted() {
        evaluate("control-plane", body(Emulator.ALICE, true)).statusCode(200)
                .body("decision", equalTo("grant"))
                .body("requiredControls", empty())
                .body("managedPolicyApplies", equalTo(true));
    }

    @Test
    void theBreakGlassUserIsNotCoveredByTheManagedPolicy() {
        evaluate("control-plane", body("breakglass@contoso.com", false)).statusCode(200)
                .body("decision", equalTo("grant"))
                .body("managedPolicyApplies", equalTo(false))
                .body("policies[0].applies", equalTo(false))
                .body("policies[0].reasons", contains("users"));
    }

    @Test
    void aTenantWideMfaPolicyIsListedAndRequired() {
        createTenantWideMfaPolicy();

        evaluate("control-plane", body("alice@contoso.com", false)).statusCode(200)
                .body("decision", equalTo("grantWithControls"))
                .body("requiredControls", contains("compliantDevice", "mfa"))
                .body("policies", hasSize(2))
                .body("policies.displayName", hasItem("Require MFA for all apps"))
                .body("policies.find { it.displayName == 'Require MFA for all apps' }.applies", equalTo(true))
                .body("policies.find { it.displayName == 'Require MFA for all apps' }.managed", equalTo(false));
        evaluate("control-plane", body("alice@contoso.com", true)).statusCode(200)
                .body("decision", equalTo("grantWithControls"))
                .body("requiredControls", contains("mfa"));
    }

    @Test
    void aReportOnlyPolicyIsListedButNeverRequired() {
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("state", "reportOnly", "excludeUsers", List.of(BREAKGLASS)))
                .put(AKS_DEMO + "/accessPolicies/control-plane").then().statusCode(200);

        evaluate("control-plane", body("alice@contoso.com", false)).statusCode(200)
                .body("decision", equalTo("grant"))
                .body("requiredControls", empty())
                .body("managedPolicyApplies", equalTo(true))
                .body("policies[0].state", equalTo("reportOnly"));
    }

    @Test
    void aBlockingPolicyForTheApplicationBlocks() {
        Map<String, Object> policy = Map.of(
                "displayName", "Block AKS from everyone but admins",
                "state", "enabled",
                "conditions", Map.of(
                        "applications", Map.of("includeApplications", List.of(Emulator.AKS_APP)),
                        "users", Map.of("includeUsers", List.of("All"), "excludeUsers", List.of(BREAKGLASS)),
                        "clientAppTypes", List.of("all")),
                "grantControls", Map.of("operator", "OR", "builtInControls", List.of("block")));
        given().auth().oauth2(Emulator.graphToken()).contentType(ContentType.JSON).body(policy)
                .post(Emulator.baseUrl() + Emulator.POLICIES_PATH).then().statusCode(201);

        evaluate("control-plane", body("bob@contoso.com", true)).statusCode(200)
                .body("decision", equalTo("block"))
                .body("managedPolicyApplies", equalTo(false));
    }

    @Test
    void policiesOfOtherApplicationsAreLeftOut() {
        evaluate("node-ssh", body("alice@contoso.com", false)).statusCode(404);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("state", "enabled", "excludeUsers", List.of(BREAKGLASS)))
                .put(AKS_DEMO + "/accessPolicies/node-ssh").then().statusCode(201);

        evaluate("node-ssh", body("alice@contoso.com", true)).statusCode(200)
                .body("policies", hasSize(1))
                .body("policies[0].displayName", containsString("AKS node-ssh"))
                .body("decision", equalTo("grantWithControls"))
                .body("requiredControls", contains("mfa"));
    }

    @Test
    void graphReceivesTheWhatIfShapeOfVersionOne() {
        evaluate("control-plane", body("alice@contoso.com", false)).statusCode(200);

        List<Map<String, Object>> calls = Emulator.requests("POST", EVALUATE_PATH);
        assertEquals(1, calls.size());
        @SuppressWarnings("unchecked")
        Map<String, Object> sent = (Map<String, Object>) calls.get(0).get("body");
        assertEquals(Map.of("@odata.type", "#microsoft.graph.userSignIn", "userId", Emulator.ALICE),
                sent.get("signInIdentity"));
        assertEquals(Map.of("@odata.type", "#microsoft.graph.applicationContext",
                "includeApplications", List.of(Emulator.AKS_APP)), sent.get("signInContext"));
        @SuppressWarnings("unchecked")
        Map<String, Object> conditions = (Map<String, Object>) sent.get("signInConditions");
        assertEquals("linux", conditions.get("devicePlatform"));
        assertEquals("mobileAppsAndDesktopClients", conditions.get("clientAppType"));
        @SuppressWarnings("unchecked")
        Map<String, Object> device = (Map<String, Object>) conditions.get("deviceInfo");
        assertEquals(false, device.get("isCompliant"));
        assertEquals(false, sent.get("appliedPoliciesOnly"));
        assertEquals(1, Emulator.requests("GET", "/v1.0/users/").size(), "the UPN is resolved first");
    }

    @Test
    void anUnknownUserIsNotFound() {
        evaluate("control-plane", body("nobody@contoso.com", true)).statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://aksca.dev/problems/not-found"))
                .body("detail", containsString("user not found in the tenant"));
        assertEquals(0, Emulator.requests("POST", EVALUATE_PATH).size());
    }

    @Test
    void withoutAManagedPolicyEvaluationIsNotFound() {
        given().auth().oauth2(admin).delete(AKS_DEMO + "/accessPolicies/control-plane").then().statusCode(204);

        evaluate("control-plane", body("alice@contoso.com", true)).statusCode(404)
                .body("type", equalTo("https://aksca.dev/problems/policy-not-found"));
    }

    @Test
    void invalidInputIsA400BeforeGraph() {
        evaluate("control-plane", body("alice@contoso.com\u0007", true)).statusCode(400)
                .body("errors[0].field", equalTo("user"))
                .body("errors[0].in", equalTo("body"));
        evaluate("control-plane", Map.of("deviceCompliant", true)).statusCode(400)
                .body("errors[0].field", equalTo("user"));
        Map<String, Object> platform = body("alice@contoso.com", true);
        platform.put("devicePlatform", "plan9");
        evaluate("control-plane", platform).statusCode(400).body("errors[0].field", equalTo("devicePlatform"));
        Map<String, Object> client = body("alice@contoso.com", true);
        client.put("clientAppType", "all");
        evaluate("control-plane", client).statusCode(400).body("errors[0].field", equalTo("clientAppType"));
        assertEquals(0, Emulator.requests("POST", EVALUATE_PATH).size());
    }

    @Test
    void aCallerWithoutTheReadRoleIsForbidden() {
        given().auth().oauth2(Emulator.token("aksca-none")).contentType(ContentType.JSON)
                .body(body("alice@contoso.com", true))
                .post(AKS_DEMO + "/accessPolicies/control-plane/evaluation")
                .then().statusCode(403);
    }
}
