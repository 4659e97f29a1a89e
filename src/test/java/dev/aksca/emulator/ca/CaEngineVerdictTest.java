package dev.aksca.emulator.ca;

import static dev.aksca.emulator.ca.PolicyJson.AKS_SERVER;
import static dev.aksca.emulator.ca.PolicyJson.LINUX_VM_SIGN_IN;
import static dev.aksca.emulator.ca.PolicyJson.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaEngineVerdictTest {

    private static final String REPORT_ONLY = "enabledForReportingButNotEnforced";

    private final CaEngine engine = new CaEngine();

    private CaEvaluation evaluate(SignInContext signIn, PolicyJson... policies) {
        return engine.evaluate(Arrays.stream(policies).map(PolicyJson::json).toList(), signIn);
    }

    @Test
    void noPoliciesMeansNotAppliedAndNotBlocked() {
        CaEvaluation evaluation = evaluate(SignIns.alice(false, false));
        assertEquals("notApplied", evaluation.conditionalAccessStatus());
        assertFalse(evaluation.blocked());
        assertEquals(0, evaluation.errorCode());
        assertNull(evaluation.failureReason());
        assertEquals(List.of(), evaluation.requiredControls());
    }

    @Test
    void failingReportOnlyPolicyLeavesStatusNotAppliedAndDoesNotBlock() {
        CaEvaluation evaluation = evaluate(SignIns.alice(false, false), policy("r").state(REPORT_ONLY));
        assertEquals("notApplied", evaluation.conditionalAccessStatus());
        assertEquals("reportOnlyFailure", evaluation.policies().get(0).result());
        assertFalse(evaluation.blocked());
        assertEquals(0, evaluation.errorCode());
    }

    @Test
    void satisfiedEnabledPolicyWithFailingReportOnlyPolicyIsSuccess() {
        CaEvaluation evaluation = evaluate(SignIns.alice(false, true),
                policy("e").grant("AND", "mfa"),
                policy("r").state(REPORT_ONLY).grant("AND", "compliantDevice"));
        assertEquals("success", evaluation.conditionalAccessStatus());
        assertFalse(evaluation.blocked());
        assertEquals(List.of("success", "reportOnlyFailure"),
                evaluation.policies().stream().map(PolicyOutcome::result).toList());
    }

    @Test
    void failingEnabledPolicyWinsOverSatisfiedPolicies() {
        CaEvaluation evaluation = evaluate(SignIns.alice(true, false),
                policy("ok").grant("AND", "compliantDevice"),
                policy("r").state(REPORT_ONLY).grant("AND", "compliantDevice"),
                policy("bad").grant("AND", "mfa"));
        assertEquals("failure", evaluation.conditionalAccessStatus());
        assertTrue(evaluation.blocked());
    }

    @Test
    void enabledPolicyThatDoesNotApplyLeavesStatusNotApplied() {
        CaEvaluation evaluation = evaluate(SignIns.alice(false, false),
                policy("other-app").includeApplications(LINUX_VM_SIGN_IN),
                policy("off").state("disabled").grant("AND", "block"));
        assertEquals("notApplied", evaluation.conditionalAccessStatus());
        assertFalse(evaluation.blocked());
    }

    @Test
    void policiesKeepTheirInputOrder() {
        CaEvaluation evaluation = evaluate(SignIns.alice(), policy("c"), policy("a").state("disabled"),
                policy("b").state(REPORT_ONLY));
        assertEquals(List.of("c", "a", "b"), evaluation.policies().stream().map(PolicyOutcome::policyId).toList());
    }

    @Test
    void requiredControlsAreTheSortedUnionOfApplyingEnforcedPolicies() {
        CaEvaluation evaluation = evaluate(SignIns.alice(),
                policy("a").grant("AND", "mfa"),
                policy("b").grant("OR", "mfa", "compliantDevice"),
                policy("report-only").state(REPORT_ONLY).grant("AND", "domainJoinedDevice"),
                policy("disabled").state("disabled").grant("AND", "passwordChange"),
                policy("other-app").includeApplications(LINUX_VM_SIGN_IN).grant("AND", "block"));
        assertEquals(List.of("compliantDevice", "mfa"), evaluation.requiredControls());
    }

    @Test
    void successfulSignInHasNoErrorCode() {
        CaEvaluation evaluation = evaluate(SignIns.alice(), policy("p").grant("AND", "compliantDevice", "mfa"));
        assertEquals("success", evaluation.conditionalAccessStatus());
        assertEquals(0, evaluation.errorCode());
        assertNull(evaluation.failureReason());
    }

    @Test
    void missingCompliantDeviceIsError53000() {
        CaEvaluation evaluation = evaluate(SignIns.alice(false, false),
                policy("p").grant("AND", "compliantDevice", "mfa"));
        assertEquals(53000, evaluation.errorCode());
        assertTrue(evaluation.failureReason().startsWith("Device is not in required device state: compliant."));
    }

    @Test
    void missingMfaIsError50076NamingTheApplication() {
        CaEvaluation evaluation = evaluate(SignIns.alice(true, false),
                policy("p").grant("AND", "compliantDevice", "mfa"));
        assertEquals(50076, evaluation.errorCode());
        assertTrue(evaluation.failureReason().startsWith("Due to a configuration change made by your administrator"));
        assertTrue(evaluation.failureReason().contains(AKS_SERVER));
    }

    @Test
    void blockPolicyIsError53003EvenWhenOtherControlsAreMissing() {
        CaEvaluation evaluation = evaluate(SignIns.alice(false, false),
                policy("device").grant("AND", "compliantDevice"),
                policy("block").grant("AND", "block"));
        assertEquals(53003, evaluation.errorCode());
        assertTrue(evaluation.failureReason().startsWith("Access has been blocked by Conditional Access policies."));
    }

    @Test
    void otherUnmetControlIsError53003() {
        CaEvaluation evaluation = evaluate(SignIns.alice(true, true), policy("p").grant("AND", "domainJoinedDevice"));
        assertEquals(53003, evaluation.errorCode());
        assertTrue(evaluation.blocked());
    }

    @Test
    void reportOnlyBlockDoesNotDecideTheErrorCode() {
        CaEvaluation evaluation = evaluate(SignIns.alice(true, false),
                policy("r").state(REPORT_ONLY).grant("AND", "block"),
                policy("e").grant("AND", "mfa"));
        assertEquals(50076, evaluation.errorCode());
    }
}
