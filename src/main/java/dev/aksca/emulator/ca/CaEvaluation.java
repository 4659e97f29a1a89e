package dev.aksca.emulator.ca;

import java.util.List;

/**
 * The Conditional Access verdict for one sign-in.
 *
 * @param conditionalAccessStatus Graph's sign-in {@code conditionalAccessStatus}: {@code success},
 *                                {@code failure} or {@code notApplied}; report-only policies never change it
 * @param policies                one outcome per evaluated policy, in input order
 * @param requiredControls        built-in controls of the enforced policies that apply, sorted, deduplicated
 * @param blocked                 whether the sign-in is refused
 * @param errorCode               Graph sign-in {@code status.errorCode}; 0 when not blocked
 * @param failureReason           Graph sign-in {@code status.failureReason}; null when not blocked
 */
public record CaEvaluation(String conditionalAccessStatus, List<PolicyOutcome> policies,
                           List<String> requiredControls, boolean blocked, int errorCode, String failureReason) {

    public CaEvaluation {
        policies = List.copyOf(policies);
        requiredControls = List.copyOf(requiredControls);
    }
}
