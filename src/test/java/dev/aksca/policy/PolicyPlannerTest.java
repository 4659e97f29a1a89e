package dev.aksca.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aksca.cluster.ClusterRef;
import dev.aksca.graph.CaPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyPlannerTest {

    private static final ClusterRef CLUSTER = ClusterRef.of("00000000-0000-0000-0000-000000000001", "RG-Demo", "AKS-Demo");
    private static final String GROUP = "a0000000-0000-0000-0000-000000000001";

    @Test
    void theDisplayNameIsTheKindAndTheCanonicalLowerCaseArmId() {
        assertEquals("AKS node-ssh /subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-demo"
                + "/providers/Microsoft.ContainerService/managedClusters/aks-demo",
                PolicyPlanner.displayName(PolicyKind.NODE_SSH, CLUSTER));
    }

    @Test
    void breakGlassAccountsAreAddedOnceToTheExclusions() {
        ApplyRequest request = new ApplyRequest(null, null, List.of("B0000000-0000-0000-0000-000000000003"), null, null, null);
        CaPolicy desired = PolicyPlanner.desired(PolicyKind.CONTROL_PLANE, CLUSTER, request, List.of(GROUP),
                List.of("b0000000-0000-0000-0000-000000000003"), List.of("c0000000-0000-0000-0000-000000000001"));
        assertEquals(List.of("b0000000-0000-0000-0000-000000000003"), desired.excludeUsers());
        assertEquals(List.of("c0000000-0000-0000-0000-000000000001"), desired.excludeGroups());
        assertEquals("enabledForReportingButNotEnforced", desired.state());
        assertEquals(List.of("compliantDevice"), desired.builtInControls());
    }

    @Test
    void listsThatDifferOnlyInOrderOrCaseAreUnchanged() {
        CaPolicy a = policy(List.of(GROUP, "a0000000-0000-0000-0000-000000000002"), List.of("compliantDevice", "mfa"));
        CaPolicy b = policy(List.of("A0000000-0000-0000-0000-000000000002", GROUP), List.of("mfa", "compliantDevice"));
        assertTrue(PolicyPlanner.diff(a, b).isEmpty());
    }

    @Test
    void eachChangedFieldIsListedOnceWithItsOldAndNewValue() {
        CaPolicy existing = policy(List.of(GROUP), List.of("compliantDevice"));
        CaPolicy desired = new CaPolicy(null, existing.displayName(), "enabled", existing.includeApplications(),
                existing.includeGroups(), List.of("b0000000-0000-0000-0000-000000000003"), List.of(),
                List.of("all"), "OR", List.of("compliantDevice"), null, null);
        List<AccessPolicy.Change> changes = PolicyPlanner.diff(existing, desired);
        assertEquals(List.of("state", "excludeUsers", "grantControls.operator"),
                changes.stream().map(AccessPolicy.Change::field).toList());
        assertEquals("reportOnly", changes.get(0).from());
        assertEquals("enabled", changes.get(0).to());
    }

    private static CaPolicy policy(List<String> groups, List<String> controls) {
        return new CaPolicy("id", "name", "enabledForReportingButNotEnforced", List.of(PolicyKind.CONTROL_PLANE.appId()),
                groups, List.of(), List.of(), List.of("all"), "AND", controls, null, null);
    }
}
