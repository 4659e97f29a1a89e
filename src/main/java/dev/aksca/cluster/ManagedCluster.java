package dev.aksca.cluster;

import java.util.List;

/**
 * What the service needs to know of an AKS cluster, read from ARM.
 *
 * @param resourceId the ARM id as ARM spells it (the ref is lower case), for commands a person copies
 */
public record ManagedCluster(
        ClusterRef ref,
        boolean managedEntra,
        List<String> adminGroupObjectIds,
        boolean localAccountsDisabled,
        String entraTenantId,
        String resourceId) {
}
