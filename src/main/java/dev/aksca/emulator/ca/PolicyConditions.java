package dev.aksca.emulator.ca;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;

/** Decides whether each condition of a policy covers a sign-in, and says why in a short sentence. */
final class PolicyConditions {

    record Match(boolean matched, String reason) {

        static Match yes(String reason) {
            return new Match(true, reason);
        }

        static Match no(String reason) {
            return new Match(false, reason);
        }
    }

    private PolicyConditions() {
    }

    static List<Match> evaluate(JsonObject policy, SignInContext signIn) {
        JsonObject conditions = JsonLists.object(policy, "conditions");
        return List.of(
                users(JsonLists.object(conditions, "users"), signIn),
                applications(JsonLists.object(conditions, "applications"), signIn.appId()),
                clientAppType(JsonLists.strings(conditions, "clientAppTypes"), signIn.clientAppType()),
                platform(JsonLists.object(conditions, "platforms"), signIn.devicePlatform()));
    }

    static Match users(JsonObject users, SignInContext signIn) {
        String userId = signIn.userId();
        if (JsonLists.containsIgnoreCase(JsonLists.strings(users, "excludeUsers"), userId)) {
            return Match.no("user excluded by id " + userId);
        }
        Optional<String> excludingGroup = firstMemberGroup(JsonLists.strings(users, "excludeGroups"), signIn);
        if (excludingGroup.isPresent()) {
            return Match.no("user excluded by group " + excludingGroup.get());
        }
        List<String> includeUsers = JsonLists.strings(users, "includeUsers");
        if (JsonLists.containsIgnoreCase(includeUsers, "All")) {
            return Match.yes("user included by All");
        }
        if (JsonLists.containsIgnoreCase(includeUsers, userId)) {
            return Match.yes("user included by id " + userId);
        }
        return firstMemberGroup(JsonLists.strings(users, "includeGroups"), signIn)
                .map(group -> Match.yes("user included by group " + group))
                .orElseGet(() -> Match.no("user not included"));
    }

    static Match applications(JsonObject applications, String appId) {
        if (JsonLists.containsIgnoreCase(JsonLists.strings(applications, "excludeApplications"), appId)) {
            return Match.no("application " + appId + " excluded");
        }
        List<String> included = JsonLists.strings(applications, "includeApplications");
        if (JsonLists.containsIgnoreCase(included, "All")) {
            return Match.yes("application " + appId + " included by All");
        }
        if (JsonLists.containsIgnoreCase(included, appId)) {
            return Match.yes("application " + appId + " included");
        }
        return Match.no("application " + appId + " not included");
    }

    static Match clientAppType(List<String> clientAppTypes, String clientAppType) {
        // Entra shows an empty list as "Not configured", which covers every client app type.
        if (clientAppTypes.isEmpty()) {
            return Match.yes("client app types not configured");
        }
        if (JsonLists.containsIgnoreCase(clientAppTypes, "all")) {
            return Match.yes("client app type " + clientAppType + " included by all");
        }
        if (JsonLists.containsIgnoreCase(clientAppTypes, clientAppType)) {
            return Match.yes("client app type " + clientAppType + " included");
        }
        return Match.no("client app type " + clientAppType + " not included");
    }

    static Match platform(JsonObject platforms, String platform) {
        if (platforms == null) {
            return Match.yes("no platform condition");
        }
        String label = platform == null ? "unknown" : platform;
        if (JsonLists.containsIgnoreCase(JsonLists.strings(platforms, "excludePlatforms"), platform)) {
            return Match.no("platform " + label + " excluded");
        }
        List<String> included = JsonLists.strings(platforms, "includePlatforms");
        if (JsonLists.containsIgnoreCase(included, "all")) {
            return Match.yes("platform " + label + " included by all");
        }
        if (JsonLists.containsIgnoreCase(included, platform)) {
            return Match.yes("platform " + label + " included");
        }
        return Match.no("platform " + label + " not included");
    }

    private static Optional<String> firstMemberGroup(List<String> groups, SignInContext signIn) {
        return groups.stream()
                .filter(group -> JsonLists.containsIgnoreCase(signIn.groupIds(), group))
                .findFirst();
    }
}
