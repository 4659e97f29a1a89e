package dev.aksca.cluster;

import java.util.List;

/** The service's only door to Azure Resource Manager. Failures surface as {@code ApiProblem}s. */
public interface ArmGateway {

    /** The cluster, or a 404 problem when ARM does not know it. */
    ManagedCluster getCluster(ClusterRef cluster);

    List<AgentPool> agentPools(ClusterRef cluster);
}
