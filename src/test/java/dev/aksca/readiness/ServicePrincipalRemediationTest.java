package dev.aksca.readiness;

import static dev.aksca.readiness.ReadinessSeeds.check;
import static dev.aksca.readiness.ReadinessSeeds.readiness;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(FreshServicePrincipalCacheProfile.class)
class ServicePrincipalRemediationTest {

    @BeforeEach
    void resetTenant() {
        Emulator.reset();
    }

    // One test only: the profile's fresh service must not have looked up the service principals before.
    @Test
    void aMissingLinuxVmSignInPrincipalFailsUntilCreatedThenPassesAndIsRemembered() {
        String reader = Emulator.token("aksca-reader");
        given().delete(Emulator.baseUrl() + "/emulator/service-principals/" + Emulator.LINUX_VM_APP)
                .then().statusCode(204);

        JsonPath missing = readiness(reader, "aks-demo");

        assertFalse(missing.getBoolean("ready"));
        Map<String, Object> nodeSsh = check(missing, "servicePrincipal.nodeSsh");
        assertEquals("fail", nodeSsh.get("status"));
        assertTrue(String.valueOf(nodeSsh.get("detail")).contains(Emulator.LINUX_VM_APP));
        assertEquals("az ad sp create --id ce6ff14a-7fdc-4685-bbe0-f6afdfcfa8e0", nodeSsh.get("remediation"));
        assertEquals("pass", check(missing, "servicePrincipal.controlPlane").get("status"));

        given().put(Emulator.baseUrl() + "/emulator/service-principals/" + Emulator.LINUX_VM_APP)
                .then().statusCode(201);
        JsonPath added = readiness(reader, "aks-demo");

        assertEquals("pass", check(added, "servicePrincipal.nodeSsh").get("status"));
        assertTrue(added.getBoolean("ready"));
        List<String> lookups = Emulator.requests("GET", "/v1.0/servicePrincipals").stream()
                .map(r -> String.valueOf(r.get("query"))).toList();
        assertEquals(2, lookups.size(), "both looked up in one read, the missing one again after its remediation");
        assertTrue(lookups.get(0).contains("$filter=appId in ('" + Emulator.AKS_APP + "','" + Emulator.LINUX_VM_APP
                + "')"), "both apps in one server-side filter: " + lookups.get(0));
        assertTrue(lookups.get(1).contains("$filter=appId in ('" + Emulator.LINUX_VM_APP + "')"),
                "only the one not remembered: " + lookups.get(1));

        readiness(reader, "aks-demo");
        assertEquals(lookups.size(), Emulator.requests("GET", "/v1.0/servicePrincipals").size(),
                "existing principals are remembered");
    }
}
