package dev.aksca.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GraphGatewayTest {

    @Inject
    GraphGateway graph;

    @BeforeEach
    void resetTenant() {
        Emulator.reset();
    }

    private static CaPolicy draft(String displayName) {
        return CaPolicy.draft(displayName, "enabledForReportingButNotEnforced", List.of(Emulator.AKS_APP),
                List.of(Emulator.AKS_ADMINS), List.of(), List.of(), List.of("all"), "AND", List.of("compliantDevice"));
    }

    @Test
    void aDisplayNameWithAQuoteIsFoundAgainThroughAnEscapedFilter() {
        String name = "AKS control-plane /subscriptions/x/resourceGroups/rg-o'neil/managedClusters/aks1";
        CaPolicy created = graph.createPolicy(draft(name));
        graph.createPolicy(draft("AKS control-plane /subscriptions/x/resourceGroups/rg-o/managedClusters/aks1"));

        List<CaPolicy> found = graph.findPoliciesByDisplayName(name);

        assertEquals(1, found.size());
        assertEquals(created.id(), found.get(0).id());
        assertEquals(name, found.get(0).displayName());
        List<Map<String, Object>> lists = Emulator.requests("GET", Emulator.POLICIES_PATH);
        String query = String.valueOf(lists.get(lists.size() - 1).get("query"));
        assertTrue(query.contains("displayName eq 'AKS control-plane /subscriptions/x/resourceGroups/rg-o''neil/managedClusters/aks1'"),
                "the quote is doubled on the wire: " + query);
    }

    @Test
    void listingFollowsEveryPage() {
        for (int i = 0; i < 105; i++) {
            graph.createPolicy(draft("policy " + i));
        }
        assertEquals(105, graph.listPolicies().size());
        assertTrue(Emulator.requests("GET", Emulator.POLICIES_PATH).size() >= 2, "more than one page was read");
    }

    @Test
    void graphCallsCarryTheServiceIdentitysBearerToken() {
        graph.listPolicies();
        Map<String, Object> request = Emulator.requests("GET", Emulator.POLICIES_PATH).get(0);
        assertEquals(200, request.get("status"));
    }
}
