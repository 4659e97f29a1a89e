package dev.aksca.emulator.ca;

import java.util.Set;

/** Sign-ins used by the tests: alice (in aks-admins and engineers) to the AKS server app from Linux. */
final class SignIns {

    private SignIns() {
    }

    static SignInContext alice(boolean deviceCompliant, boolean mfa) {
        return new SignInContext(PolicyJson.ALICE, Set.of(PolicyJson.AKS_ADMINS, PolicyJson.ENGINEERS),
                PolicyJson.AKS_SERVER, "mobileAppsAndDesktopClients", "linux", deviceCompliant, mfa);
    }

    static SignInContext alice() {
        return alice(true, true);
    }

    static SignInContext bobWithoutGroups() {
        return new SignInContext(PolicyJson.BOB, Set.of(), PolicyJson.AKS_SERVER,
                "mobileAppsAndDesktopClients", "linux", true, true);
    }

    static SignInContext aliceWith(String appId, String clientAppType, String devicePlatform) {
        return new SignInContext(PolicyJson.ALICE, Set.of(PolicyJson.AKS_ADMINS, PolicyJson.ENGINEERS),
                appId, clientAppType, devicePlatform, true, true);
    }
}
