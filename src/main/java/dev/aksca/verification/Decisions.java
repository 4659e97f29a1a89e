package dev.aksca.verification;

import dev.aksca.graph.CaPolicy;
import dev.aksca.graph.WhatIfResult;
import dev.aksca.policy.PolicyState;
import java.util.List;
import java.util.TreeSet;

/**
 * Pure logic: the decision of a What-If evaluation. Only enabled policies that apply decide; report-only and
 * disabled ones are shown but never enforced.
 */
final class Decisions {

    static final String BLOCK = "block";
    static final String COMPLIANT_DEVICE = "compliantDevice";

    private Decisions() {
    }

    record Outcome(Decision decision, List<String> requiredControls) {
    }

    /** Whether the policy targets the application, by its id or by All applications. */
    static boolean touches(CaPolicy policy, String appId) {
        return policy.includeApplications().stream()
                .anyMatch(app -> app.equalsIgnoreCase(appId) || app.equalsIgnoreCase("All"));
    }

    /**
     * block when an enforced policy blocks; otherwise the controls still to satisfy: an AND policy contributes the
     * controls the stated device does not meet, an OR policy nothing when the device meets one of them and else all
     * of them (any one suffices). Only compliantDevice can be met, by deviceCompliant; What-If knows nothing of MFA.
     */
    static Outcome decide(List<WhatIfResult> results, boolean deviceCompliant) {
        boolean blocked = false;
        TreeSet<String> required = new TreeSet<>();
        for (WhatIfResult result : results) {
            CaPolicy policy = result.policy();
            if (!result.applies() || !PolicyState.ENABLED.graphValue().equals(policy.state())) {
                continue;
            }
            List<String> controls = policy.builtInControls();
            if (controls.stream().anyMatch(BLOCK::equalsIgnoreCase)) {
                blocked = true;
                continue;
            }
            List<String> unmet = controls.stream().filter(control -> !met(control, deviceCompliant)).toList();
            boolean or = "OR".equalsIgnoreCase(policy.grantOperator());
            boolean satisfied = or ? unmet.size() < controls.size() : unmet.isEmpty();
            if (!satisfied) {
                required.addAll(unmet);
            }
        }
        Decision decision = blocked ? Decision.BLOCK
                : required.isEmpty() ? Decision.GRANT : Decision.GRANT_WITH_CONTROLS;
        return new Outcome(decision, List.copyOf(required));
    }

    private static boolean met(String control, boolean deviceCompliant) {
        return deviceCompliant && COMPLIANT_DEVICE.equalsIgnoreCase(control);
    }
}
