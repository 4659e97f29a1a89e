package dev.aksca.graph;

import com.microsoft.graph.models.ConditionalAccessConditionSet;
import com.microsoft.graph.models.ConditionalAccessGrantControls;
import com.microsoft.graph.models.ConditionalAccessPolicy;
import com.microsoft.kiota.serialization.ValuedEnum;
import java.util.List;

/** Reads the managed part of an SDK policy object into the service's own record. */
final class GraphPolicies {

    /** The fields {@link #fromGraph} reads; Graph leaves out the rest of each policy (session controls, ...). */
    static final String[] SELECT = {"id", "displayName", "state", "conditions", "grantControls", "createdDateTime",
        "modifiedDateTime"};

    private GraphPolicies() {
    }

    static CaPolicy fromGraph(ConditionalAccessPolicy policy) {
        ConditionalAccessConditionSet conditions = policy.getConditions();
        ConditionalAccessGrantControls grant = policy.getGrantControls();
        boolean hasUsers = conditions != null && conditions.getUsers() != null;
        return new CaPolicy(
                policy.getId(),
                policy.getDisplayName(),
                policy.getState() == null ? null : policy.getState().getValue(),
                conditions == null || conditions.getApplications() == null ? List.of()
                        : copy(conditions.getApplications().getIncludeApplications()),
                hasUsers ? copy(conditions.getUsers().getIncludeGroups()) : List.of(),
                hasUsers ? copy(conditions.getUsers().getExcludeUsers()) : List.of(),
                hasUsers ? copy(conditions.getUsers().getExcludeGroups()) : List.of(),
                conditions == null ? List.of() : values(conditions.getClientAppTypes()),
                grant == null ? null : grant.getOperator(),
                grant == null ? List.of() : values(grant.getBuiltInControls()),
                policy.getCreatedDateTime(),
                policy.getModifiedDateTime());
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    private static List<String> values(List<? extends ValuedEnum> values) {
        return values == null ? List.of() : values.stream().map(ValuedEnum::getValue).toList();
    }
}
