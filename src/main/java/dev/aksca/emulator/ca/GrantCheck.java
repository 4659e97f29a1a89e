package dev.aksca.emulator.ca;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * The grant controls of one policy checked against a sign-in.
 *
 * @param builtInControls the policy's controls as Graph names them
 * @param satisfied       whether the sign-in meets the grant
 * @param unsatisfied     the controls that kept the grant from being met; empty when it is met
 */
record GrantCheck(List<String> builtInControls, boolean satisfied, List<String> unsatisfied) {

    static GrantCheck of(JsonObject policy, SignInContext signIn) {
        JsonObject grantControls = JsonLists.object(policy, "grantControls");
        List<String> controls = JsonLists.strings(grantControls, "builtInControls");
        List<String> unmet = controls.stream().filter(control -> !satisfied(control, signIn)).toList();
        boolean blocked = JsonLists.containsIgnoreCase(controls, GrantControl.BLOCK.graphName());
        boolean met = !blocked && (isOr(grantControls) ? unmet.size() < controls.size() : unmet.isEmpty());
        // A policy without grant controls (session controls only) demands nothing of the sign-in.
        boolean satisfied = controls.isEmpty() || met;
        return new GrantCheck(List.copyOf(controls), satisfied, satisfied ? List.of() : unmet);
    }

    List<String> signInLogNames() {
        return builtInControls.stream()
                .map(name -> GrantControl.fromGraphName(name).map(GrantControl::signInLogName).orElse(name))
                .toList();
    }

    boolean requires(GrantControl control) {
        return JsonLists.containsIgnoreCase(builtInControls, control.graphName());
    }

    boolean misses(GrantControl control) {
        return JsonLists.containsIgnoreCase(unsatisfied, control.graphName());
    }

    private static boolean satisfied(String control, SignInContext signIn) {
        Optional<GrantControl> known = GrantControl.fromGraphName(control);
        return known.isPresent() && known.get().satisfiedBy(signIn);
    }

    private static boolean isOr(JsonObject grantControls) {
        // Graph requires the operator; AND is the stricter reading when it is missing.
        return grantControls != null && "OR".equalsIgnoreCase(String.valueOf(grantControls.getValue("operator")));
    }
}
