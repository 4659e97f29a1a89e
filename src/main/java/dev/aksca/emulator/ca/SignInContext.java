package dev.aksca.emulator.ca;

import java.util.Set;

/**
 * The facts of one sign-in that Conditional Access looks at.
 *
 * @param userId         the user's object id
 * @param groupIds       object ids of the groups the user belongs to (transitively); null means none
 * @param appId          the resource application the sign-in is for
 * @param clientAppType  Graph's client app type, e.g. {@code browser} or {@code mobileAppsAndDesktopClients}
 * @param devicePlatform e.g. {@code linux}; null when the platform is unknown
 * @param deviceCompliant whether the device is marked compliant
 * @param mfa            whether the user completed multi-factor authentication
 */
public record SignInContext(String userId, Set<String> groupIds, String appId, String clientAppType,
                            String devicePlatform, boolean deviceCompliant, boolean mfa) {

    public SignInContext {
        groupIds = groupIds == null ? Set.of() : Set.copyOf(groupIds);
    }
}
