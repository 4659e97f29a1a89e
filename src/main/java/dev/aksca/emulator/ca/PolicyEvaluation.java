package dev.aksca.emulator.ca;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * One policy evaluated for a sign-in: the public outcome plus what the engine needs to combine policies.
 *
 * @param enforced whether the policy is enabled (not report-only, not disabled) and applies
 */
record PolicyEvaluation(PolicyOutcome outcome, GrantCheck grant, boolean enforced) {

    static PolicyEvaluation of(JsonObject policy, SignInContext signIn) {
        String id = policy.getString("id");
        String displayName = policy.getString("displayName");
        String state = policy.getString("state");
        Optional<PolicyState> known = PolicyState.fromGraphName(state);
        GrantCheck grant = GrantCheck.of(policy, signIn);
        if (known.isEmpty() || known.get() == PolicyState.DISABLED) {
            // Graph only stores the three states; anything else is treated like a switched-off policy.
            String reason = known.isEmpty() ? "state " + state + " not recognised" : "state disabled";
            PolicyOutcome outcome = new PolicyOutcome(id, displayName, state, false,
                    PolicyState.DISABLED.result(false, false), List.of(), List.of(), List.of(reason));
            return new PolicyEvaluation(outcome, grant, false);
        }
        List<PolicyConditions.Match> matches = PolicyConditions.evaluate(policy, signIn);
        boolean applies = matches.stream().allMatch(PolicyConditions.Match::matched);
        List<String> reasons = matches.stream().map(PolicyConditions.Match::reason).toList();
        PolicyOutcome outcome = new PolicyOutcome(id, displayName, state, applies,
                known.get().result(applies, grant.satisfied()),
                applies ? grant.signInLogNames() : List.of(),
                applies ? grant.unsatisfied() : List.of(),
                reasons);
        return new PolicyEvaluation(outcome, grant, applies && known.get() == PolicyState.ENABLED);
    }

    boolean enforcedFailure() {
        return enforced && !grant.satisfied();
    }
}
