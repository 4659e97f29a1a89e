package dev.aksca.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A cluster's managed Conditional Access policy. outcome, changes and warnings come only with apply.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccessPolicy(
        @Schema(examples = "control-plane") String kind,
        @Schema(examples = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-demo/providers/Microsoft.ContainerService/managedClusters/aks-demo")
        String clusterId,
        @Schema(description = "The Graph conditionalAccessPolicy id; absent in a dry run that would create") String policyId,
        String displayName,
        PolicyState state,
        Application application,
        List<String> includeGroups,
        List<String> excludeUsers,
        List<String> excludeGroups,
        GrantControls grantControls,
        OffsetDateTime createdDateTime,
        OffsetDateTime modifiedDateTime,
        Outcome outcome,
        List<Change> changes,
        List<String> warnings) {

    @Schema(description = "The Entra application the policy targets")
    public record Application(
            @Schema(examples = "6dae42f8-4368-4678-94ff-3960e28e3630") String appId,
            @Schema(examples = "Azure Kubernetes Service AAD Server") String displayName) {
    }

    @Schema(description = "One field that differs between the policy in Graph and the desired state")
    public record Change(@Schema(examples = "state") String field,
            @Schema(examples = "reportOnly") Object from,
            @Schema(examples = "enabled") Object to) {
    }

    AccessPolicy withApply(Outcome newOutcome, List<Change> newChanges, List<String> newWarnings) {
        return new AccessPolicy(kind, clusterId, policyId, displayName, state, application, includeGroups, excludeUsers,
                excludeGroups, grantControls, createdDateTime, modifiedDateTime, newOutcome, newChanges, newWarnings);
    }
}
