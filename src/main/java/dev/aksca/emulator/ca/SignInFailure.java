package dev.aksca.emulator.ca;

import java.util.List;

/** The Graph sign-in {@code status} that Entra reports when Conditional Access refuses a sign-in. */
record SignInFailure(int errorCode, String failureReason) {

    static final SignInFailure NONE = new SignInFailure(0, null);

    /** Entra names the most specific cause: an explicit block first, then the device, then MFA. */
    static SignInFailure of(List<PolicyEvaluation> failing, String appId) {
        if (failing.isEmpty()) {
            return NONE;
        }
        if (failing.stream().anyMatch(policy -> policy.grant().requires(GrantControl.BLOCK))) {
            return blocked();
        }
        if (failing.stream().anyMatch(policy -> policy.grant().misses(GrantControl.COMPLIANT_DEVICE))) {
            return new SignInFailure(53000, "Device is not in required device state: compliant. Conditional Access "
                    + "policy requires a compliant device, and the device is not compliant. The user must enroll "
                    + "their device with an approved MDM provider like Intune.");
        }
        if (failing.stream().anyMatch(policy -> policy.grant().misses(GrantControl.MFA))) {
            return new SignInFailure(50076, "Due to a configuration change made by your administrator, or because "
                    + "you moved to a new location, you must use multi-factor authentication to access '"
                    + appId + "'.");
        }
        return blocked();
    }

    private static SignInFailure blocked() {
        return new SignInFailure(53003, "Access has been blocked by Conditional Access policies. "
                + "The access policy does not allow token issuance.");
    }
}
