package dev.aksca.emulator;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Graph's rules for a conditionalAccessPolicy body, and the normalised shape Graph stores and returns (missing
 * collections become empty arrays, missing objects null), so clients compare against what Graph really sends.
 */
final class PolicyValidator {

    static final Set<String> WRITABLE = Set.of("displayName", "state", "conditions", "grantControls",
            "sessionControls");
    private static final Set<String> READ_ONLY = Set.of("id", "createdDateTime", "modifiedDateTime", "templateId");
    private static final List<String> STATES = List.of("enabled", "disabled", "enabledForReportingButNotEnforced");
    private static final List<String> BUILT_IN_CONTROLS = List.of("block", "mfa", "compliantDevice",
            "domainJoinedDevice", "approvedApplication", "compliantApplication", "passwordChange");
    private static final List<String> CLIENT_APP_TYPES = List.of("all", "browser", "mobileAppsAndDesktopClients",
            "exchangeActiveSync", "easSupported", "other");
    private static final Pattern GUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Set<String> USER_KEYWORDS = Set.of("All", "None", "GuestsOrExternalUsers");
    private static final Set<String> APP_KEYWORDS = Set.of("All", "None", "Office365", "MicrosoftAdminPortals");

    private PolicyValidator() {
    }

    /** The writable properties of a create body; read-only ones are ignored, unknown ones refused. */
    static JsonObject writable(JsonObject body) {
        JsonObject result = new JsonObject();
        for (Map.Entry<String, Object> field : body) {
            String name = field.getKey();
            if (WRITABLE.contains(name)) {
                result.put(name, field.getValue());
            } else if (!READ_ONLY.contains(name) && !name.startsWith("@odata.")) {
                throw ApiException.badRequest("Invalid property '" + name
                        + "': it is not a property of microsoft.graph.conditionalAccessPolicy.");
            }
        }
        return result;
    }

    static void validate(JsonObject policy) {
        String displayName = JsonBodies.get(policy, "displayName", String.class, "displayName");
        if (displayName == null || displayName.isBlank()) {
            throw ApiException.badRequest("Required property 'displayName' is missing or empty.");
        }
        if (displayName.length() > 256) {
            throw ApiException.badRequest("Property 'displayName' is longer than 256 characters.");
        }
        String state = JsonBodies.get(policy, "state", String.class, "state");
        if (state == null) {
            throw ApiException.badRequest("Required property 'state' is missing; expected one of: "
                    + String.join(", ", STATES) + ".");
        }
        if (!STATES.contains(state)) {
            throw ApiException.badRequest("Invalid value '" + state + "' for property 'state'; expected one of: "
                    + String.join(", ", STATES) + ".");
        }
        validateConditions(JsonBodies.get(policy, "conditions", JsonObject.class, "conditions"));
        JsonObject grant = JsonBodies.get(policy, "grantControls", JsonObject.class, "grantControls");
        JsonObject session = JsonBodies.get(policy, "sessionControls", JsonObject.class, "sessionControls");
        if (grant == null && session == null) {
            throw ApiException.badRequest("A policy needs grantControls or sessionControls; both are missing.");
        }
        if (grant != null) {
            validateGrant(grant);
        }
    }

    private static void validateConditions(JsonObject conditions) {
        if (conditions == null) {
            throw ApiException.badRequest("Required property 'conditions' is missing.");
        }
        JsonObject apps = JsonBodies.get(conditions, "applications", JsonObject.class, "conditions.applications");
        if (apps == null) {
            throw ApiException.badRequest("Required property 'conditions.applications' is missing.");
        }
        List<String> includeApps = ids(apps, "includeApplications", "conditions.applications", APP_KEYWORDS);
        ids(apps, "excludeApplications", "conditions.applications", APP_KEYWORDS);
        if (includeApps.isEmpty()
                && JsonBodies.strings(apps, "includeUserActions", "conditions.applications.includeUserActions")
                        .isEmpty()
                && JsonBodies.strings(apps, "includeAuthenticationContextClassReferences",
                        "conditions.applications.includeAuthenticationContextClassReferences").isEmpty()) {
            throw ApiException.badRequest("Policy contains invalid applications: 'conditions.applications' must "
                    + "include at least one application, user action or authentication context.");
        }
        JsonObject users = JsonBodies.get(conditions, "users", JsonObject.class, "conditions.users");
        if (users == null) {
            throw ApiException.badRequest("Required property 'conditions.users' is missing.");
        }
        List<String> includeUsers = ids(users, "includeUsers", "conditions.users", USER_KEYWORDS);
        ids(users, "excludeUsers", "conditions.users", USER_KEYWORDS);
        List<String> includeGroups = ids(users, "includeGroups", "conditions.users", Set.of());
        ids(users, "excludeGroups", "conditions.users", Set.of());
        List<String> includeRoles = ids(users, "includeRoles", "conditions.users", Set.of());
        ids(users, "excludeRoles", "conditions.users", Set.of());
        if (includeUsers.isEmpty() && includeGroups.isEmpty() && includeRoles.isEmpty()
                && users.getValue("includeGuestsOrExternalUsers") == null) {
            throw ApiException.badRequest("Policy contains invalid users: 'conditions.users' must include at least "
                    + "one user, group, role or guest type.");
        }
        for (String type : JsonBodies.strings(conditions, "clientAppTypes", "conditions.clientAppTypes")) {
            if (!CLIENT_APP_TYPES.contains(type)) {
                throw ApiException.badRequest("Invalid value '" + type + "' in 'conditions.clientAppTypes'; "
                        + "expected values among: " + String.join(", ", CLIENT_APP_TYPES) + ".");
            }
        }
    }

    private static List<String> ids(JsonObject parent, String name, String path, Set<String> keywords) {
        List<String> values = JsonBodies.strings(parent, name, path + "." + name);
        for (String value : values) {
            if (!GUID.matcher(value).matches() && !keywords.contains(value)) {
                throw ApiException.badRequest("Invalid value '" + value + "' in '" + path + "." + name
                        + "': an object id (GUID)" + (keywords.isEmpty() ? "" : " or one of "
                        + String.join(", ", keywords.stream().sorted().toList())) + " is expected.");
            }
        }
        return values;
    }

    private static void validateGrant(JsonObject grant) {
        String operator = JsonBodies.get(grant, "operator", String.class, "grantControls.operator");
        if (!"AND".equals(operator) && !"OR".equals(operator)) {
            throw ApiException.badRequest("Invalid value '" + operator
                    + "' for property 'grantControls.operator'; expected AND or OR.");
        }
        List<String> controls = JsonBodies.strings(grant, "builtInControls", "grantControls.builtInControls");
        for (String control : controls) {
            if (!BUILT_IN_CONTROLS.contains(control)) {
                throw ApiException.badRequest("Invalid value '" + control + "' in 'grantControls.builtInControls'; "
                        + "expected values among: " + String.join(", ", BUILT_IN_CONTROLS) + ".");
            }
        }
        if (controls.contains("block") && controls.size() > 1) {
            throw ApiException.badRequest("'grantControls.builtInControls': block cannot be combined with other "
                    + "controls.");
        }
        boolean others = !JsonBodies.strings(grant, "customAuthenticationFactors", "grantControls."
                + "customAuthenticationFactors").isEmpty()
                || !JsonBodies.strings(grant, "termsOfUse", "grantControls.termsOfUse").isEmpty()
                || grant.getValue("authenticationStrength") != null;
        if (controls.isEmpty() && !others) {
            throw ApiException.badRequest("'grantControls' must contain at least one control: builtInControls, "
                    + "customAuthenticationFactors, termsOfUse or authenticationStrength.");
        }
    }

    /** The stored form of a validated policy, with Graph's defaults filled in. */
    static JsonObject normalize(JsonObject policy) {
        JsonObject conditions = policy.getJsonObject("conditions").copy();
        conditions.put("applications", withDefaults(conditions.getJsonObject("applications"),
                emptyArrays("includeApplications", "excludeApplications", "includeUserActions",
                        "includeAuthenticationContextClassReferences").putNull("applicationFilter")));
        conditions.put("users", withDefaults(conditions.getJsonObject("users"),
                emptyArrays("includeUsers", "excludeUsers", "includeGroups", "excludeGroups", "includeRoles",
                        "excludeRoles").putNull("includeGuestsOrExternalUsers")
                        .putNull("excludeGuestsOrExternalUsers")));
        conditions = withDefaults(conditions, emptyArrays("userRiskLevels", "signInRiskLevels",
                "servicePrincipalRiskLevels").put("clientAppTypes", new JsonArray().add("all"))
                .putNull("platforms").putNull("locations").putNull("devices").putNull("clientApplications"));
        JsonObject grant = policy.getJsonObject("grantControls");
        if (grant != null) {
            grant = withDefaults(grant, emptyArrays("builtInControls", "customAuthenticationFactors", "termsOfUse")
                    .putNull("authenticationStrength"));
        }
        return new JsonObject()
                .put("id", policy.getString("id"))
                .put("templateId", policy.getValue("templateId"))
                .put("displayName", policy.getString("displayName"))
                .put("createdDateTime", policy.getString("createdDateTime"))
                .put("modifiedDateTime", policy.getValue("modifiedDateTime"))
                .put("state", policy.getString("state"))
                .put("sessionControls", policy.getValue("sessionControls"))
                .put("conditions", conditions)
                .put("grantControls", grant);
    }

    private static JsonObject withDefaults(JsonObject given, JsonObject defaults) {
        JsonObject result = defaults.copy();
        for (Map.Entry<String, Object> field : given) {
            // Graph answers an explicit null for a collection with the empty collection, not null.
            if (field.getValue() != null || !(result.getValue(field.getKey()) instanceof JsonArray)) {
                result.put(field.getKey(), field.getValue());
            }
        }
        return result;
    }

    private static JsonObject emptyArrays(String... names) {
        JsonObject result = new JsonObject();
        for (String name : names) {
            result.put(name, new JsonArray());
        }
        return result;
    }
}
