package dev.aksca.emulator;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** ARM reads of AKS managed clusters and their agent pools; path segments are case-insensitive, as in ARM. */
@ApplicationScoped
public class ArmRoutes {

    private static final String CLUSTER = "(?i)/subscriptions/([^/]+)/resourceGroups/([^/]+)"
            + "/providers/Microsoft\\.ContainerService/managedClusters/([^/]+)";

    private final TenantState state;

    ArmRoutes(TenantState state) {
        this.state = state;
    }

    void register(Router router) {
        router.routeWithRegex(HttpMethod.GET, "(?i)/subscriptions/?").handler(this::subscriptions);
        router.routeWithRegex(HttpMethod.GET, CLUSTER + "/?").handler(this::cluster);
        router.routeWithRegex(HttpMethod.GET, CLUSTER + "/agentPools/?").handler(this::pools);
        router.routeWithRegex(HttpMethod.GET, CLUSTER + "/agentPools/([^/]+)/?").handler(this::pool);
    }

    /** ARM's subscription list: the service's readiness check reads it as a cheap authenticated call. */
    private void subscriptions(RoutingContext ctx) {
        JsonArray value = new JsonArray();
        state.clusters().stream().map(cluster -> cluster.getString("id").split("/")[2]).distinct()
                .forEach(id -> value.add(new JsonObject().put("id", "/subscriptions/" + id).put("subscriptionId", id)
                        .put("state", "Enabled")));
        Responses.json(ctx, 200, Responses.JSON, new JsonObject().put("value", value));
    }

    private void cluster(RoutingContext ctx) {
        Responses.json(ctx, 200, Responses.JSON, find(ctx));
    }

    private void pools(RoutingContext ctx) {
        Responses.json(ctx, 200, Responses.JSON, new JsonObject().put("value", ArmShapes.pools(find(ctx))));
    }

    private void pool(RoutingContext ctx) {
        JsonObject cluster = find(ctx);
        String name = ctx.pathParam("param3");
        JsonArray pools = ArmShapes.pools(cluster);
        for (int i = 0; i < pools.size(); i++) {
            if (pools.getJsonObject(i).getString("name").equalsIgnoreCase(name)) {
                Responses.json(ctx, 200, Responses.JSON, pools.getJsonObject(i));
                return;
            }
        }
        throw new ApiException(404, "NotFound", "Agent pool '" + name + "' of managed cluster '"
                + cluster.getString("name") + "' was not found.");
    }

    private JsonObject find(RoutingContext ctx) {
        String subscription = ctx.pathParam("param0");
        String resourceGroup = ctx.pathParam("param1");
        String name = ctx.pathParam("param2");
        if (!state.subscriptionExists(subscription)) {
            throw new ApiException(404, "SubscriptionNotFound", "The subscription '" + subscription
                    + "' could not be found.");
        }
        if (!state.resourceGroupExists(subscription, resourceGroup)) {
            throw new ApiException(404, "ResourceGroupNotFound", "Resource group '" + resourceGroup
                    + "' could not be found.");
        }
        return state.cluster(subscription, resourceGroup, name).orElseThrow(() -> new ApiException(404,
                "ResourceNotFound", "The Resource 'Microsoft.ContainerService/managedClusters/" + name
                        + "' under resource group '" + resourceGroup + "' was not found. For more details please go "
                        + "to https://aka.ms/ARMResourceNotFoundFix"));
    }
}
