package dev.aksca.readiness;

import static dev.aksca.readiness.ReadinessSeeds.check;
import static dev.aksca.readiness.ReadinessSeeds.readiness;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReadinessTest {

    private static final List<String> CHECK_IDS = List.of("license", "servicePrincipal.controlPlane",
            "servicePrincipal.nodeSsh", "cluster.managedEntra", "cluster.localAccountsDisabled", "cluster.adminGroups",
            "nodePools.sshAccess", "tenant.policyCount", "breakGlass", "client.guidance");

    private static String graphToken;

    private String reader;

    @BeforeEach
    void resetTenant() {
        Emulator.reset();
        reader = Emulator.token("aksca-reader");
    }

    @Test
    void aksDemoIsReadyWithOnlyWarnings() {
        JsonPath result = readiness(reader, "aks-demo");

        assertTrue(result.getBoolean("ready"));
        assertEquals("emulated", result.getString("tenant"));
        assertEquals(CHECK_IDS, result.getList("checks.id"));
        List<Map<String, Object>> checks = result.getList("checks");
        for (Map<String, Object> check : checks) {
            boolean warning = List.of("breakGlass", "client.guidance").contains(check.get("id"));
            assertEquals(warning ? "warn" : "pass", check.get("status"), check.toString());
            assertEquals(warning, check.containsKey("remediation"), "remediation only when not passed: " + check);
            assertFalse(String.valueOf(check.get("detail")).isBlank());
        }
        assertTrue(String.valueOf(check(result, "license").get("detail")).contains("P2"));
        assertTrue(String.valueOf(check(result, "breakGlass").get("remediation")).contains("aksca.break-glass.user-ids"));
        String guidance = String.valueOf(check(result, "client.guidance").get("remediation"));
        assertTrue(guidance.contains("az aks get-credentials -g rg-demo -n aks-demo"), guidance);
        assertTrue(guidance.contains("kubelogin convert-kubeconfig -l azurecli"), guidance);
    }

    @Test
    void aksLegacyFailsOnLocalAccountsAndNodePoolSshWithItsOwnNamesInTheCommands() {
        JsonPath result = readiness(reader, "aks-legacy");

        assertFalse(result.getBoolean("ready"));
        Map<String, Object> local = check(result, "cluster.localAccountsDisabled");
        assertEquals("fail", local.get("status"));
        assertTrue(String.valueOf(local.get("detail")).contains("Conditional Access"));
        assertEquals("az aks update -g rg-demo -n aks-legacy --disable-local-accounts", local.get("remediation"));
        Map<String, Object> ssh = check(result, "nodePools.sshAccess");
        assertEquals("fail", ssh.get("status"));
        assertTrue(String.valueOf(ssh.get("detail")).contains("nodepool1 (LocalUser)"), ssh.toString());
        assertEquals("az aks nodepool update -g rg-demo --cluster-name aks-legacy -n nodepool1 --ssh-access entraid",
                ssh.get("remediation"));
        assertEquals("pass", check(result, "cluster.managedEntra").get("status"));
    }

    @Test
    void aTenantWithoutEntraIdP1OrP2FailsTheLicenceCheck() {
        given().contentType(ContentType.JSON).body(Map.of("plans", List.of()))
                .put(Emulator.baseUrl() + "/emulator/licence").then().statusCode(200);

        JsonPath result = readiness(reader, "aks-demo");

        assertFalse(result.getBoolean("ready"));
        Map<String, Object> licence = check(result, "license");
        assertEquals("fail", licence.get("status"));
        assertTrue(String.valueOf(licence.get("detail")).contains("AAD_PREMIUM"));
        assertTrue(String.valueOf(licence.get("remediation")).contains("Microsoft Entra ID P1 or P2"));
    }

    @Test
    void aP1LicenceIsEnough() {
        given().contentType(ContentType.JSON).body(Map.of("plans", List.of("AAD_PREMIUM")))
                .put(Emulator.baseUrl() + "/emulator/licence").then().statusCode(200);

        Map<String, Object> licence = check(readiness(reader, "aks-demo"), "license");

        assertEquals("pass", licence.get("status"));
        assertTrue(String.valueOf(licence.get("detail")).contains("P1"), licence.toString());
    }

    @Test
    void anAdminGroupThatDoesNotExistFailsNamingItsId() {
        String missing = "a0000000-0000-0000-0000-0000000000ff";
        ReadinessSeeds.putCluster("aks-orphan", List.of(Emulator.AKS_ADMINS, missing));

        JsonPath result = readiness(reader, "aks-orphan");

        assertFalse(result.getBoolean("ready"));
        Map<String, Object> groups = check(result, "cluster.adminGroups");
        assertEquals("fail", groups.get("status"));
        String detail = String.valueOf(groups.get("detail"));
        assertTrue(detail.contains(missing), detail);
        assertFalse(detail.contains(Emulator.AKS_ADMINS), "the existing group is not blamed: " + detail);
        assertTrue(String.valueOf(groups.get("remediation"))
                .endsWith("az aks update -g rg-demo -n aks-orphan --aad-admin-group-object-ids " + Emulator.AKS_ADMINS));
    }

    @Test
    void aClusterWithoutAdminGroupsFailsAndCostsNoDirectoryLookup() {
        ReadinessSeeds.putCluster("aks-nogroups", List.of());

        Map<String, Object> groups = check(readiness(reader, "aks-nogroups"), "cluster.adminGroups");

        assertEquals("fail", groups.get("status"));
        assertEquals("az aks update -g rg-demo -n aks-nogroups --aad-admin-group-object-ids <group-object-id>",
                groups.get("remediation"));
        assertEquals(0, Emulator.requests("POST", "/v1.0/directoryObjects/getByIds").size());
    }

    @Test
    void threeAdminGroupsAreResolvedInOneGetByIdsCall() {
        String third = "a0000000-0000-0000-0000-000000000003";
        ReadinessSeeds.putGroup(third, "platform-oncall");
        ReadinessSeeds.putCluster("aks-three", List.of(Emulator.AKS_ADMINS, Emulator.ENGINEERS, third));
        ReadinessSeeds.clearRecordedRequests();

        JsonPath result = readiness(reader, "aks-three");

        Map<String, Object> groups = check(result, "cluster.adminGroups");
        assertEquals("pass", groups.get("status"));
        assertTrue(String.valueOf(groups.get("detail")).contains("platform-oncall"), groups.toString());
        List<Map<String, Object>> calls = Emulator.requests("POST", "/v1.0/directoryObjects/getByIds");
        assertEquals(1, calls.size(), "one getByIds for every group: " + calls);
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) calls.get(0).get("body");
        assertEquals(List.of(Emulator.AKS_ADMINS, Emulator.ENGINEERS, third), body.get("ids"));
        assertEquals(List.of("group"), body.get("types"));
        assertEquals(0, Emulator.requests("GET", "/v1.0/groups").size(), "no call per group");
    }

    @Test
    void aReadinessCallWithCachedServicePrincipalsCostsThreeGraphAndTwoArmCalls() {
        readiness(reader, "aks-demo");
        ReadinessSeeds.clearRecordedRequests();

        readiness(reader, "aks-demo");

        List<Map<String, Object>> graph = Emulator.requests().stream()
                .filter(r -> String.valueOf(r.get("path")).startsWith("/v1.0/")).toList();
        List<Map<String, Object>> arm = Emulator.requests().stream()
                .filter(r -> String.valueOf(r.get("path")).startsWith("/subscriptions/")).toList();
        assertEquals(List.of("GET /v1.0/subscribedSkus", "POST /v1.0/directoryObjects/getByIds",
                "GET /v1.0/identity/conditionalAccess/policies"),
                graph.stream().map(r -> r.get("method") + " " + r.get("path")).toList());
        assertTrue(graph.size() <= 3);
        assertEquals(2, arm.size(), arm.toString());
        assertTrue(arm.stream().allMatch(r -> "GET".equals(r.get("method"))));
    }

    @Test
    void nearingThePolicyLimitWarnsAndReachingItFails() {
        for (int i = 0; i < 180; i++) {
            createPolicy("filler " + i);
        }
        Map<String, Object> near = check(readiness(reader, "aks-demo"), "tenant.policyCount");
        assertEquals("warn", near.get("status"));
        assertTrue(String.valueOf(near.get("detail")).contains("180"), near.toString());

        for (int i = 180; i < 195; i++) {
            createPolicy("filler " + i);
        }
        JsonPath full = readiness(reader, "aks-demo");
        assertEquals("fail", check(full, "tenant.policyCount").get("status"));
        assertFalse(full.getBoolean("ready"));
    }

    private static void createPolicy(String displayName) {
        Map<String, Object> policy = Map.of("displayName", displayName, "state", "disabled",
                "conditions", Map.of("applications", Map.of("includeApplications", List.of(Emulator.AKS_APP)),
                        "users", Map.of("includeGroups", List.of(Emulator.ENGINEERS)), "clientAppTypes", List.of("all")),
                "grantControls", Map.of("operator", "OR", "builtInControls", List.of("mfa")));
        given().auth().oauth2(serviceGraphToken()).contentType(ContentType.JSON).body(policy)
                .post(Emulator.baseUrl() + Emulator.POLICIES_PATH).then().statusCode(201);
    }

    private static String serviceGraphToken() {
        if (graphToken == null) {
            graphToken = Emulator.graphToken();
        }
        return graphToken;
    }

    @Test
    void anUnknownClusterIsA404ProblemAndCostsNoGraphCall() {
        given().auth().oauth2(reader).get(ReadinessSeeds.apiPath("aks-missing"))
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/cluster-not-found"))
                .body("detail", containsString("aks-missing"));
        assertTrue(Emulator.requests().stream().noneMatch(r -> String.valueOf(r.get("path")).startsWith("/v1.0/")));
    }

    @Test
    void armDenyingTheClusterReadIsA502NamingTheAzureRole() {
        Emulator.fault("managedClusters/aks-demo$", 403, 1);

        given().auth().oauth2(reader).get(ReadinessSeeds.apiPath("aks-demo"))
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("type", endsWith("/upstream-error"))
                .body("detail", containsString("Azure role 'Reader'"));
    }

    @Test
    void graphDenyingTheSkuReadIsA502NamingThePermission() {
        Emulator.fault("/v1.0/subscribedSkus", 403, 1);

        given().auth().oauth2(reader).get(ReadinessSeeds.apiPath("aks-demo"))
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("detail", containsString("Directory.Read.All"));
    }

    @Test
    void graphDenyingGetByIdsIsA502NamingDirectoryReadAll() {
        Emulator.fault("/v1.0/directoryObjects/getByIds", 403, 1);

        given().auth().oauth2(reader).get(ReadinessSeeds.apiPath("aks-demo"))
                .then().statusCode(502)
                .body("detail", containsString("Directory.Read.All"));
    }

    @Test
    void readinessNeedsTheReadRole() {
        given().get(ReadinessSeeds.apiPath("aks-demo")).then().statusCode(401);
        given().auth().oauth2(Emulator.token("aksca-none")).get(ReadinessSeeds.apiPath("aks-demo"))
                .then().statusCode(403).body("type", endsWith("/forbidden"));
        given().auth().oauth2(Emulator.token("aksca-admin")).get(ReadinessSeeds.apiPath("aks-demo"))
                .then().statusCode(200);
    }

    @Test
    void aPassingCheckCarriesNoRemediationField() {
        given().auth().oauth2(reader).get(ReadinessSeeds.apiPath("aks-demo"))
                .then().statusCode(200)
                .body("checks.find { it.id == 'license' }.containsKey('remediation')", equalTo(false));
        assertNull(check(readiness(reader, "aks-demo"), "cluster.managedEntra").get("remediation"));
    }
}
