package dev.aksca.emulator.ca;

import java.util.List;

/**
 * How one policy fared for a sign-in, shaped after an entry of a Graph sign-in's
 * {@code appliedConditionalAccessPolicies}.
 *
 * @param result                Graph's {@code appliedConditionalAccessPolicyResult}, e.g. {@code success},
 *                              {@code reportOnlyFailure} or {@code notEnabled}
 * @param enforcedGrantControls the policy's grant controls in sign-in-log spelling ({@code Mfa},
 *                              {@code RequireCompliantDevice}, ...) when it applies, else empty
 * @param unsatisfiedControls   built-in control names ({@code mfa}, {@code compliantDevice}, ...) that kept
 *                              an applying policy's grant from being met; empty when the grant is met
 * @param reasons               short human explanations of why the policy applies or not
 */
public record PolicyOutcome(String policyId, String displayName, String state, boolean applies,
                            String result, List<String> enforcedGrantControls, List<String> unsatisfiedControls,
                            List<String> reasons) {

    public PolicyOutcome {
        enforcedGrantControls = List.copyOf(enforcedGrantControls);
        unsatisfiedControls = List.copyOf(unsatisfiedControls);
        reasons = List.copyOf(reasons);
    }
}
