package dev.aksca.verification;

import dev.aksca.cluster.ClusterRef;
import dev.aksca.error.ApiProblem;
import dev.aksca.error.ProblemType;
import dev.aksca.graph.DirectoryUser;
import dev.aksca.graph.GraphGateway;
import dev.aksca.graph.WhatIfQuery;
import dev.aksca.graph.WhatIfResult;
import dev.aksca.policy.AccessPolicy;
import dev.aksca.policy.AccessPolicyService;
import dev.aksca.policy.PolicyKind;
import dev.aksca.policy.PolicyState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** What-If for a user and device against the kind's application (contract section 5). */
@ApplicationScoped
public class EvaluationService {

    static final String DEFAULT_PLATFORM = "linux";
    static final String DEFAULT_CLIENT_APP_TYPE = "mobileAppsAndDesktopClients";
    static final List<String> PLATFORMS = List.of("android", "iOS", "linux", "macOS", "windows", "windowsPhone");
    static final List<String> CLIENT_APP_TYPES = List.of("browser", "mobileAppsAndDesktopClients",
            "exchangeActiveSync", "easSupported", "other");

    private final AccessPolicyService policies;
    private final GraphGateway graph;

    @Inject
    public EvaluationService(AccessPolicyService policies, GraphGateway graph) {
        this.policies = policies;
        this.graph = graph;
    }

    public Evaluation evaluate(ClusterRef cluster, PolicyKind kind, EvaluationRequest body) {
        if (body == null || body.user() == null || body.user().isEmpty()) {
            throw ApiProblem.invalid("user", "body", "required: a user principal name or object id");
        }
        SignInFilterInput.User user = SignInFilterInput.user(body.user(), "body");
        String platform = oneOf("devicePlatform", body.devicePlatform(), PLATFORMS, DEFAULT_PLATFORM);
        String clientAppType = oneOf("clientAppType", body.clientAppType(), CLIENT_APP_TYPES, DEFAULT_CLIENT_APP_TYPE);
        boolean compliant = Boolean.TRUE.equals(body.deviceCompliant());

        AccessPolicy managed = policies.get(cluster, kind).orElseThrow(() -> new ApiProblem(
                ProblemType.POLICY_NOT_FOUND,
                "no managed " + kind + " policy for " + cluster.armId() + ": apply one before evaluating it"));
        String reference = user.objectId() != null ? user.objectId() : user.userPrincipalName();
        DirectoryUser resolved = graph.findUser(reference).orElseThrow(() -> new ApiProblem(ProblemType.NOT_FOUND,
                "user not found in the tenant: " + reference));
        List<WhatIfResult> touching = graph.evaluate(new WhatIfQuery(resolved.id(), kind.appId(), platform,
                        clientAppType, compliant)).stream()
                .filter(result -> Decisions.touches(result.policy(), kind.appId())
                        || managed.policyId().equals(result.policy().id()))
                .toList();
        Decisions.Outcome outcome = Decisions.decide(touching, compliant);
        boolean managedApplies = touching.stream()
                .anyMatch(result -> managed.policyId().equals(result.policy().id()) && result.applies());
        List<Evaluation.Policy> listed = touching.stream().map(result -> view(result, managed.policyId())).toList();
        return new Evaluation(kind.value(), kind.appId(), resolved.id(), outcome.decision(), outcome.requiredControls(),
                managedApplies, listed);
    }

    private static Evaluation.Policy view(WhatIfResult result, String managedId) {
        PolicyState state = PolicyState.fromGraph(result.policy().state());
        List<String> reasons = result.reasons().stream().filter(reason -> !reason.equals("notSet")).toList();
        return new Evaluation.Policy(result.policy().id(), result.policy().displayName(),
                state == null ? result.policy().state() : state.value(), result.applies(), reasons,
                result.policy().builtInControls(), result.policy().grantOperator(),
                managedId.equals(result.policy().id()));
    }

    private static String oneOf(String field, String value, List<String> allowed, String fallback) {
        if (value == null) {
            return fallback;
        }
        return allowed.stream().filter(candidate -> candidate.equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> ApiProblem.invalid(field, "body", "must be one of " + String.join(", ", allowed)));
    }
}
