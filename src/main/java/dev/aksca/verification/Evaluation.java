package dev.aksca.verification;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What Conditional Access would do with the sign-in, from Graph's What-If evaluation")
public record Evaluation(
        @Schema(examples = "control-plane") String kind,
        @Schema(examples = "6dae42f8-4368-4678-94ff-3960e28e3630") String appId,
        @Schema(description = "The user's object id", examples = "b0000000-0000-0000-0000-000000000001") String userId,
        Decision decision,
        @Schema(description = "Grant controls the sign-in still has to satisfy, sorted")
        List<String> requiredControls,
        @Schema(description = "Whether the cluster's managed policy of this kind applies to the sign-in")
        boolean managedPolicyApplies,
        @Schema(description = "Every policy of the tenant that includes the application (or All applications)")
        List<Policy> policies) {

    @Schema(name = "EvaluatedPolicy", description = "One policy of the tenant as What-If judged it")
    public record Policy(
            String id,
            String displayName,
            @Schema(examples = "enabled", description = "reportOnly, enabled or disabled") String state,
            boolean applies,
            @Schema(description = "Graph whatIfAnalysisReasons for a policy that does not apply: users, application,"
                    + " clientApps, devicePlatform, policyNotEnabled, ...; empty when it applies")
            List<String> reasons,
            @Schema(description = "The policy's grant controls, as Graph names them") List<String> builtInControls,
            @Schema(examples = "AND") String grantOperator,
            @Schema(description = "Whether this is the cluster's policy managed by this service") boolean managed) {
    }
}
