package dev.aksca.cluster;

import java.util.List;

/** What the service needs to know of an AKS cluster, read from ARM. */
public record ManagedCluster(
        ClusterRef ref,
        boolean managedEntra,
        List<String> adminGroupObjectIds,
        boolean localAccountsDisabled,
        String entraTenantId) {
}
