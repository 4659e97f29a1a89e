package dev.aksca.emulator.ca;

import java.util.Arrays;
import java.util.Optional;

/** Graph's built-in grant controls, with the spelling sign-in logs use in {@code enforcedGrantControls}. */
enum GrantControl {
    BLOCK("block", "Block"),
    MFA("mfa", "Mfa"),
    COMPLIANT_DEVICE("compliantDevice", "RequireCompliantDevice"),
    DOMAIN_JOINED_DEVICE("domainJoinedDevice", "RequireDomainJoinedDevice"),
    APPROVED_APPLICATION("approvedApplication", "RequireApprovedApp"),
    COMPLIANT_APPLICATION("compliantApplication", "RequireCompliantApp"),
    PASSWORD_CHANGE("passwordChange", "PasswordChange");

    private final String graphName;
    private final String signInLogName;

    GrantControl(String graphName, String signInLogName) {
        this.graphName = graphName;
        this.signInLogName = signInLogName;
    }

    String graphName() {
        return graphName;
    }

    String signInLogName() {
        return signInLogName;
    }

    static Optional<GrantControl> fromGraphName(String name) {
        return Arrays.stream(values()).filter(control -> control.graphName.equalsIgnoreCase(name)).findFirst();
    }

    /** The emulated sign-in only carries device compliance and MFA; nothing can meet the other controls. */
    boolean satisfiedBy(SignInContext signIn) {
        return switch (this) {
            case MFA -> signIn.mfa();
            case COMPLIANT_DEVICE -> signIn.deviceCompliant();
            default -> false;
        };
    }
}
