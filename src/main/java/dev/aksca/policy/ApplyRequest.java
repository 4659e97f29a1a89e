package dev.aksca.policy;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Desired state of a cluster's policy. Every field is optional; omitted fields take the defaults.")
public record ApplyRequest(
        @Schema(description = "reportOnly (Graph enabledForReportingButNotEnforced), enabled or disabled",
                defaultValue = "reportOnly") PolicyState state,
        @Schema(description = "Groups the policy applies to; omitted or empty: the cluster's aadProfile.adminGroupObjectIDs")
        List<String> includeGroups,
        @Schema(description = "Users excluded; the configured break-glass users are always added") List<String> excludeUsers,
        @Schema(description = "Groups excluded; the configured break-glass groups are always added") List<String> excludeGroups,
        @Schema(description = "Omitted: the kind's default (control-plane: compliantDevice; node-ssh: compliantDevice AND mfa)")
        GrantControls grantControls,
        @Schema(description = "Allows state enabled with no exclusion at all (no break-glass account)", defaultValue = "false")
        Boolean acknowledgeNoBreakGlass) {

    static final ApplyRequest EMPTY = new ApplyRequest(null, null, null, null, null, null);
}
