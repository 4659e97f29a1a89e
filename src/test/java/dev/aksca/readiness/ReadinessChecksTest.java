package dev.aksca.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aksca.cluster.AgentPool;
import dev.aksca.cluster.ClusterRef;
import dev.aksca.cluster.ManagedCluster;
import dev.aksca.graph.LicenceSku;
import dev.aksca.graph.ServicePrincipalInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadinessChecksTest {

    private static final ClusterNames NAMES = new ClusterNames("rg-demo", "aks-legacy");

    private static LicenceSku sku(String partNumber, String capability, String planId, String planName, String provisioning) {
        return new LicenceSku(partNumber, capability, List.of(
                new LicenceSku.Plan("9aaf7827-d63c-4b61-89c3-182f06f82e5c", "EXCHANGE_S_STANDARD", "Success"),
                new LicenceSku.Plan(planId, planName, provisioning)));
    }

    @Test
    void entraIdP2InsideASuiteCountsByItsServicePlanId() {
        ReadinessCheck check = TenantChecks.license(List.of(
                sku("SPE_E5", "Enabled", TenantChecks.P2_PLAN_ID, "AAD_PREMIUM_P2", "Success")));

        assertEquals(CheckStatus.PASS, check.status());
        assertTrue(check.detail().contains("SPE_E5"), check.detail());
        assertNull(check.remediation());
    }

    @Test
    void aSkuNamedLikeTheLicenceWithoutItsPlanDoesNotCount() {
        ReadinessCheck check = TenantChecks.license(List.of(new LicenceSku("AAD_PREMIUM_P2", "Enabled",
                List.of(new LicenceSku.Plan("9aaf7827-d63c-4b61-89c3-182f06f82e5c", "EXCHANGE_S_STANDARD", "Success")))));

        assertEquals(CheckStatus.FAIL, check.status());
    }

    @Test
    void aSuspendedSkuOrAnUnprovisionedPlanFailsAndSaysWhatWasFound() {
        ReadinessCheck suspended = TenantChecks.license(List.of(
                sku("AAD_PREMIUM", "Suspended", TenantChecks.P1_PLAN_ID, "AAD_PREMIUM", "Success")));
        ReadinessCheck pending = TenantChecks.license(List.of(
                sku("SPE_E3", "Enabled", TenantChecks.P1_PLAN_ID, "AAD_PREMIUM", "PendingActivation")));

        assertEquals(CheckStatus.FAIL, suspended.status());
        assertTrue(suspended.detail().contains("SKU Suspended"), suspended.detail());
        assertEquals(CheckStatus.FAIL, pending.status());
        assertTrue(pending.detail().contains("PendingActivation"), pending.detail());
    }

    @Test
    void aSkuInItsGracePeriodWarns() {
        ReadinessCheck check = TenantChecks.license(List.of(
                sku("EMS", "Warning", TenantChecks.P1_PLAN_ID, "AAD_PREMIUM", "Success")));

        assertEquals(CheckStatus.WARN, check.status());
        assertTrue(check.remediation().contains("EMS"));
    }

    @Test
    void policyCountWarnsFrom180AndFailsAt195() {
        assertEquals(CheckStatus.PASS, TenantChecks.policyCount(179).status());
        assertEquals(CheckStatus.WARN, TenantChecks.policyCount(180).status());
        assertEquals(CheckStatus.WARN, TenantChecks.policyCount(194).status());
        assertEquals(CheckStatus.FAIL, TenantChecks.policyCount(195).status());
    }

    @Test
    void aDisabledServicePrincipalFailsWithTheCommandThatEnablesIt() {
        ReadinessCheck check = TenantChecks.servicePrincipal(ReadinessCheck.SP_NODE_SSH, "ce6ff14a-7fdc-4685-bbe0-f6afdfcfa8e0",
                "Azure Linux VM Sign-In", "Entra ID SSH to nodes", Optional.of(new ServicePrincipalInfo(
                        "d0000000-0000-0000-0000-000000000002", "ce6ff14a-7fdc-4685-bbe0-f6afdfcfa8e0", "Azure Linux VM Sign-In", false)));

        assertEquals(CheckStatus.FAIL, check.status());
        assertEquals("az ad sp update --id ce6ff14a-7fdc-4685-bbe0-f6afdfcfa8e0 --set accountEnabled=true", check.remediation());
    }

    @Test
    void sshAccessIsComparedCaseInsensitivelyAndWindowsPoolsAreNotApplicable() {
        ReadinessCheck check = ClusterChecks.sshAccess(List.of(new AgentPool("system", "Linux", "entraid"),
                new AgentPool("win1", "Windows", null), new AgentPool("locked", "Linux", "Disabled")), NAMES);

        assertEquals(CheckStatus.PASS, check.status());
        assertTrue(check.detail().contains("Windows pools, not applicable: win1"), check.detail());
        assertTrue(check.detail().contains("SSH disabled: locked"), check.detail());
    }

    @Test
    void everyLinuxPoolWithoutEntraIdSshIsNamedWithItsOwnCommand() {
        ReadinessCheck check = ClusterChecks.sshAccess(List.of(new AgentPool("system", "Linux", "EntraId"),
                new AgentPool("np1", "Linux", "LocalUser"), new AgentPool("np2", "Linux", null)), NAMES);

        assertEquals(CheckStatus.FAIL, check.status());
        assertTrue(check.detail().contains("np1 (LocalUser), np2 (LocalUser)"), check.detail());
        assertEquals("az aks nodepool update -g rg-demo --cluster-name aks-legacy -n np1 --ssh-access entraid"
                + " && az aks nodepool update -g rg-demo --cluster-name aks-legacy -n np2 --ssh-access entraid",
                check.remediation());
    }

    @Test
    void commandsUseArmsSpellingAndQuoteNamesAShellWouldInterpret() {
        ClusterRef ref = ClusterRef.of("00000000-0000-0000-0000-000000000001", "RG-Demo(1)", "AKS-Legacy");
        ManagedCluster cluster = new ManagedCluster(ref, false, List.of(), false, null,
                "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/RG-Demo(1)"
                        + "/providers/Microsoft.ContainerService/managedClusters/AKS-Legacy");

        ClusterNames names = ClusterNames.of(cluster);

        assertEquals("az aks update -g 'RG-Demo(1)' -n AKS-Legacy --disable-local-accounts",
                ClusterChecks.localAccounts(cluster, names).remediation());
        assertEquals("az aks update -g 'RG-Demo(1)' -n AKS-Legacy --enable-aad --aad-admin-group-object-ids <group-object-id>",
                ClusterChecks.managedEntra(cluster, names).remediation());
    }

    @Test
    void noBreakGlassConfiguredWarnsWithTheConfigurationKeys() {
        ReadinessCheck check = TenantChecks.breakGlass(List.of(), List.of(), Map.of());

        assertEquals(CheckStatus.WARN, check.status());
        assertTrue(check.remediation().contains("aksca.break-glass.user-ids"));
        assertTrue(check.remediation().contains("aksca.break-glass.group-ids"));
    }
}
