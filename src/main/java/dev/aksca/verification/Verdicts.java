package dev.aksca.verification;

import dev.aksca.graph.SignInRecord;
import java.util.List;

/** Pure logic: summarises sign-ins by our policy's result and picks the verdict. */
final class Verdicts {

    static final String NOT_LISTED = "notListed";

    private Verdicts() {
    }

    static String policyResult(SignInRecord signIn, String policyId) {
        return signIn.policyResults().getOrDefault(policyId, NOT_LISTED);
    }

    static Verification.Summary summarise(List<SignInRecord> signIns, String policyId) {
        int[] counts = new int[9];
        for (SignInRecord signIn : signIns) {
            switch (policyResult(signIn, policyId)) {
                case "success" -> counts[0]++;
                case "failure" -> counts[1]++;
                case "notApplied" -> counts[2]++;
                case "notEnabled" -> counts[3]++;
                case "reportOnlySuccess" -> counts[4]++;
                case "reportOnlyFailure" -> counts[5]++;
                case "reportOnlyNotApplied" -> counts[6]++;
                case "reportOnlyInterrupted" -> counts[7]++;
                default -> counts[8]++;
            }
        }
        return new Verification.Summary(signIns.size(), counts[0], counts[1], counts[2], counts[3], counts[4], counts[5],
                counts[6], counts[7], counts[8]);
    }

    /**
     * noSignIns; verified (a sign-in that Conditional Access let through with our policy satisfied: the AKS
     * documentation's check); blocked (our policy failed, never succeeded); reportOnly (no enforced result, at
     * least one report-only one); notApplied.
     */
    static Verdict verdict(List<SignInRecord> signIns, String policyId, Verification.Summary summary) {
        if (signIns.isEmpty()) {
            return Verdict.NO_SIGN_INS;
        }
        boolean verified = signIns.stream().anyMatch(signIn -> "success".equals(signIn.conditionalAccessStatus())
                && "success".equals(policyResult(signIn, policyId)));
        if (verified) {
            return Verdict.VERIFIED;
        }
        if (summary.failure() > 0 && summary.success() == 0) {
            return Verdict.BLOCKED;
        }
        int reportOnly = summary.reportOnlySuccess() + summary.reportOnlyFailure() + summary.reportOnlyNotApplied()
                + summary.reportOnlyInterrupted();
        if (reportOnly > 0 && summary.success() == 0 && summary.failure() == 0) {
            return Verdict.REPORT_ONLY;
        }
        return Verdict.NOT_APPLIED;
    }
}
