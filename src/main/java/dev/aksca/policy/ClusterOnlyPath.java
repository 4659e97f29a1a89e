package dev.aksca.policy;

import dev.aksca.cluster.ClusterRef;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The cluster part of every cluster path, validated as ARM validates it. */
public class ClusterOnlyPath {

    @PathParam("subscriptionId")
    @Parameter(description = "Azure subscription id (GUID)", example = "00000000-0000-0000-0000-000000000001")
    String subscriptionId;

    @PathParam("resourceGroup")
    @Parameter(description = "Resource group name", example = "rg-demo")
    String resourceGroup;

    @PathParam("clusterName")
    @Parameter(description = "AKS cluster name", example = "aks-demo")
    String clusterName;

    public ClusterRef cluster() {
        return ClusterRef.of(subscriptionId, resourceGroup, clusterName);
    }
}
