package dev.aksca.emulator;

import dev.aksca.emulator.ca.CaEvaluation;
import dev.aksca.emulator.ca.PolicyOutcome;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Graph-shaped {@code signIn} records, and the Prefer rule Graph applies when it returns them. */
final class SignInRecords {

    static final String PREFER_UNKNOWN_ENUMS = "include-unknown-enum-members";
    private static final Set<String> REPORT_ONLY = Set.of("reportOnlySuccess", "reportOnlyFailure",
            "reportOnlyNotApplied", "reportOnlyInterrupted");
    private static final Map<String, String> CLIENT_APP_USED = Map.of(
            "browser", "Browser",
            "mobileAppsAndDesktopClients", "Mobile Apps and Desktop clients",
            "exchangeActiveSync", "Exchange ActiveSync",
            "easSupported", "Exchange ActiveSync",
            "other", "Other clients");
    private static final Map<String, String> OPERATING_SYSTEMS = Map.of(
            "android", "Android", "iOS", "Ios", "linux", "Linux", "macOS", "MacOs", "windows", "Windows",
            "windowsPhone", "Windows Phone");

    /** The values the emulator accepts for a sign-in, spelled as Graph spells them. */
    static final Set<String> PLATFORMS = OPERATING_SYSTEMS.keySet();
    static final Set<String> CLIENT_APP_TYPES = CLIENT_APP_USED.keySet();

    private SignInRecords() {
    }

    static JsonObject signIn(Instant created, JsonObject user, String appId, String appDisplayName,
            String clientAppType, String devicePlatform, boolean deviceCompliant, CaEvaluation evaluation) {
        JsonArray applied = new JsonArray();
        for (PolicyOutcome outcome : evaluation.policies()) {
            applied.add(new JsonObject()
                    .put("id", outcome.policyId())
                    .put("displayName", outcome.displayName())
                    .put("enforcedGrantControls", new JsonArray(outcome.enforcedGrantControls()))
                    .put("enforcedSessionControls", new JsonArray())
                    .put("result", outcome.result()));
        }
        JsonObject status = new JsonObject().put("errorCode", evaluation.errorCode());
        if (evaluation.errorCode() == 0) {
            status.putNull("failureReason").putNull("additionalDetails");
        } else {
            status.put("failureReason", evaluation.failureReason())
                    .put("additionalDetails", "Conditional Access refused the sign-in.");
        }
        return new JsonObject()
                .put("id", UUID.randomUUID().toString())
                .put("createdDateTime", created.toString())
                .put("userDisplayName", user.getString("displayName"))
                .put("userPrincipalName", user.getString("userPrincipalName").toLowerCase(Locale.ROOT))
                .put("userId", user.getString("id"))
                .put("appId", appId)
                .put("appDisplayName", appDisplayName)
                .put("ipAddress", "203.0.113.10")
                .put("clientAppUsed", CLIENT_APP_USED.get(clientAppType))
                .put("correlationId", UUID.randomUUID().toString())
                .put("conditionalAccessStatus", evaluation.conditionalAccessStatus())
                .put("isInteractive", true)
                .put("resourceDisplayName", appDisplayName)
                .put("resourceId", appId)
                .put("riskDetail", "none")
                .put("riskLevelAggregated", "none")
                .put("riskLevelDuringSignIn", "none")
                .put("riskState", "none")
                .put("status", status)
                .put("deviceDetail", new JsonObject()
                        .put("deviceId", "")
                        .put("displayName", "")
                        .put("operatingSystem", OPERATING_SYSTEMS.get(devicePlatform))
                        .put("browser", "")
                        .put("isCompliant", deviceCompliant)
                        .put("isManaged", deviceCompliant)
                        .put("trustType", ""))
                .put("appliedConditionalAccessPolicies", applied);
    }

    /** True when one of the request's Prefer headers asks for evolvable enum members. */
    static boolean includesUnknownEnumMembers(Iterable<String> preferHeaders) {
        for (String header : preferHeaders) {
            for (String preference : header.split(",")) {
                if (preference.trim().equalsIgnoreCase(PREFER_UNKNOWN_ENUMS)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Graph hides report-only results, added to the enum later, from clients that did not opt in. */
    static JsonObject withoutUnknownEnumMembers(JsonObject signIn) {
        JsonObject copy = signIn.copy();
        JsonArray applied = copy.getJsonArray("appliedConditionalAccessPolicies");
        if (applied != null) {
            for (Object item : applied) {
                if (item instanceof JsonObject policy && REPORT_ONLY.contains(policy.getString("result"))) {
                    policy.put("result", "unknownFutureValue");
                }
            }
        }
        return copy;
    }
}
