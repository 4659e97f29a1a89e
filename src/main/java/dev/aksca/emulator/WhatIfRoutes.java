package dev.aksca.emulator;

import dev.aksca.emulator.ca.SignInContext;
import dev.aksca.emulator.ca.WhatIfAnalysis;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * Graph v1.0 What-If, {@code POST identity/conditionalAccess/evaluate}: every stored policy as a
 * {@code whatIfAnalysisResult} for a user signing in to an application. MFA is not a sign-in condition here: a
 * policy that applies reports its grant controls, and the caller decides what they demand.
 */
@ApplicationScoped
public class WhatIfRoutes {

    private static final String USER_SIGN_IN = "#microsoft.graph.userSignIn";
    private static final String APPLICATION_CONTEXT = "#microsoft.graph.applicationContext";
    private static final Set<String> PLATFORMS = Set.of("android", "iOS", "linux", "macOS", "windows",
            "windowsPhone", "all");
    private static final Set<String> CLIENT_APP_TYPES = Set.of("all", "browser", "mobileAppsAndDesktopClients",
            "exchangeActiveSync", "easSupported", "other");

    private final TenantState state;
    private final TenantUrls urls;

    WhatIfRoutes(TenantState state, TenantUrls urls) {
        this.state = state;
        this.urls = urls;
    }

    void register(Router router) {
        router.routeWithRegex(HttpMethod.POST, "(?i)/v1\\.0/identity/conditionalAccess/evaluate/?")
                .handler(this::evaluate);
    }

    private void evaluate(RoutingContext ctx) {
        JsonObject body = JsonBodies.object(ctx);
        JsonObject user = user(required(body, "signInIdentity"));
        List<String> applications = applications(required(body, "signInContext"));
        JsonObject conditions = JsonBodies.get(body, "signInConditions", JsonObject.class, "signInConditions");
        conditions = conditions == null ? new JsonObject() : conditions;
        String platform = enumValue(conditions, "devicePlatform", PLATFORMS);
        String clientAppType = enumValue(conditions, "clientAppType", CLIENT_APP_TYPES);
        JsonObject device = JsonBodies.get(conditions, "deviceInfo", JsonObject.class, "signInConditions.deviceInfo");
        Boolean compliant = device == null ? null
                : JsonBodies.get(device, "isCompliant", Boolean.class, "signInConditions.deviceInfo.isCompliant");
        Boolean appliedOnly = JsonBodies.get(body, "appliedPoliciesOnly", Boolean.class, "appliedPoliciesOnly");

        String userId = user.getString("id");
        JsonArray value = new JsonArray();
        for (JsonObject policy : state.policies()) {
            WhatIfAnalysis.Result result = null;
            for (String appId : applications) {
                SignInContext signIn = new SignInContext(userId, state.groupsOf(userId), appId, clientAppType,
                        platform, Boolean.TRUE.equals(compliant), false);
                WhatIfAnalysis.Result forApp = WhatIfAnalysis.of(policy, signIn);
                if (result == null || forApp.applies()) {
                    result = forApp;
                }
                if (forApp.applies()) {
                    break;
                }
            }
            if (Boolean.TRUE.equals(appliedOnly) && !result.applies()) {
                continue;
            }
            JsonObject item = new JsonObject().put("@odata.type", "#microsoft.graph.whatIfAnalysisResult");
            policy.forEach(field -> item.put(field.getKey(), field.getValue()));
            value.add(item.put("policyApplies", result.applies())
                    .put("analysisReasons", String.join(",", result.reasons())));
        }
        Responses.json(ctx, 200, Responses.GRAPH_JSON, new JsonObject()
                .put("@odata.context", urls.graphBase() + "/$metadata#Collection(microsoft.graph.whatIfAnalysisResult)")
                .put("value", value));
    }

    private static JsonObject required(JsonObject body, String name) {
        JsonObject value = JsonBodies.get(body, name, JsonObject.class, name);
        if (value == null) {
            throw ApiException.badRequest("Required property '" + name + "' is missing.");
        }
        return value;
    }

    private JsonObject user(JsonObject identity) {
        String type = identity.getString("@odata.type");
        if (!USER_SIGN_IN.equals(type)) {
            throw ApiException.badRequest("signInIdentity: the emulated tenant evaluates only " + USER_SIGN_IN
                    + ", got " + type + ".");
        }
        String userId = JsonBodies.get(identity, "userId", String.class, "signInIdentity.userId");
        if (userId == null || userId.isBlank()) {
            throw ApiException.badRequest("Required property 'signInIdentity.userId' is missing.");
        }
        return state.user(userId).orElseThrow(() -> new ApiException(404, "Request_ResourceNotFound",
                "Resource '" + userId + "' does not exist or one of its queried reference-property objects are not "
                        + "present."));
    }

    private static List<String> applications(JsonObject context) {
        String type = context.getString("@odata.type");
        if (!APPLICATION_CONTEXT.equals(type)) {
            throw ApiException.badRequest("signInContext: the emulated tenant evaluates only " + APPLICATION_CONTEXT
                    + ", got " + type + ".");
        }
        List<String> applications = JsonBodies.strings(context, "includeApplications",
                "signInContext.includeApplications");
        if (applications.isEmpty()) {
            throw ApiException.badRequest("signInContext.includeApplications must name at least one application.");
        }
        return applications;
    }

    private static String enumValue(JsonObject conditions, String name, Set<String> allowed) {
        String value = JsonBodies.get(conditions, name, String.class, "signInConditions." + name);
        if (value == null) {
            return null;
        }
        return allowed.stream().filter(a -> a.equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> ApiException.badRequest("Invalid value '" + value + "' for signInConditions."
                        + name + "."));
    }
}
