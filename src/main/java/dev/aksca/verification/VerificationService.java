package dev.aksca.verification;

import dev.aksca.cluster.ClusterRef;
import dev.aksca.error.ApiProblem;
import dev.aksca.error.ProblemType;
import dev.aksca.graph.GraphGateway;
import dev.aksca.graph.SignInQuery;
import dev.aksca.graph.SignInRecord;
import dev.aksca.policy.AccessPolicyService;
import dev.aksca.policy.PolicyKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/** Proves a managed policy from sign-in logs (contract section 4). */
@ApplicationScoped
public class VerificationService {

    private final AccessPolicyService policies;
    private final GraphGateway graph;
    private final SingleFlight<String, Verification> flights;
    private final Clock clock = Clock.systemUTC();

    @Inject
    public VerificationService(AccessPolicyService policies, GraphGateway graph, VerificationConfig config) {
        this.policies = policies;
        this.graph = graph;
        this.flights = new SingleFlight<>(config.cacheTtl());
    }

    public Verification verify(ClusterRef cluster, PolicyKind kind, String userParam, String since) {
        SignInFilterInput.User user = SignInFilterInput.user(userParam);
        OffsetDateTime from = SignInFilterInput.from(since, clock);
        String key = cluster.armId() + "|" + kind + "|" + user.key() + "|" + (since == null ? "" : since);
        return flights.get(key, () -> load(cluster, kind, user, from));
    }

    private Verification load(ClusterRef cluster, PolicyKind kind, SignInFilterInput.User user, OffsetDateTime from) {
        String policyId = policies.policyId(cluster, kind).orElseThrow(() -> new ApiProblem(ProblemType.POLICY_NOT_FOUND,
                "no managed " + kind + " policy for " + cluster.armId() + ": apply one before verifying it"));
        OffsetDateTime to = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        List<SignInRecord> signIns = graph.signIns(new SignInQuery(kind.appId(), user.objectId(), user.userPrincipalName(), from));
        Verification.Summary summary = Verdicts.summarise(signIns, policyId);
        List<Verification.SignIn> listed = signIns.stream()
                .sorted(Comparator.comparing(SignInRecord::createdDateTime, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(Verification.MAX_LISTED)
                .map(signIn -> new Verification.SignIn(signIn.id(), signIn.createdDateTime(), signIn.userPrincipalName(),
                        signIn.conditionalAccessStatus(), Verdicts.policyResult(signIn, policyId),
                        signIn.deviceCompliant(), signIn.errorCode(), signIn.failureReason()))
                .toList();
        return new Verification(kind.value(), policyId, kind.appId(), from, to,
                Verdicts.verdict(signIns, policyId, summary), summary, listed);
    }
}
