package dev.aksca.emulator.ca;

import static dev.aksca.emulator.ca.PolicyJson.LINUX_VM_SIGN_IN;
import static dev.aksca.emulator.ca.PolicyJson.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaEngineResultsTest {

    private static final String REPORT_ONLY = "enabledForReportingButNotEnforced";

    private final CaEngine engine = new CaEngine();

    private PolicyOutcome outcome(PolicyJson policy, SignInContext signIn) {
        return engine.evaluate(List.of(policy.json()), signIn).policies().get(0);
    }

    @ParameterizedTest(name = "state {0}, applies {1}, mfa done {2} -> {3}")
    @CsvSource({
        "enabled, true, true, success",
        "enabled, true, false, failure",
        "enabled, false, true, notApplied",
        REPORT_ONLY + ", true, true, reportOnlySuccess",
        REPORT_ONLY + ", true, false, reportOnlyFailure",
        REPORT_ONLY + ", false, true, reportOnlyNotApplied",
        "disabled, true, true, notEnabled",
        "disabled, true, false, notEnabled",
        "disabled, false, true, notEnabled",
    })
    void resultFollowsStateApplicabilityAndGrant(String state, boolean targetsApp, boolean mfa, String result) {
        PolicyJson policy = policy("p").state(state).includeApplications(targetsApp ? "All" : LINUX_VM_SIGN_IN);
        PolicyOutcome outcome = outcome(policy, SignIns.alice(true, mfa));
        assertEquals(result, outcome.result());
        assertEquals(state, outcome.state());
        assertEquals(targetsApp && !"disabled".equals(state), outcome.applies());
    }

    @Test
    void disabledPolicyNeverAppliesAndSaysWhy() {
        PolicyOutcome outcome = outcome(policy("p").state("disabled").grant("AND", "block"), SignIns.alice());
        assertFalse(outcome.applies());
        assertEquals(List.of("state disabled"), outcome.reasons());
        assertEquals(List.of(), outcome.enforcedGrantControls());
        assertEquals(List.of(), outcome.unsatisfiedControls());
    }

    @Test
    void unrecognisedStateIsTreatedAsNotEnabled() {
        PolicyOutcome outcome = outcome(policy("p").state("paused"), SignIns.alice());
        assertEquals("notEnabled", outcome.result());
        assertEquals(List.of("state paused not recognised"), outcome.reasons());
    }

    @Test
    void outcomeCarriesPolicyIdAndDisplayName() {
        PolicyOutcome outcome = outcome(policy("p-42"), SignIns.alice());
        assertEquals("p-42", outcome.policyId());
        assertEquals("policy p-42", outcome.displayName());
    }

    @Test
    void applyingPolicyReportsGrantControlsInSignInLogSpelling() {
        PolicyJson policy = policy("p").grant("OR", "mfa", "compliantDevice", "domainJoinedDevice",
                "approvedApplication", "compliantApplication", "passwordChange");
        assertEquals(List.of("Mfa", "RequireCompliantDevice", "RequireDomainJoinedDevice", "RequireApprovedApp",
                "RequireCompliantApp", "PasswordChange"), outcome(policy, SignIns.alice()).enforcedGrantControls());
        assertEquals(List.of("Block"),
                outcome(policy("p").grant("OR", "block"), SignIns.alice()).enforcedGrantControls());
    }

    @Test
    void policyThatDoesNotApplyEnforcesNoControls() {
        PolicyOutcome outcome = outcome(policy("p").includeApplications(LINUX_VM_SIGN_IN), SignIns.alice(false, false));
        assertEquals(List.of(), outcome.enforcedGrantControls());
        assertEquals(List.of(), outcome.unsatisfiedControls());
    }

    @Test
    void andGrantFailsWhenOneControlIsMissing() {
        PolicyJson policy = policy("p").grant("AND", "compliantDevice", "mfa");
        PolicyOutcome outcome = outcome(policy, SignIns.alice(true, false));
        assertEquals("failure", outcome.result());
        assertEquals(List.of("mfa"), outcome.unsatisfiedControls());
    }

    @Test
    void andGrantSucceedsWhenEveryControlIsMet() {
        PolicyJson policy = policy("p").grant("AND", "compliantDevice", "mfa");
        PolicyOutcome outcome = outcome(policy, SignIns.alice(true, true));
        assertEquals("success", outcome.result());
        assertEquals(List.of(), outcome.unsatisfiedControls());
    }

    @Test
    void orGrantSucceedsWhenOneControlIsMet() {
        PolicyJson policy = policy("p").grant("OR", "compliantDevice", "mfa");
        PolicyOutcome outcome = outcome(policy, SignIns.alice(false, true));
        assertEquals("success", outcome.result());
        assertEquals(List.of(), outcome.unsatisfiedControls());
    }

    @Test
    void orGrantFailsWhenNoControlIsMet() {
        PolicyJson policy = policy("p").grant("OR", "compliantDevice", "mfa");
        PolicyOutcome outcome = outcome(policy, SignIns.alice(false, false));
        assertEquals("failure", outcome.result());
        assertEquals(List.of("compliantDevice", "mfa"), outcome.unsatisfiedControls());
    }

    @Test
    void blockCannotBeSatisfiedEvenAlongsideAMetControl() {
        PolicyOutcome outcome = outcome(policy("p").grant("OR", "block", "mfa"), SignIns.alice(true, true));
        assertEquals("failure", outcome.result());
        assertEquals(List.of("block"), outcome.unsatisfiedControls());
    }

    @ParameterizedTest
    @ValueSource(strings = {"domainJoinedDevice", "approvedApplication", "compliantApplication", "passwordChange"})
    void controlsTheEmulatedSignInCannotProvideAreNeverMet(String control) {
        PolicyOutcome outcome = outcome(policy("p").grant("AND", control), SignIns.alice(true, true));
        assertEquals("failure", outcome.result());
        assertEquals(List.of(control), outcome.unsatisfiedControls());
    }

    @Test
    void policyWithoutGrantControlsSucceeds() {
        PolicyOutcome outcome = outcome(policy("p").grant("AND"), SignIns.alice(false, false));
        assertTrue(outcome.applies());
        assertEquals("success", outcome.result());
    }
}
