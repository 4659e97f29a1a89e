package dev.aksca.graph;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The part of a Graph conditionalAccessPolicy the service manages, in Graph's own values ({@code state} is
 * {@code enabledForReportingButNotEnforced}, controls are {@code compliantDevice}, ...). A draft has no id or dates.
 */
public record CaPolicy(
        String id,
        String displayName,
        String state,
        List<String> includeApplications,
        List<String> includeGroups,
        List<String> excludeUsers,
        List<String> excludeGroups,
        List<String> clientAppTypes,
        String grantOperator,
        List<String> builtInControls,
        OffsetDateTime createdDateTime,
        OffsetDateTime modifiedDateTime) {

    public static CaPolicy draft(String displayName, String state, List<String> includeApplications,
            List<String> includeGroups, List<String> excludeUsers, List<String> excludeGroups,
            List<String> clientAppTypes, String grantOperator, List<String> builtInControls) {
        return new CaPolicy(null, displayName, state, includeApplications, includeGroups, excludeUsers, excludeGroups,
                clientAppTypes, grantOperator, builtInControls, null, null);
    }
}
