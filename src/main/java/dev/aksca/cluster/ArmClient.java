package dev.aksca.cluster;

import dev.aksca.ops.RequestIds;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** ARM's managed-cluster routes; built programmatically because its base URL depends on the configured cloud. */
@Path("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroup}/providers/Microsoft.ContainerService/managedClusters/{clusterName}")
@Produces(MediaType.APPLICATION_JSON)
interface ArmClient {

    @GET
    Response getCluster(@PathParam("subscriptionId") String subscriptionId,
            @PathParam("resourceGroup") String resourceGroup,
            @PathParam("clusterName") String clusterName,
            @QueryParam("api-version") String apiVersion,
            @HeaderParam(RequestIds.ARM_HEADER) String clientRequestId);

    @GET
    @Path("/agentPools")
    Response listAgentPools(@PathParam("subscriptionId") String subscriptionId,
            @PathParam("resourceGroup") String resourceGroup,
            @PathParam("clusterName") String clusterName,
            @QueryParam("api-version") String apiVersion,
            @HeaderParam(RequestIds.ARM_HEADER) String clientRequestId);
}
