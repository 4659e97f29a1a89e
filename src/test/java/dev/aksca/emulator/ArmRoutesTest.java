package dev.aksca.emulator;

import static dev.aksca.support.Emulator.CLUSTERS;
import static dev.aksca.support.Emulator.anonymous;
import static dev.aksca.support.Emulator.arm;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArmRoutesTest {

    @BeforeEach
    void reset() {
        Emulator.reset();
    }

    @Test
    void aksDemoHasManagedEntraAdminGroupAndNoLocalAccounts() {
        arm().get(CLUSTERS + "/aks-demo").then().statusCode(200)
                .body("id", equalTo(CLUSTERS + "/aks-demo"))
                .body("name", equalTo("aks-demo"))
                .body("type", equalTo("Microsoft.ContainerService/ManagedClusters"))
                .body("location", equalTo("westeurope"))
                .body("properties.provisioningState", equalTo("Succeeded"))
                .body("properties.aadProfile.managed", equalTo(true))
                .body("properties.aadProfile.enableAzureRBAC", equalTo(true))
                .body("properties.aadProfile.tenantID", equalTo(TenantUrls.TENANT_ID))
                .body("properties.aadProfile.adminGroupObjectIDs", contains("a0000000-0000-0000-0000-000000000001"))
                .body("properties.disableLocalAccounts", equalTo(true))
                .body("properties.agentPoolProfiles.name", contains("system", "user"));
    }

    @Test
    void agentPoolsOfAksDemoAreLinuxWithEntraSsh() {
        arm().get(CLUSTERS + "/aks-demo/agentPools").then().statusCode(200)
                .body("value", hasSize(2))
                .body("value.name", contains("system", "user"))
                .body("value.id", contains(CLUSTERS + "/aks-demo/agentPools/system", CLUSTERS
                        + "/aks-demo/agentPools/user"))
                .body("value.properties.osType", everyItem(equalTo("Linux")))
                .body("value.properties.mode", contains("System", "User"))
                .body("value.properties.securityProfile.sshAccess", everyItem(equalTo("EntraId")));
    }

    @Test
    void aksLegacyAllowsLocalAccountsAndLocalUserSsh() {
        arm().get(CLUSTERS + "/aks-legacy").then().statusCode(200)
                .body("properties.disableLocalAccounts", equalTo(false))
                .body("properties.aadProfile.adminGroupObjectIDs", contains("a0000000-0000-0000-0000-000000000001"));
        arm().get(CLUSTERS + "/aks-legacy/agentPools").then().statusCode(200)
                .body("value.name", contains("nodepool1"))
                .body("value[0].properties.securityProfile.sshAccess", equalTo("LocalUser"));
    }

    @Test
    void namesAndPathSegmentsAreCaseInsensitive() {
        arm().get("/SUBSCRIPTIONS/00000000-0000-0000-0000-000000000001/resourcegroups/RG-DEMO/providers/"
                + "microsoft.containerservice/managedclusters/AKS-Demo").then().statusCode(200)
                .body("name", equalTo("aks-demo"));
    }

    @Test
    void unknownClusterAndResourceGroupAre404InArmsEnvelope() {
        arm().get(CLUSTERS + "/x").then().statusCode(404)
                .body("error.code", equalTo("ResourceNotFound"))
                .body("error.message", containsString(
                        "The Resource 'Microsoft.ContainerService/managedClusters/x' under resource group 'rg-demo' "
                                + "was not found."));
        arm().get(CLUSTERS.replace("rg-demo", "rg-none") + "/aks-demo").then().statusCode(404)
                .body("error.code", equalTo("ResourceGroupNotFound"));
        arm().get(CLUSTERS + "/x/agentPools").then().statusCode(404).body("error.code", equalTo("ResourceNotFound"));
    }

    @Test
    void missingApiVersionIs400() {
        anonymous().auth().oauth2(Emulator.armToken()).get(CLUSTERS + "/aks-demo").then().statusCode(400)
                .body("error.code", equalTo("MissingApiVersionParameter"));
    }

    @Test
    void clustersAddedThroughTheControlApiAreServedWithTheirPools() {
        String cluster = """
                {"location":"northeurope","properties":{"aadProfile":{"managed":true,"adminGroupObjectIDs":[]},
                 "disableLocalAccounts":true,"agentPoolProfiles":[{"name":"win1","osType":"Windows","mode":"User"}]}}
                """;
        String sub = "00000000-0000-0000-0000-000000000009";
        anonymous().contentType(ContentType.JSON).body(cluster)
                .put("/emulator/clusters/" + sub + "/rg-new/aks-new").then().statusCode(201)
                .body("name", equalTo("aks-new"));
        String path = "/subscriptions/" + sub + "/resourceGroups/rg-new/providers/Microsoft.ContainerService"
                + "/managedClusters/aks-new";
        arm().get(path).then().statusCode(200).body("id", equalTo(path)).body("location", equalTo("northeurope"));
        arm().get(path + "/agentPools").then().statusCode(200).body("value[0].name", equalTo("win1"))
                .body("value[0].properties.osType", equalTo("Windows"));
        Emulator.reset();
        arm().get(path).then().statusCode(404).body("error.code", equalTo("SubscriptionNotFound"));
    }
}
