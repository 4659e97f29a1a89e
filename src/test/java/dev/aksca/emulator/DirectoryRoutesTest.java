package dev.aksca.emulator;

import static dev.aksca.support.Emulator.AKS_APP;
import static dev.aksca.support.Emulator.LINUX_VM_APP;
import static dev.aksca.support.Emulator.anonymous;
import static dev.aksca.support.Emulator.graph;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DirectoryRoutesTest {


    @Inject
    TenantState state;

    @BeforeEach
    void reset() {
        Emulator.reset();
    }

    @Test
    void servicePrincipalsAreFoundByAppIdFilter() {
        graph().queryParam("$filter", "appId eq '" + LINUX_VM_APP + "'").get("/v1.0/servicePrincipals").then()
                .statusCode(200)
                .body("value", hasSize(1))
                .body("value[0].appId", equalTo(LINUX_VM_APP))
                .body("value[0].displayName", equalTo("Azure Linux VM Sign-In"))
                .body("value[0].id", equalTo("d0000000-0000-0000-0000-000000000002"));
        graph().queryParam("$filter", "appId eq '00000000-0000-0000-0000-000000000000'")
                .get("/v1.0/servicePrincipals").then().statusCode(200).body("value", empty());
    }

    @Test
    void servicePrincipalByAppIdKeyIsSingleOr404() {
        graph().get("/v1.0/servicePrincipals(appId='" + AKS_APP + "')").then()
                .statusCode(200)
                .body("appId", equalTo(AKS_APP))
                .body("displayName", equalTo("Azure Kubernetes Service AAD Server"));
        graph().urlEncodingEnabled(false).get("/v1.0/servicePrincipals(appId=%27" + AKS_APP + "%27)").then()
                .statusCode(200).body("appId", equalTo(AKS_APP));
        graph().get("/v1.0/servicePrincipals(appId='00000000-0000-0000-0000-000000000000')").then()
                .statusCode(404).body("error.code", equalTo("Request_ResourceNotFound"));
    }

    @Test
    void controlApiRemovesAndRestoresAServicePrincipal() {
        anonymous().delete("/emulator/service-principals/" + LINUX_VM_APP).then().statusCode(204);
        graph().get("/v1.0/servicePrincipals(appId='" + LINUX_VM_APP + "')").then().statusCode(404);
        anonymous().contentType(ContentType.JSON).body("{\"displayName\":\"Azure Linux VM Sign-In\"}")
                .put("/emulator/service-principals/" + LINUX_VM_APP).then().statusCode(201);
        graph().get("/v1.0/servicePrincipals(appId='" + LINUX_VM_APP + "')").then().statusCode(200)
                .body("displayName", equalTo("Azure Linux VM Sign-In"));
    }

    @Test
    void groupsAndUsersAreServedBySeededIdsAndUpn() {
        graph().get("/v1.0/groups/a0000000-0000-0000-0000-000000000001").then().statusCode(200)
                .body("displayName", equalTo("aks-admins")).body("securityEnabled", equalTo(true));
        graph().get("/v1.0/groups/a0000000-0000-0000-0000-0000000000ff").then().statusCode(404)
                .body("error.code", equalTo("Request_ResourceNotFound"));
        graph().get("/v1.0/users/b0000000-0000-0000-0000-000000000002").then().statusCode(200)
                .body("userPrincipalName", equalTo("bob@contoso.com"));
        graph().get("/v1.0/users/Alice@Contoso.COM").then().statusCode(200)
                .body("id", equalTo("b0000000-0000-0000-0000-000000000001"))
                .body("displayName", equalTo("Alice"));
        graph().get("/v1.0/users/carol@contoso.com").then().statusCode(404);
    }

    @Test
    void groupMembershipIsKeptInTheState() {
        assertEquals(Set.of("a0000000-0000-0000-0000-000000000001", "a0000000-0000-0000-0000-000000000002"),
                state.groupsOf("b0000000-0000-0000-0000-000000000001"));
        assertEquals(Set.of("a0000000-0000-0000-0000-000000000002"),
                state.groupsOf("b0000000-0000-0000-0000-000000000002"));
        assertEquals(Set.of(), state.groupsOf("b0000000-0000-0000-0000-000000000003"));
    }

    @Test
    void subscribedSkusShowP2UntilTheLicenceIsRemoved() {
        graph().get("/v1.0/subscribedSkus").then().statusCode(200)
                .body("value.servicePlans.flatten().servicePlanName", hasItem("AAD_PREMIUM_P2"))
                .body("value.find { it.skuPartNumber == 'AAD_PREMIUM_P2' }.capabilityStatus", equalTo("Enabled"))
                .body("value.servicePlans.flatten().find { it.servicePlanName == 'AAD_PREMIUM_P2' }.servicePlanId",
                        equalTo("eec0eb4f-6444-4f95-aba0-50c24d67f998"))
                .body("value.servicePlans.flatten().find { it.servicePlanName == 'AAD_PREMIUM_P2' }"
                        + ".provisioningStatus", equalTo("Success"));
        anonymous().contentType(ContentType.JSON).body("{\"plans\":[]}").put("/emulator/licence").then()
                .statusCode(200).body("plans", empty());
        graph().get("/v1.0/subscribedSkus").then().statusCode(200)
                .body("value.servicePlans.flatten().servicePlanName", not(hasItem("AAD_PREMIUM_P2")))
                .body("value.servicePlans.flatten().servicePlanName", not(hasItem("AAD_PREMIUM")));
        anonymous().contentType(ContentType.JSON).body("{\"plans\":[\"E5\"]}").put("/emulator/licence").then()
                .statusCode(400);
    }

    @Test
    void getByIdsReturnsKnownUsersAndGroupsWithTheirType() {
        String body = "{\"ids\":[\"a0000000-0000-0000-0000-000000000001\",\"b0000000-0000-0000-0000-000000000002\","
                + "\"f0000000-0000-0000-0000-000000000000\"],\"types\":[\"user\",\"group\"]}";
        graph().body(body).post("/v1.0/directoryObjects/getByIds").then().statusCode(200)
                .body("value", hasSize(2))
                .body("value.'@odata.type'", containsInAnyOrder("#microsoft.graph.group", "#microsoft.graph.user"))
                .body("value.id", containsInAnyOrder("a0000000-0000-0000-0000-000000000001",
                        "b0000000-0000-0000-0000-000000000002"));
        graph().body("{\"ids\":[\"a0000000-0000-0000-0000-000000000001\"],\"types\":[\"user\"]}")
                .post("/v1.0/directoryObjects/getByIds").then().statusCode(200).body("value", empty());
    }

    @Test
    void unimplementedGraphPathIs501InGraphsEnvelope() {
        graph().get("/v1.0/applications").then().statusCode(501).body("error.code", equalTo("NotImplemented"));
    }
}
