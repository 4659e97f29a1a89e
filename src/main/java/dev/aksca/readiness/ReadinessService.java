package dev.aksca.readiness;

import dev.aksca.azure.AzureConfig;
import dev.aksca.azure.Names;
import dev.aksca.cluster.AgentPool;
import dev.aksca.cluster.ArmGateway;
import dev.aksca.cluster.ClusterRef;
import dev.aksca.cluster.ManagedCluster;
import dev.aksca.emulator.EmulatorConfig;
import dev.aksca.graph.DirectoryObjectInfo;
import dev.aksca.graph.GraphGateway;
import dev.aksca.graph.ServicePrincipalInfo;
import dev.aksca.policy.BreakGlassConfig;
import dev.aksca.policy.PolicyKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Proves the prerequisites of Conditional Access for one cluster (contract section 6) with few upstream calls:
 * two ARM reads, then subscribedSkus, one getByIds for admin groups and break-glass accounts together, and the
 * policy list; the two apps' service principals, in one read, only when the cache does not hold them.
 */
@ApplicationScoped
public class ReadinessService {

    static final String EMULATED = "emulated";

    private final ArmGateway arm;
    private final GraphGateway graph;
    private final ServicePrincipalCache servicePrincipals;
    private final BreakGlassConfig breakGlass;
    private final EmulatorConfig emulator;
    private final AzureConfig azure;

    ReadinessService(ArmGateway arm, GraphGateway graph, ServicePrincipalCache servicePrincipals,
            BreakGlassConfig breakGlass, EmulatorConfig emulator, AzureConfig azure) {
        this.arm = arm;
        this.graph = graph;
        this.servicePrincipals = servicePrincipals;
        this.breakGlass = breakGlass;
        this.emulator = emulator;
        this.azure = azure;
    }

    public Readiness check(ClusterRef ref) {
        // ARM first: an unknown cluster is a 404 before any Graph call is spent.
        ManagedCluster cluster = arm.getCluster(ref);
        List<AgentPool> pools = arm.agentPools(ref);
        ClusterNames names = ClusterNames.of(cluster);
        List<String> breakGlassUsers = breakGlass.userIds().orElse(List.of());
        List<String> breakGlassGroups = breakGlass.groupIds().orElse(List.of());

        List<ReadinessCheck> checks = new ArrayList<>();
        checks.add(TenantChecks.license(graph.subscribedSkus()));
        Map<String, Optional<ServicePrincipalInfo>> apps = servicePrincipals.byAppIds(ServicePrincipalCache.APP_IDS);
        checks.add(TenantChecks.servicePrincipal(ReadinessCheck.SP_CONTROL_PLANE, PolicyKind.CONTROL_PLANE.appId(),
                PolicyKind.CONTROL_PLANE.appDisplayName(), "kubectl sign-in with Entra ID",
                apps.get(PolicyKind.CONTROL_PLANE.appId().toLowerCase(Locale.ROOT))));
        checks.add(TenantChecks.servicePrincipal(ReadinessCheck.SP_NODE_SSH, PolicyKind.NODE_SSH.appId(),
                PolicyKind.NODE_SSH.appDisplayName(), "Entra ID SSH to nodes",
                apps.get(PolicyKind.NODE_SSH.appId().toLowerCase(Locale.ROOT))));
        Map<String, DirectoryObjectInfo> found = resolve(cluster.adminGroupObjectIds(), breakGlassUsers, breakGlassGroups);
        checks.add(ClusterChecks.managedEntra(cluster, names));
        checks.add(ClusterChecks.localAccounts(cluster, names));
        checks.add(ClusterChecks.adminGroups(cluster, names, found));
        checks.add(ClusterChecks.sshAccess(pools, names));
        checks.add(TenantChecks.policyCount(graph.listPolicies().size()));
        checks.add(TenantChecks.breakGlass(breakGlassUsers, breakGlassGroups, found));
        checks.add(TenantChecks.clientGuidance(names));
        return Readiness.of(tenant(cluster), checks);
    }

    /** One getByIds for every id; ids that are no GUID cannot exist and are not sent (Graph would reject the call). */
    private Map<String, DirectoryObjectInfo> resolve(List<String> adminGroups, List<String> users, List<String> groups) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> types = new LinkedHashSet<>();
        addGuids(adminGroups, ids, types, "group");
        addGuids(groups, ids, types, "group");
        addGuids(users, ids, types, "user");
        Map<String, DirectoryObjectInfo> found = new HashMap<>();
        if (!ids.isEmpty()) {
            graph.directoryObjectsByIds(List.copyOf(ids), List.copyOf(types))
                    .forEach(object -> found.put(object.id().toLowerCase(Locale.ROOT), object));
        }
        return found;
    }

    private static void addGuids(List<String> candidates, Set<String> ids, Set<String> types, String type) {
        for (String id : candidates) {
            if (Names.isGuid(id)) {
                ids.add(id.toLowerCase(Locale.ROOT));
                types.add(type);
            }
        }
    }

    private String tenant(ManagedCluster cluster) {
        if (emulator.enabled()) {
            return EMULATED;
        }
        return azure.azure().tenantId().orElse(cluster.entraTenantId());
    }
}
