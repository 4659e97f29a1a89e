package dev.aksca.policy;

import static dev.aksca.support.Emulator.AKS_DEMO;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClusterAndInputErrorsTest {

    private static final String SUBSCRIPTION = "/api/v1/subscriptions/00000000-0000-0000-0000-000000000001";

    private String admin;

    @BeforeEach
    void resetTenant() {
        Emulator.reset();
        admin = Emulator.token("aksca-admin");
    }

    @Test
    void anUnknownClusterIsA404ProblemNamingIt() {
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}")
                .put(SUBSCRIPTION + "/resourceGroups/rg-demo/managedClusters/aks-missing/accessPolicies/control-plane")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/cluster-not-found"))
                .body("status", equalTo(404))
                .body("detail", containsString("aks-missing"));
    }

    @Test
    void aMalformedSubscriptionIdIsA400NamingTheParameter() {
        given().auth().oauth2(admin).get("/api/v1/subscriptions/not-a-guid/resourceGroups/rg-demo/managedClusters/aks-demo/accessPolicies")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("subscriptionId"))
                .body("errors[0].in", equalTo("path"))
                .body("detail", containsString("subscriptionId"));
    }

    @Test
    void anInvalidClusterNameIsA400NamingTheParameter() {
        given().auth().oauth2(admin).get(SUBSCRIPTION + "/resourceGroups/rg-demo/managedClusters/-bad-/accessPolicies")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("clusterName"));
    }

    @Test
    void anUnknownKindIsA400NamingTheParameter() {
        given().auth().oauth2(admin).get(AKS_DEMO + "/accessPolicies/windows-rdp")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void anUnknownStateValueIsA400NamingTheField() {
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"state\":\"on\"}")
                .put(AKS_DEMO + "/accessPolicies/control-plane")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("state"))
                .body("detail", containsString("reportOnly"));
    }

    @Test
    void aGroupIdThatIsNoGuidIsA400NamingItsIndex() {
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"includeGroups\":[\"a0000000-0000-0000-0000-000000000001\",\"x' or 1 eq 1\"]}")
                .put(AKS_DEMO + "/accessPolicies/control-plane")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("includeGroups[1]"))
                .body("detail", not(containsString("or 1 eq 1")));
    }

    @Test
    void blockCombinedWithOtherControlsIsA400() {
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"grantControls\":{\"operator\":\"OR\",\"builtInControls\":[\"block\",\"mfa\"]}}")
                .put(AKS_DEMO + "/accessPolicies/control-plane")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("grantControls.builtInControls"));
    }

    @Test
    void malformedJsonIsA400Problem() {
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"state\":")
                .put(AKS_DEMO + "/accessPolicies/control-plane")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation"));
    }

    @Test
    void anUnknownFieldIsA400NamingIt() {
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"stat\":\"enabled\"}")
                .put(AKS_DEMO + "/accessPolicies/control-plane")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("stat"));
    }

    @Test
    void readingOrDeletingAPolicyThatDoesNotExistIs404() {
        given().auth().oauth2(admin).get(AKS_DEMO + "/accessPolicies/node-ssh")
                .then().statusCode(404).body("type", endsWith("/policy-not-found"));
        given().auth().oauth2(admin).delete(AKS_DEMO + "/accessPolicies/node-ssh")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
