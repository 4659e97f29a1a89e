package dev.aksca.emulator;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** ARM's resource shapes for managed clusters and the agent pools derived from their profiles. */
final class ArmShapes {

    static final String CLUSTER_TYPE = "Microsoft.ContainerService/ManagedClusters";
    static final String POOL_TYPE = "Microsoft.ContainerService/managedClusters/agentPools";

    private ArmShapes() {
    }

    static String clusterId(String subscription, String resourceGroup, String name) {
        return "/subscriptions/" + subscription + "/resourceGroups/" + resourceGroup
                + "/providers/Microsoft.ContainerService/managedClusters/" + name;
    }

    static JsonObject cluster(String subscription, String resourceGroup, String name, JsonObject body) {
        JsonObject cluster = body.copy();
        cluster.put("id", clusterId(subscription, resourceGroup, name));
        cluster.put("name", name);
        cluster.put("type", CLUSTER_TYPE);
        if (cluster.getString("location") == null) {
            cluster.put("location", "westeurope");
        }
        if (cluster.getJsonObject("properties") == null) {
            cluster.put("properties", new JsonObject());
        }
        return cluster;
    }

    /** The agentPools collection is a view of the cluster's agentPoolProfiles, so the two never disagree. */
    static JsonArray pools(JsonObject cluster) {
        JsonArray profiles = cluster.getJsonObject("properties").getJsonArray("agentPoolProfiles", new JsonArray());
        JsonArray pools = new JsonArray();
        for (int i = 0; i < profiles.size(); i++) {
            pools.add(pool(cluster.getString("id"), profiles.getJsonObject(i)));
        }
        return pools;
    }

    static JsonObject pool(String clusterId, JsonObject profile) {
        JsonObject properties = profile.copy();
        String name = (String) properties.remove("name");
        return new JsonObject().put("id", clusterId + "/agentPools/" + name).put("name", name)
                .put("type", POOL_TYPE).put("properties", properties);
    }
}
