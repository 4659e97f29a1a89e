package dev.aksca.policy;

import static dev.aksca.support.Emulator.AKS_ADMINS;
import static dev.aksca.support.Emulator.AKS_APP;
import static dev.aksca.support.Emulator.AKS_DEMO;
import static dev.aksca.support.Emulator.AKS_DEMO_ARM_ID;
import static dev.aksca.support.Emulator.LINUX_VM_APP;
import static dev.aksca.support.Emulator.POLICIES_PATH;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApplyAccessPolicyTest {

    private String admin;

    @BeforeEach
    void resetTenant() {
        Emulator.reset();
        admin = Emulator.token("aksca-admin");
    }

    private RequestSpecification asAdmin() {
        return given().auth().oauth2(admin).contentType(ContentType.JSON);
    }

    @Test
    void applyingControlPlaneWithDefaultsCreatesOneReportOnlyPolicyForTheAdminGroup() {
        asAdmin().body("{}").put(AKS_DEMO + "/accessPolicies/control-plane")
                .then().statusCode(201)
                .header("Location", endsWith(AKS_DEMO + "/accessPolicies/control-plane"))
                .body("outcome", equalTo("created"))
                .body("kind", equalTo("control-plane"))
                .body("clusterId", equalTo(AKS_DEMO_ARM_ID))
                .body("displayName", equalTo("AKS control-plane " + AKS_DEMO_ARM_ID))
                .body("state", equalTo("reportOnly"))
                .body("policyId", notNullValue())
                .body("application.appId", equalTo(AKS_APP))
                .body("application.displayName", equalTo("Azure Kubernetes Service AAD Server"))
                .body("includeGroups", contains(AKS_ADMINS))
                .body("grantControls.operator", equalTo("AND"))
                .body("grantControls.builtInControls", contains("compliantDevice"));

        List<Map<String, Object>> posts = Emulator.requests("POST", POLICIES_PATH);
        assertEquals(1, posts.size());
        Map<String, Object> body = body(posts.get(0));
        Map<String, Object> conditions = map(body.get("conditions"));
        assertEquals(List.of(AKS_APP), map(conditions.get("applications")).get("includeApplications"));
        assertEquals(List.of(AKS_ADMINS), map(conditions.get("users")).get("includeGroups"));
        assertEquals(List.of("all"), conditions.get("clientAppTypes"));
        assertEquals("AND", map(body.get("grantControls")).get("operator"));
        assertEquals(List.of("compliantDevice"), map(body.get("grantControls")).get("builtInControls"));
        assertEquals("enabledForReportingButNotEnforced", body.get("state"));
        assertEquals("AKS control-plane " + AKS_DEMO_ARM_ID, body.get("displayName"));
    }

    @Test
    void nodeSshTargetsLinuxVmSignInAndRequiresCompliantDeviceAndMfa() {
        asAdmin().body("{}").put(AKS_DEMO + "/accessPolicies/node-ssh")
                .then().statusCode(201)
                .body("application.appId", equalTo(LINUX_VM_APP))
                .body("grantControls.builtInControls", contains("compliantDevice", "mfa"));

        Map<String, Object> body = body(Emulator.requests("POST", POLICIES_PATH).get(0));
        Map<String, Object> conditions = map(body.get("conditions"));
        assertEquals(List.of(LINUX_VM_APP), map(conditions.get("applications")).get("includeApplications"));
        assertEquals(List.of("compliantDevice", "mfa"), map(body.get("grantControls")).get("builtInControls"));
        assertEquals("AND", map(body.get("grantControls")).get("operator"));
    }

    @Test
    void applyingTheSameBodyAgainWritesNothing() {
        asAdmin().body("{}").put(AKS_DEMO + "/accessPolicies/control-plane").then().statusCode(201);

        asAdmin().body("{}").put(AKS_DEMO + "/accessPolicies/control-plane")
                .then().statusCode(200)
                .body("outcome", equalTo("unchanged"))
                .body("changes", empty());

        assertEquals(1, Emulator.requests("POST", POLICIES_PATH).size(), "only the first apply posts");
        assertTrue(Emulator.requests("PATCH", POLICIES_PATH).isEmpty(), "an unchanged apply patches nothing");
    }

    @Test
    void aChangedBodyPatchesOnceAndListsExactlyTheChangedFields() {
        asAdmin().body("{}").put(AKS_DEMO + "/accessPolicies/control-plane").then().statusCode(201);

        asAdmin().body("""
                {"state": "disabled", "excludeUsers": ["b0000000-0000-0000-0000-000000000002"]}""")
                .put(AKS_DEMO + "/accessPolicies/control-plane")
                .then().statusCode(200)
                .body("outcome", equalTo("updated"))
                .body("state", equalTo("disabled"))
                .body("changes", hasSize(2))
                .body("changes.field", containsInAnyOrder("state", "excludeUsers"))
                .body("changes.find { it.field == 'state' }.from", equalTo("reportOnly"))
                .body("changes.find { it.field == 'state' }.to", equalTo("disabled"));

        assertEquals(1, Emulator.requests("PATCH", POLICIES_PATH).size());
        given().auth().oauth2(admin).get(AKS_DEMO + "/accessPolicies/control-plane")
                .then().statusCode(200)
                .body("state", equalTo("disabled"))
                .body("excludeUsers", contains("b0000000-0000-0000-0000-000000000002"));
    }

    @Test
    void dryRunPlansWithoutWriting() {
        asAdmin().body("{}").queryParam("dryRun", true).put(AKS_DEMO + "/accessPolicies/control-plane")
                .then().statusCode(200)
                .body("outcome", equalTo("wouldCreate"));
        asAdmin().body("{}").put(AKS_DEMO + "/accessPolicies/control-plane").then().statusCode(201);
        asAdmin().body("{\"state\":\"disabled\"}").queryParam("dryRun", true).put(AKS_DEMO + "/accessPolicies/control-plane")
                .then().statusCode(200)
                .body("outcome", equalTo("wouldUpdate"))
                .body("changes.field", contains("state"));

        assertEquals(1, Emulator.requests("POST", POLICIES_PATH).size());
        assertTrue(Emulator.requests("PATCH", POLICIES_PATH).isEmpty());
        given().auth().oauth2(admin).get(AKS_DEMO + "/accessPolicies/control-plane")
                .then().statusCode(200).body("state", equalTo("reportOnly"));
    }

    @Test
    void enablingWithoutAnyExclusionIsRefusedAsLockoutRisk() {
        asAdmin().body("{\"state\":\"enabled\"}").put(AKS_DEMO + "/accessPolicies/control-plane")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/lockout-risk"))
                .body("detail", notNullValue());
        assertTrue(Emulator.requests("POST", POLICIES_PATH).isEmpty());

        asAdmin().body("{\"state\":\"enabled\",\"acknowledgeNoBreakGlass\":true}").put(AKS_DEMO + "/accessPolicies/control-plane")
                .then().statusCode(201)
                .body("state", equalTo("enabled"))
                .body("warnings", hasSize(1));
    }

    @Test
    void explicitGroupsAndControlsReplaceTheDefaults() {
        asAdmin().body("""
                {"includeGroups": ["a0000000-0000-0000-0000-000000000002"],
                 "grantControls": {"operator": "OR", "builtInControls": ["mfa", "compliantDevice"]}}""")
                .put(AKS_DEMO + "/accessPolicies/control-plane")
                .then().statusCode(201)
                .body("includeGroups", contains(Emulator.ENGINEERS))
                .body("grantControls.operator", equalTo("OR"))
                .body("grantControls.builtInControls", contains("mfa", "compliantDevice"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Map<String, Object> request) {
        return (Map<String, Object>) request.get("body");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
