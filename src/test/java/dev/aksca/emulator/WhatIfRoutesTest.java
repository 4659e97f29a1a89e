package dev.aksca.emulator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aksca.graph.GraphGateway;
import dev.aksca.graph.WhatIfQuery;
import dev.aksca.graph.WhatIfResult;
import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Graph v1.0 What-If in the emulated tenant, read raw and through the Graph SDK. */
@QuarkusTest
class WhatIfRoutesTest {

    private static final String EVALUATE = "/v1.0/identity/conditionalAccess/evaluate";

    @Inject
    GraphGateway gateway;

    private String graph;

    @BeforeEach
    void resetTenant() {
        Emulator.reset();
        graph = Emulator.graphToken();
    }

    private void createPolicy(String name, String state, Map<String, Object> conditions, List<String> controls) {
        Map<String, Object> policy = Map.of("displayName", name, "state", state, "conditions", conditions,
                "grantControls", Map.of("operator", "AND", "builtInControls", controls));
        given().auth().oauth2(graph).contentType(ContentType.JSON).body(policy)
                .post(Emulator.baseUrl() + Emulator.POLICIES_PATH).then().statusCode(201);
    }

    private static Map<String, Object> adminsTo(String appId) {
        return Map.of("applications", Map.of("includeApplications", List.of(appId)),
                "users", Map.of("includeGroups", List.of(Emulator.AKS_ADMINS)),
                "clientAppTypes", List.of("mobileAppsAndDesktopClients"),
                "platforms", Map.of("includePlatforms", List.of("linux")));
    }

    private static Map<String, Object> request(String userId, String appId, String platform, boolean appliedOnly) {
        Map<String, Object> conditions = new LinkedHashMap<>();
        conditions.put("devicePlatform", platform);
        conditions.put("clientAppType", "mobileAppsAndDesktopClients");
        conditions.put("deviceInfo", Map.of("isCompliant", false));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("signInIdentity", Map.of("@odata.type", "#microsoft.graph.userSignIn", "userId", userId));
        body.put("signInContext", Map.of("@odata.type", "#microsoft.graph.applicationContext",
                "includeApplications", List.of(appId)));
        body.put("signInConditions", conditions);
        body.put("appliedPoliciesOnly", appliedOnly);
        return body;
    }

    private ValidatableResponse evaluate(Object body) {
        return given().auth().oauth2(graph).contentType(ContentType.JSON).body(body)
                .post(Emulator.baseUrl() + EVALUATE).then();
    }

    @Test
    void everyPolicyComesBackWithWhetherItAppliesAndWhyNot() {
        createPolicy("aks", "enabled", adminsTo(Emulator.AKS_APP), List.of("compliantDevice"));
        createPolicy("ssh", "enabled", adminsTo(Emulator.LINUX_VM_APP), List.of("mfa"));
        createPolicy("off", "disabled", adminsTo(Emulator.AKS_APP), List.of("mfa"));

        evaluate(request(Emulator.ALICE, Emulator.AKS_APP, "linux", false)).statusCode(200)
                .body("value", hasSize(3))
                .body("value[0].'@odata.type'", equalTo("#microsoft.graph.whatIfAnalysisResult"))
                .body("value[0].displayName", equalTo("aks"))
                .body("value[0].policyApplies", equalTo(true))
                .body("value[0].analysisReasons", equalTo("notSet"))
                .body("value[0].grantControls.builtInControls[0]", equalTo("compliantDevice"))
                .body("value[1].policyApplies", equalTo(false))
                .body("value[1].analysisReasons", equalTo("application"))
                .body("value[2].policyApplies", equalTo(false))
                .body("value[2].analysisReasons", equalTo("policyNotEnabled"));
        evaluate(request(Emulator.BOB, Emulator.AKS_APP, "windows", false)).statusCode(200)
                .body("value[0].analysisReasons", equalTo("users,devicePlatform"));
        evaluate(request(Emulator.ALICE, Emulator.AKS_APP, "linux", true)).statusCode(200)
                .body("value", hasSize(1));
    }

    @Test
    void theGraphSdkReadsTheAnswer() {
        createPolicy("aks", "enabledForReportingButNotEnforced", adminsTo(Emulator.AKS_APP), List.of("mfa"));

        List<WhatIfResult> results = gateway.evaluate(new WhatIfQuery(Emulator.BOB, Emulator.AKS_APP, "macOS",
                "mobileAppsAndDesktopClients", true));

        assertEquals(1, results.size());
        assertEquals("aks", results.get(0).policy().displayName());
        assertEquals("enabledForReportingButNotEnforced", results.get(0).policy().state());
        assertEquals(List.of("mfa"), results.get(0).policy().builtInControls());
        assertTrue(!results.get(0).applies());
        assertEquals(List.of("users", "devicePlatform"), results.get(0).reasons());
    }

    @Test
    void malformedQuestionsAreBadRequests() {
        Map<String, Object> servicePrincipal = request(Emulator.ALICE, Emulator.AKS_APP, "linux", false);
        servicePrincipal.put("signInIdentity", Map.of("@odata.type", "#microsoft.graph.servicePrincipalSignIn",
                "servicePrincipalId", Emulator.ALICE));
        evaluate(servicePrincipal).statusCode(400).body("error.code", equalTo("BadRequest"));
        evaluate(request(Emulator.ALICE, Emulator.AKS_APP, "plan9", false)).statusCode(400);
        Map<String, Object> noContext = request(Emulator.ALICE, Emulator.AKS_APP, "linux", false);
        noContext.remove("signInContext");
        evaluate(noContext).statusCode(400);
        evaluate(request("b0000000-0000-0000-0000-00000000dead", Emulator.AKS_APP, "linux", false)).statusCode(404)
                .body("error.code", equalTo("Request_ResourceNotFound"));
    }
}
