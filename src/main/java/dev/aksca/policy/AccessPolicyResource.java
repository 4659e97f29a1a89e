package dev.aksca.policy;

import dev.aksca.cluster.ClusterRef;
import dev.aksca.error.ApiProblem;
import dev.aksca.error.Problem;
import dev.aksca.error.ProblemType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Tag(name = "Access policies", description = "The cluster's Conditional Access policies in Microsoft Graph, as desired state")
@APIResponse(responseCode = "400", description = "Invalid path, query or body",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token lacks the operation's app role",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "502", description = "Graph or ARM answered wrongly or denied the service (detail names the permission)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", description = "Graph or ARM throttled or unavailable; see Retry-After",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "504", description = "Graph or ARM did not answer in time",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AccessPolicyResource {

    private static final String CLUSTER = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroup}/managedClusters/{clusterName}";
    private static final String READ = "AccessPolicy.Read";
    private static final String WRITE = "AccessPolicy.Write";
    private static final String APPLY_EXAMPLE = """
            {"state": "reportOnly", "grantControls": {"operator": "AND", "builtInControls": ["compliantDevice"]}}""";

    private final AccessPolicyService service;

    public AccessPolicyResource(AccessPolicyService service) {
        this.service = service;
    }

    @PUT
    @Path(CLUSTER + "/accessPolicies/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(WRITE)
    @Operation(operationId = "applyAccessPolicy", summary = "Apply a cluster's policy (desired state)",
            description = "Creates or updates the Graph policy 'AKS {kind} {clusterArmId}' so that it matches the body. "
                    + "Idempotent: the same body again writes nothing. dryRun=true plans only. "
                    + "Conditional Access cannot target one cluster: the policy applies to its groups on every AKS cluster "
                    + "in the tenant; warnings say when other clusters' policies target the same groups.")
    @APIResponse(responseCode = "201", description = "Created; Location names the policy",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccessPolicy.class)))
    @APIResponse(responseCode = "200", description = "Updated, unchanged, or a dry run's plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccessPolicy.class)))
    @APIResponse(responseCode = "404", description = "ARM does not know the cluster",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No admin groups to target, or state enabled without any exclusion (lockout-risk)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response apply(@BeanParam ClusterPath path,
            @Parameter(description = "Plan only: answer what would change, write nothing") @QueryParam("dryRun")
            @DefaultValue("false") boolean dryRun,
            @RequestBody(description = "Desired state; {} takes every default",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApplyRequest.class),
                            examples = {@ExampleObject(name = "defaults", summary = "Report-only with the kind's defaults", value = "{}"),
                                    @ExampleObject(name = "reportOnly", summary = "Explicit grant controls", value = APPLY_EXAMPLE)}))
            ApplyRequest body) {
        ClusterRef cluster = path.cluster();
        PolicyKind kind = PolicyKind.fromPath(path.kind());
        AccessPolicyService.Applied applied = service.apply(cluster, kind, body, dryRun);
        if (applied.created()) {
            return Response.created(URI.create(cluster.apiPath() + "/accessPolicies/" + kind.value()))
                    .type(MediaType.APPLICATION_JSON).entity(applied.policy()).build();
        }
        return Response.ok(applied.policy(), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path(CLUSTER + "/accessPolicies")
    @RolesAllowed(READ)
    @Operation(operationId = "listClusterAccessPolicies", summary = "The cluster's managed policies (those that exist)",
            description = "Reads the tenant's Conditional Access policies named for this cluster: none, one or both"
                    + " kinds. The cluster itself is not looked up in ARM, so policies of a deleted cluster are listed too.")
    @APIResponse(responseCode = "200", description = "Zero, one or two policies",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccessPolicyList.class)))
    public AccessPolicyList listForCluster(@BeanParam ClusterOnlyPath path) {
        return new AccessPolicyList(service.list(path.cluster()));
    }

    @GET
    @Path(CLUSTER + "/accessPolicies/{kind}")
    @RolesAllowed(READ)
    @Operation(operationId = "getAccessPolicy", summary = "One managed policy",
            description = "The Graph policy 'AKS {kind} {clusterArmId}' as it is now, including changes made outside"
                    + " this service (compare with the desired state by applying with dryRun=true).")
    @APIResponse(responseCode = "200", description = "The policy as it is in Graph",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccessPolicy.class)))
    @APIResponse(responseCode = "404", description = "No managed policy of this kind for the cluster",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AccessPolicy get(@BeanParam ClusterPath path) {
        ClusterRef cluster = path.cluster();
        PolicyKind kind = PolicyKind.fromPath(path.kind());
        return service.get(cluster, kind).orElseThrow(() -> notFound(cluster, kind));
    }

    @DELETE
    @Path(CLUSTER + "/accessPolicies/{kind}")
    @RolesAllowed(WRITE)
    @Operation(operationId = "deleteAccessPolicy", summary = "Delete a managed policy",
            description = "Works also after the cluster itself is gone, so that its policies can be cleaned up.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No managed policy of this kind for the cluster",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@BeanParam ClusterPath path) {
        ClusterRef cluster = path.cluster();
        PolicyKind kind = PolicyKind.fromPath(path.kind());
        if (!service.delete(cluster, kind)) {
            throw notFound(cluster, kind);
        }
        return Response.noContent().build();
    }

    @GET
    @Path("/accessPolicies")
    @RolesAllowed(READ)
    @Operation(operationId = "listAllAccessPolicies", summary = "Every policy this service manages in the tenant",
            description = "Every Conditional Access policy whose name marks it as managed by this service, for every"
                    + " cluster. Counts toward the tenant's limit of 195 policies.")
    @APIResponse(responseCode = "200", description = "Sorted by cluster id, then kind",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccessPolicyList.class)))
    public AccessPolicyList listAll() {
        return new AccessPolicyList(service.listAll());
    }

    private static ApiProblem notFound(ClusterRef cluster, PolicyKind kind) {
        return new ApiProblem(ProblemType.POLICY_NOT_FOUND, "no managed " + kind + " policy for " + cluster.armId());
    }
}
