package dev.aksca.verification;

import dev.aksca.error.Problem;
import dev.aksca.policy.ClusterPath;
import dev.aksca.policy.PolicyKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// Same root as every resource: JAX-RS picks one root class by its path before it looks at methods.
@Path("/api/v1")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Tag(name = "Verification")
public class EvaluationResource {

    private static final String EXAMPLE = """
            {"user": "alice@contoso.com", "deviceCompliant": false, "devicePlatform": "linux",
             "clientAppType": "mobileAppsAndDesktopClients"}""";

    private final EvaluationService service;

    public EvaluationResource(EvaluationService service) {
        this.service = service;
    }

    @POST
    @Path("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroup}/managedClusters/{clusterName}/accessPolicies/{kind}/evaluation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("AccessPolicy.Read")
    @Operation(operationId = "evaluateAccessPolicy", summary = "What-If: what Conditional Access would do with a sign-in",
            description = "Asks Graph's What-If (identity/conditionalAccess/evaluate, permission Policy.Read.All; the user"
                    + " is looked up with Directory.Read.All) how every policy of the tenant judges the user signing in to the"
                    + " kind's application from the stated device, and lists the policies that include the application"
                    + " (by id or All). Only enabled policies that apply decide; report-only and disabled ones are listed"
                    + " but never enforced. decision: block when such a policy has the block control; otherwise"
                    + " requiredControls are the grant controls still to satisfy (an AND policy adds the controls the"
                    + " device does not meet, an OR policy adds nothing when the device meets one of its controls and"
                    + " else all of them, any one of which suffices); compliantDevice is met when deviceCompliant is"
                    + " true, MFA and the other controls never are (What-If does not model them), so they are always"
                    + " required when such a policy applies; grantWithControls when requiredControls is not empty,"
                    + " grant otherwise. managedPolicyApplies: the cluster's managed policy of the kind applies"
                    + " (whatever its state).")
    @APIResponse(responseCode = "200", description = "Decision, the controls still required, and every policy of the application",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Evaluation.class)))
    @APIResponse(responseCode = "400", description = "Invalid user, devicePlatform, clientAppType or body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token lacks AccessPolicy.Read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No managed policy of this kind for the cluster, or the user is not in the tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "Graph answered wrongly or denied the service (detail names the permission)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Graph throttled or unavailable; see Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "504", description = "Graph did not answer in time",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Evaluation evaluate(@BeanParam ClusterPath path,
            @RequestBody(required = true, description = "The sign-in to evaluate",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EvaluationRequest.class),
                            examples = @ExampleObject(name = "nonCompliant", summary = "Alice from a non-compliant Linux device",
                                    value = EXAMPLE)))
            EvaluationRequest body) {
        return service.evaluate(path.cluster(), PolicyKind.fromPath(path.kind()), body);
    }
}
