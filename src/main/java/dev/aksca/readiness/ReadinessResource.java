package dev.aksca.readiness;

import dev.aksca.error.Problem;
import dev.aksca.policy.ClusterOnlyPath;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// Same root as every resource: JAX-RS picks one root class by its path before it looks at methods.
@Path("/api/v1")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ReadinessResource {

    private final ReadinessService service;

    public ReadinessResource(ReadinessService service) {
        this.service = service;
    }

    @GET
    @Path("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroup}/managedClusters/{clusterName}/readiness")
    @RolesAllowed("AccessPolicy.Read")
    @Tag(name = "Verification")
    @Operation(operationId = "getReadiness", summary = "Prove the prerequisites of Conditional Access for the cluster",
            description = "Checks, from ARM and Microsoft Graph at the time of the call: the Entra ID P1/P2 service plan,"
                    + " the service principals of the AKS server and Linux VM Sign-In applications, managed Entra"
                    + " integration, disabled local accounts, existing admin groups, Entra ID SSH on every Linux node"
                    + " pool, the tenant's policy count (limit 195), the break-glass accounts, and client guidance."
                    + " Each check that does not pass carries a remediation with the cluster's names. Existing service"
                    + " principals are remembered for a while; a failed check is evaluated afresh on the next call.")
    @APIResponse(responseCode = "200", description = "Every check; ready is false when one fails",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Readiness.class)))
    @APIResponse(responseCode = "400", description = "Invalid path",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token lacks AccessPolicy.Read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "ARM does not know the cluster",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "Graph or ARM answered wrongly or denied the service (detail names"
            + " the Graph permission or Azure role)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Graph or ARM throttled or unavailable; see Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "504", description = "Graph or ARM did not answer in time",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Readiness readiness(@BeanParam ClusterOnlyPath path) {
        return service.check(path.cluster());
    }
}
