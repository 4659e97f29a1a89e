package dev.aksca.cluster;

import dev.aksca.azure.Names;
import dev.aksca.error.ApiProblem;
import java.util.Locale;

/**
 * A managed cluster as its ARM id names it. ARM names are case-insensitive, so the canonical form is lower case:
 * it is part of the Conditional Access policy's display name, which is the policy's identity.
 */
public record ClusterRef(String subscriptionId, String resourceGroup, String name) {

    private static final String PROVIDER = "/providers/Microsoft.ContainerService/managedClusters/";

    public static ClusterRef of(String subscriptionId, String resourceGroup, String clusterName) {
        if (!Names.isGuid(subscriptionId)) {
            throw ApiProblem.invalid("subscriptionId", "path", "must be a GUID such as 00000000-0000-0000-0000-000000000001");
        }
        if (!Names.isResourceGroup(resourceGroup)) {
            throw ApiProblem.invalid("resourceGroup", "path",
                    "must be 1-90 letters, digits, underscores, parentheses, hyphens or periods, not ending with a period");
        }
        if (!Names.isClusterName(clusterName)) {
            throw ApiProblem.invalid("clusterName", "path",
                    "must be 1-63 letters, digits, underscores or hyphens, starting and ending with a letter or digit");
        }
        return new ClusterRef(subscriptionId.toLowerCase(Locale.ROOT), resourceGroup.toLowerCase(Locale.ROOT),
                clusterName.toLowerCase(Locale.ROOT));
    }

    /** Parses a canonical ARM id as produced by {@link #armId()}; null when it is not one. */
    public static ClusterRef parseArmId(String armId) {
        String[] parts = armId.split("/", -1);
        if (parts.length != 9 || !parts[0].isEmpty() || !"subscriptions".equals(parts[1])
                || !"resourceGroups".equals(parts[3]) || !armId.contains(PROVIDER)) {
            return null;
        }
        try {
            return of(parts[2], parts[4], parts[8]);
        } catch (ApiProblem notAClusterId) {
            return null;
        }
    }

    public String armId() {
        return "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup + PROVIDER + name;
    }

    /** This API's path for the cluster, below {@code /api/v1}. */
    public String apiPath() {
        return "/api/v1/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup + "/managedClusters/" + name;
    }
}
