package dev.aksca.verification;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Proof of enforcement from Entra sign-in logs. summary counts every sign-in in the window;"
        + " signIns lists the newest " + Verification.MAX_LISTED + ". Sign-in logs lag real sign-ins by minutes.")
public record Verification(
        @Schema(examples = "node-ssh") String kind,
        String policyId,
        @Schema(examples = "ce6ff14a-7fdc-4685-bbe0-f6afdfcfa8e0") String appId,
        OffsetDateTime from,
        OffsetDateTime to,
        Verdict verdict,
        Summary summary,
        List<SignIn> signIns) {

    public static final int MAX_LISTED = 100;

    @Schema(description = "Sign-ins in the window, by our policy's result in each")
    public record Summary(int signIns, int success, int failure, int notApplied, int notEnabled,
            int reportOnlySuccess, int reportOnlyFailure, int reportOnlyNotApplied, int reportOnlyInterrupted,
            int notListed) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(description = "One sign-in; policyResult is our policy's entry in appliedConditionalAccessPolicies")
    public record SignIn(String id, OffsetDateTime createdDateTime, String userPrincipalName,
            @Schema(examples = "success") String conditionalAccessStatus,
            @Schema(examples = "success") String policyResult,
            Boolean deviceCompliant, int errorCode, String failureReason) {
    }
}
