package dev.aksca.policy;

import static dev.aksca.support.Emulator.AKS_DEMO;
import static dev.aksca.support.Emulator.AKS_DEMO_ARM_ID;
import static dev.aksca.support.Emulator.AKS_LEGACY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccessPolicyLifecycleTest {

    private String admin;

    @BeforeEach
    void resetTenant() {
        Emulator.reset();
        admin = Emulator.token("aksca-admin");
    }

    private void apply(String cluster, String kind) {
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}")
                .put(cluster + "/accessPolicies/" + kind).then().statusCode(201);
    }

    @Test
    void aClusterListsBothKindsOnceApplied() {
        given().auth().oauth2(admin).get(AKS_DEMO + "/accessPolicies").then().statusCode(200).body("value", empty());
        apply(AKS_DEMO, "control-plane");
        apply(AKS_DEMO, "node-ssh");

        given().auth().oauth2(admin).get(AKS_DEMO + "/accessPolicies")
                .then().statusCode(200)
                .body("value.kind", contains("control-plane", "node-ssh"));
    }

    @Test
    void theTenantListShowsOnlyManagedPoliciesOfEveryCluster() {
        apply(AKS_DEMO, "control-plane");
        apply(AKS_LEGACY, "node-ssh");
        given().contentType(ContentType.JSON).auth().oauth2(Emulator.graphToken())
                .body("""
                        {"displayName": "Require MFA for everyone", "state": "enabled",
                         "conditions": {"applications": {"includeApplications": ["All"]}, "users": {"includeUsers": ["All"]},
                                        "clientAppTypes": ["all"]},
                         "grantControls": {"operator": "OR", "builtInControls": ["mfa"]}}""")
                .post(Emulator.baseUrl() + Emulator.POLICIES_PATH).then().statusCode(201);

        given().auth().oauth2(admin).get("/api/v1/accessPolicies")
                .then().statusCode(200)
                .body("value", hasSize(2))
                .body("value.clusterId", hasItem(AKS_DEMO_ARM_ID))
                .body("value.kind", contains("control-plane", "node-ssh"));
    }

    @Test
    void deletingRemovesThePolicyFromGraph() {
        apply(AKS_DEMO, "control-plane");
        given().auth().oauth2(admin).delete(AKS_DEMO + "/accessPolicies/control-plane").then().statusCode(204);
        given().auth().oauth2(admin).get(AKS_DEMO + "/accessPolicies/control-plane").then().statusCode(404);
    }

    @Test
    void groupsSharedWithAnotherClustersPolicyAreNamedInWarnings() {
        apply(AKS_LEGACY, "control-plane");

        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}")
                .put(AKS_DEMO + "/accessPolicies/control-plane")
                .then().statusCode(201)
                .body("warnings", hasSize(1))
                .body("warnings[0]", containsString("aks-legacy"))
                .body("warnings[0]", containsString("cannot target one cluster"));
    }
}
