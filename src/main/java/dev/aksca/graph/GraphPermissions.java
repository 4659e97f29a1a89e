package dev.aksca.graph;

import java.util.List;

/**
 * The Microsoft Graph application permissions the service's identity needs, and nothing more. This list is the
 * one source: the Bicep template grants exactly these ({@code deploy/infra/modules/graph-permissions.bicep}) and the
 * deployment README's table names the same ones; {@code DeploymentTemplateTest} fails when either drifts.
 */
public final class GraphPermissions {

    /**
     * Reading Conditional Access policies: {@link GraphGateway#listPolicies()} and
     * {@link GraphGateway#findPoliciesByDisplayName(String)} ({@code GET identity/conditionalAccess/policies}) and
     * the What-If evaluation ({@code POST identity/conditionalAccess/evaluate}). Graph also requires it next to
     * {@link #POLICY_WRITE_CONDITIONAL_ACCESS} for every CA write.
     */
    public static final String POLICY_READ_ALL = "Policy.Read.All";

    /**
     * Creating, updating and deleting Conditional Access policies: {@link GraphGateway#createPolicy},
     * {@link GraphGateway#updatePolicy} and {@link GraphGateway#deletePolicy} (POST, PATCH, DELETE on
     * {@code identity/conditionalAccess/policies}).
     */
    public static final String POLICY_WRITE_CONDITIONAL_ACCESS = "Policy.ReadWrite.ConditionalAccess";

    /**
     * Reading sign-in logs for verification: {@link GraphGateway#signIns} via {@code GraphSignIns}
     * ({@code auditLogs/signIns}; Graph wants {@link #DIRECTORY_READ_ALL} beside it).
     */
    public static final String AUDIT_LOG_READ_ALL = "AuditLog.Read.All";

    /**
     * Directory reads: readiness's licence ({@code subscribedSkus}), service principals by appId
     * ({@code servicePrincipals?$filter=appId eq}) and admin and break-glass objects ({@code directoryObjects/getByIds});
     * What-If's users by UPN ({@code users/{id|upn}}); and sign-in log reads, which Graph grants only with it. It covers
     * each of these, so Organization.Read.All, Application.Read.All and User.Read.All are not needed as well.
     */
    public static final String DIRECTORY_READ_ALL = "Directory.Read.All";

    /** Every permission, in the order the README's table lists them. */
    public static final List<String> ALL =
            List.of(POLICY_READ_ALL, POLICY_WRITE_CONDITIONAL_ACCESS, AUDIT_LOG_READ_ALL, DIRECTORY_READ_ALL);

    private GraphPermissions() {
    }
}
