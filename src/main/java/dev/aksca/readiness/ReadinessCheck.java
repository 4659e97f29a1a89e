package dev.aksca.readiness;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One prerequisite, proven from ARM or Graph at the time of the call")
public record ReadinessCheck(
        @Schema(enumeration = {ReadinessCheck.LICENSE, ReadinessCheck.SP_CONTROL_PLANE, ReadinessCheck.SP_NODE_SSH,
            ReadinessCheck.MANAGED_ENTRA, ReadinessCheck.LOCAL_ACCOUNTS, ReadinessCheck.ADMIN_GROUPS,
            ReadinessCheck.SSH_ACCESS, ReadinessCheck.POLICY_COUNT, ReadinessCheck.BREAK_GLASS,
            ReadinessCheck.CLIENT_GUIDANCE}) String id,
        CheckStatus status,
        @Schema(description = "What was found, in one sentence") String detail,
        @Schema(description = "A command or portal step that fixes it, with the cluster's names; absent when it passed",
                examples = "az aks update -g rg-demo -n aks-legacy --disable-local-accounts") String remediation) {

    public static final String LICENSE = "license";
    public static final String SP_CONTROL_PLANE = "servicePrincipal.controlPlane";
    public static final String SP_NODE_SSH = "servicePrincipal.nodeSsh";
    public static final String MANAGED_ENTRA = "cluster.managedEntra";
    public static final String LOCAL_ACCOUNTS = "cluster.localAccountsDisabled";
    public static final String ADMIN_GROUPS = "cluster.adminGroups";
    public static final String SSH_ACCESS = "nodePools.sshAccess";
    public static final String POLICY_COUNT = "tenant.policyCount";
    public static final String BREAK_GLASS = "breakGlass";
    public static final String CLIENT_GUIDANCE = "client.guidance";

    static ReadinessCheck pass(String id, String detail) {
        return new ReadinessCheck(id, CheckStatus.PASS, detail, null);
    }

    static ReadinessCheck warn(String id, String detail, String remediation) {
        return new ReadinessCheck(id, CheckStatus.WARN, detail, remediation);
    }

    static ReadinessCheck fail(String id, String detail, String remediation) {
        return new ReadinessCheck(id, CheckStatus.FAIL, detail, remediation);
    }
}
