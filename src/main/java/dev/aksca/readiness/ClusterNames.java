package dev.aksca.readiness;

import dev.aksca.cluster.ManagedCluster;
import java.util.regex.Pattern;

/** The cluster's names as ARM spells them, ready to paste into an Azure CLI command. */
record ClusterNames(String resourceGroup, String name) {

    private static final Pattern SHELL_SAFE = Pattern.compile("^[A-Za-z0-9._-]+$");

    static ClusterNames of(ManagedCluster cluster) {
        String id = cluster.resourceId() == null ? "" : cluster.resourceId();
        // /subscriptions/{s}/resourceGroups/{g}/providers/Microsoft.ContainerService/managedClusters/{n}
        String[] parts = id.split("/", -1);
        if (parts.length == 9 && parts[4].equalsIgnoreCase(cluster.ref().resourceGroup())
                && parts[8].equalsIgnoreCase(cluster.ref().name())) {
            return new ClusterNames(parts[4], parts[8]);
        }
        return new ClusterNames(cluster.ref().resourceGroup(), cluster.ref().name());
    }

    String aksUpdate(String arguments) {
        return "az aks update -g " + shell(resourceGroup) + " -n " + shell(name) + " " + arguments;
    }

    String nodePoolUpdate(String pool, String arguments) {
        return "az aks nodepool update -g " + shell(resourceGroup) + " --cluster-name " + shell(name) + " -n "
                + shell(pool) + " " + arguments;
    }

    String getCredentials() {
        return "az aks get-credentials -g " + shell(resourceGroup) + " -n " + shell(name);
    }

    // Resource group names may hold parentheses, which a shell would otherwise interpret.
    private static String shell(String value) {
        return SHELL_SAFE.matcher(value).matches() ? value : "'" + value.replace("'", "'\\''") + "'";
    }
}
