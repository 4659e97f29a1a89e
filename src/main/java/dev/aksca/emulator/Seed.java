package dev.aksca.emulator;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;

/** The tenant's fixed seed (contract section 10); ids are part of the contract and must not change. */
final class Seed {

    static final String SUBSCRIPTION = "00000000-0000-0000-0000-000000000001";
    static final String RESOURCE_GROUP = "rg-demo";
    static final String AKS_SERVER_APP = "6dae42f8-4368-4678-94ff-3960e28e3630";
    static final String LINUX_SIGN_IN_APP = "ce6ff14a-7fdc-4685-bbe0-f6afdfcfa8e0";
    static final String GROUP_AKS_ADMINS = "a0000000-0000-0000-0000-000000000001";
    static final String GROUP_ENGINEERS = "a0000000-0000-0000-0000-000000000002";
    static final String USER_ALICE = "b0000000-0000-0000-0000-000000000001";
    static final String USER_BOB = "b0000000-0000-0000-0000-000000000002";
    static final String USER_BREAKGLASS = "b0000000-0000-0000-0000-000000000003";
    static final String P2_PLAN = "AAD_PREMIUM_P2";

    private static final List<String> SERVICE_GRAPH_ROLES = List.of("Policy.Read.All",
            "Policy.ReadWrite.ConditionalAccess", "Application.Read.All", "Group.Read.All", "User.Read.All",
            "AuditLog.Read.All", "Directory.Read.All");

    private Seed() {
    }

    static List<Client> clients() {
        return List.of(
                new Client("aksca-admin", "aksca-admin-secret", "c0000000-0000-0000-0000-000000000001",
                        Map.of(TenantUrls.API_AUDIENCE, List.of("AccessPolicy.Read", "AccessPolicy.Write"))),
                new Client("aksca-reader", "aksca-reader-secret", "c0000000-0000-0000-0000-000000000002",
                        Map.of(TenantUrls.API_AUDIENCE, List.of("AccessPolicy.Read"))),
                new Client("aksca-none", "aksca-none-secret", "c0000000-0000-0000-0000-000000000003",
                        Map.of(TenantUrls.API_AUDIENCE, List.of())),
                new Client("aksca-service", "aksca-service-secret", "c0000000-0000-0000-0000-000000000004",
                        Map.of(TenantUrls.GRAPH_AUDIENCE, SERVICE_GRAPH_ROLES, TenantUrls.ARM_AUDIENCE, List.of())));
    }

    static List<JsonObject> users() {
        return List.of(
                user(USER_ALICE, "Alice", "alice@contoso.com"),
                user(USER_BOB, "Bob", "bob@contoso.com"),
                user(USER_BREAKGLASS, "Break Glass", "breakglass@contoso.com"));
    }

    static JsonObject user(String id, String displayName, String upn) {
        return new JsonObject().put("id", id).put("displayName", displayName).put("userPrincipalName", upn)
                .put("mail", upn).put("accountEnabled", true);
    }

    static List<JsonObject> groups() {
        return List.of(group(GROUP_AKS_ADMINS, "aks-admins"), group(GROUP_ENGINEERS, "engineers"));
    }

    static JsonObject group(String id, String displayName) {
        return new JsonObject().put("id", id).put("displayName", displayName).put("securityEnabled", true)
                .put("mailEnabled", false).put("groupTypes", new JsonArray());
    }

    static Map<String, List<String>> members() {
        return Map.of(GROUP_AKS_ADMINS, List.of(USER_ALICE), GROUP_ENGINEERS, List.of(USER_ALICE, USER_BOB));
    }

    static List<JsonObject> servicePrincipals() {
        return List.of(
                servicePrincipal("d0000000-0000-0000-0000-000000000001", AKS_SERVER_APP,
                        "Azure Kubernetes Service AAD Server"),
                servicePrincipal("d0000000-0000-0000-0000-000000000002", LINUX_SIGN_IN_APP,
                        "Azure Linux VM Sign-In"));
    }

    static JsonObject servicePrincipal(String id, String appId, String displayName) {
        return new JsonObject().put("id", id).put("appId", appId).put("displayName", displayName)
                .put("servicePrincipalType", "Application").put("accountEnabled", true);
    }

    static List<String> licencePlans() {
        return List.of(P2_PLAN);
    }

    static JsonObject aksDemo() {
        JsonArray pools = new JsonArray()
                .add(pool("system", "System", 3, "EntraId"))
                .add(pool("user", "User", 2, "EntraId"));
        return cluster("aks-demo", true, pools);
    }

    static JsonObject aksLegacy() {
        return cluster("aks-legacy", false, new JsonArray().add(pool("nodepool1", "System", 3, "LocalUser")));
    }

    private static JsonObject cluster(String name, boolean disableLocalAccounts, JsonArray pools) {
        JsonObject aad = new JsonObject().put("managed", true).put("enableAzureRBAC", true)
                .put("adminGroupObjectIDs", new JsonArray().add(GROUP_AKS_ADMINS))
                .put("tenantID", TenantUrls.TENANT_ID);
        JsonObject properties = new JsonObject()
                .put("provisioningState", "Succeeded")
                .put("powerState", new JsonObject().put("code", "Running"))
                .put("kubernetesVersion", "1.31.2")
                .put("dnsPrefix", name)
                .put("fqdn", name + "-dns-4f1b2c3d.hcp.westeurope.azmk8s.io")
                .put("agentPoolProfiles", pools)
                .put("enableRBAC", true)
                .put("aadProfile", aad)
                .put("disableLocalAccounts", disableLocalAccounts);
        return new JsonObject().put("location", "westeurope").put("properties", properties);
    }

    private static JsonObject pool(String name, String mode, int count, String sshAccess) {
        return new JsonObject().put("name", name).put("count", count).put("vmSize", "Standard_D4ds_v5")
                .put("osType", "Linux").put("osSKU", "Ubuntu").put("mode", mode).put("type", "VirtualMachineScaleSets")
                .put("provisioningState", "Succeeded").put("orchestratorVersion", "1.31.2")
                .put("securityProfile", new JsonObject().put("sshAccess", sshAccess));
    }
}
