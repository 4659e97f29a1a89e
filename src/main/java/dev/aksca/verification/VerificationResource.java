package dev.aksca.verification;

import dev.aksca.error.Problem;
import dev.aksca.policy.ClusterPath;
import dev.aksca.policy.PolicyKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// Same root as every resource: JAX-RS picks one root class by its path before it looks at methods.
@Path("/api/v1")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Tag(name = "Verification", description = "Proof that the policies work: sign-in logs, What-If, prerequisites")
public class VerificationResource {

    private final VerificationService service;

    public VerificationResource(VerificationService service) {
        this.service = service;
    }

    @GET
    @Path("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroup}/managedClusters/{clusterName}/accessPolicies/{kind}/verification")
    @RolesAllowed("AccessPolicy.Read")
    @Operation(operationId = "verifyAccessPolicy", summary = "Prove the policy from sign-in logs",
            description = "Reads Entra sign-in logs for the kind's application and summarises our policy's result in each."
                    + " verified: a sign-in passed Conditional Access with our policy satisfied. Sign-in logs lag real"
                    + " sign-ins by several minutes, and identical requests within 30 s share one read.")
    @APIResponse(responseCode = "200", description = "Verdict and evidence",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Verification.class)))
    @APIResponse(responseCode = "400", description = "Invalid user or since",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token lacks AccessPolicy.Read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No managed policy of this kind for the cluster",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "Graph answered wrongly or denied the service (detail names"
            + " the Graph permission)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Graph throttled the sign-in log read; see Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "504", description = "Graph did not answer in time",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Verification verify(@BeanParam ClusterPath path,
            @Parameter(description = "User principal name or object id; omitted: every user", example = "alice@contoso.com")
            @QueryParam("user") String user,
            @Parameter(description = "ISO-8601 duration back from now, or an instant; at most 30 days", example = "PT24H")
            @QueryParam("since") String since) {
        return service.verify(path.cluster(), PolicyKind.fromPath(path.kind()), user, since);
    }
}
