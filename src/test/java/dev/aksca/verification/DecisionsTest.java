package dev.aksca.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aksca.graph.CaPolicy;
import dev.aksca.graph.WhatIfResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionsTest {

    private static final String AKS = "6dae42f8-4368-4678-94ff-3960e28e3630";

    private static WhatIfResult result(String state, boolean applies, String operator, String... controls) {
        CaPolicy policy = new CaPolicy("id-" + String.join("-", controls), "p", state, List.of(AKS), List.of(),
                List.of(), List.of(), List.of("all"), operator, List.of(controls), null, null);
        return new WhatIfResult(policy, applies, List.of(applies ? "notSet" : "users"));
    }

    @Test
    void nothingApplyingIsAGrant() {
        Decisions.Outcome outcome = Decisions.decide(List.of(result("enabled", false, "AND", "mfa")), false);
        assertEquals(Decision.GRANT, outcome.decision());
        assertEquals(List.of(), outcome.requiredControls());
    }

    @Test
    void anAndPolicyRequiresWhatTheDeviceDoesNotMeet() {
        WhatIfResult policy = result("enabled", true, "AND", "mfa", "compliantDevice");
        assertEquals(List.of("compliantDevice", "mfa"), Decisions.decide(List.of(policy), false).requiredControls());
        assertEquals(List.of("mfa"), Decisions.decide(List.of(policy), true).requiredControls());
        assertEquals(Decision.GRANT_WITH_CONTROLS, Decisions.decide(List.of(policy), true).decision());
    }

    @Test
    void anOrPolicyIsMetByACompliantDevice() {
        WhatIfResult policy = result("enabled", true, "OR", "compliantDevice", "mfa");
        assertEquals(Decision.GRANT, Decisions.decide(List.of(policy), true).decision());
        assertEquals(List.of("compliantDevice", "mfa"), Decisions.decide(List.of(policy), false).requiredControls());
    }

    @Test
    void blockWinsAndReportOnlyOrDisabledNeverDecide() {
        assertEquals(Decision.BLOCK, Decisions.decide(List.of(result("enabled", true, "OR", "block"),
                result("enabled", true, "AND", "compliantDevice")), true).decision());
        assertEquals(Decision.GRANT, Decisions.decide(List.of(
                result("enabledForReportingButNotEnforced", true, "OR", "block"),
                result("disabled", true, "AND", "mfa")), false).decision());
    }

    @Test
    void aPolicyTouchesItsApplicationOrAllApplications() {
        CaPolicy all = new CaPolicy("a", "all", "enabled", List.of("All"), List.of(), List.of(), List.of(),
                List.of("all"), "OR", List.of("mfa"), null, null);
        CaPolicy other = new CaPolicy("o", "other", "enabled", List.of("00000003-0000-0000-c000-000000000000"),
                List.of(), List.of(), List.of(), List.of("all"), "OR", List.of("mfa"), null, null);
        assertTrue(Decisions.touches(all, AKS));
        assertTrue(Decisions.touches(result("enabled", true, "AND", "mfa").policy(), AKS.toUpperCase()));
        assertFalse(Decisions.touches(other, AKS));
    }
}
