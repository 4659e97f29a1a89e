package dev.aksca.emulator.ca;

import io.vertx.core.json.JsonObject;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Evaluates Graph {@code conditionalAccessPolicy} objects for one sign-in the way Entra ID does for the
 * conditions and grant controls the emulated tenant models. Stateless and thread-safe.
 */
public final class CaEngine {

    public CaEvaluation evaluate(Collection<JsonObject> policies, SignInContext signIn) {
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(signIn, "signIn");
        List<PolicyEvaluation> evaluations = policies.stream()
                .map(policy -> PolicyEvaluation.of(policy, signIn))
                .toList();
        List<PolicyEvaluation> enforced = evaluations.stream().filter(PolicyEvaluation::enforced).toList();
        List<PolicyEvaluation> failing = enforced.stream().filter(PolicyEvaluation::enforcedFailure).toList();
        TreeSet<String> requiredControls = new TreeSet<>();
        enforced.forEach(evaluation -> requiredControls.addAll(evaluation.grant().builtInControls()));
        SignInFailure failure = SignInFailure.of(failing, signIn.appId());
        return new CaEvaluation(status(enforced, failing),
                evaluations.stream().map(PolicyEvaluation::outcome).toList(),
                List.copyOf(requiredControls),
                !failing.isEmpty(),
                failure.errorCode(),
                failure.failureReason());
    }

    /** Only enforced policies decide the status; report-only results are recorded but never change it. */
    private static String status(List<PolicyEvaluation> enforced, List<PolicyEvaluation> failing) {
        if (!failing.isEmpty()) {
            return "failure";
        }
        return enforced.isEmpty() ? "notApplied" : "success";
    }
}
