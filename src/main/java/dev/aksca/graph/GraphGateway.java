package dev.aksca.graph;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The service's only door to Microsoft Graph. Failures surface as {@code ApiProblem}s (contract section 7). */
public interface GraphGateway {

    /** Every policy with exactly this display name (normally zero or one). */
    List<CaPolicy> findPoliciesByDisplayName(String displayName);

    /** Every Conditional Access policy in the tenant, all pages. */
    List<CaPolicy> listPolicies();

    CaPolicy createPolicy(CaPolicy draft);

    /** Replaces state, conditions and grant controls with the draft's. */
    void updatePolicy(String policyId, CaPolicy draft);

    /** False when the policy was already gone. */
    boolean deletePolicy(String policyId);

    /** Every matching sign-in, all pages, report-only results included. */
    List<SignInRecord> signIns(SignInQuery query);

    /** The tenant's subscribed SKUs with their service plans. */
    List<LicenceSku> subscribedSkus();

    /** The tenant's service principals of these applications by lower-case appId; an app without one is absent. */
    Map<String, ServicePrincipalInfo> servicePrincipalsByAppIds(List<String> appIds);

    /**
     * The objects among {@code ids} that exist and have one of the {@code types} ({@code user}, {@code group}, ...),
     * in one {@code directoryObjects/getByIds} call per 1000 ids; absent ids are simply not in the answer.
     */
    List<DirectoryObjectInfo> directoryObjectsByIds(List<String> ids, List<String> types);

    /** The user with this object id or user principal name; empty when the tenant has none. */
    Optional<DirectoryUser> findUser(String idOrUpn);

    /** What-If for one user and application: every policy of the tenant, whether it applies, and why not. */
    List<WhatIfResult> evaluate(WhatIfQuery query);
}
