package dev.aksca.emulator.ca;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One policy judged the way Graph's What-If ({@code identity/conditionalAccess/evaluate}) judges it: whether its
 * conditions cover the sign-in, and Graph's {@code whatIfAnalysisReasons} for the conditions that do not. Grant
 * controls are not conditions: a policy that applies reports its controls as required, whatever the device.
 */
public final class WhatIfAnalysis {

    /**
     * @param applies whether every condition covers the sign-in (and the policy is not disabled)
     * @param reasons Graph's reason names ({@code users}, {@code application}, {@code clientApps},
     *                {@code devicePlatform}, {@code policyNotEnabled}); {@code notSet} when the policy applies
     */
    public record Result(boolean applies, List<String> reasons) {

        public Result {
            reasons = List.copyOf(reasons);
        }
    }

    private WhatIfAnalysis() {
    }

    public static Result of(JsonObject policy, SignInContext signIn) {
        Optional<PolicyState> state = PolicyState.fromGraphName(policy.getString("state"));
        if (state.isEmpty() || state.get() == PolicyState.DISABLED) {
            return new Result(false, List.of("policyNotEnabled"));
        }
        JsonObject conditions = JsonLists.object(policy, "conditions");
        List<String> reasons = new ArrayList<>();
        if (!PolicyConditions.users(JsonLists.object(conditions, "users"), signIn).matched()) {
            reasons.add("users");
        }
        if (!PolicyConditions.applications(JsonLists.object(conditions, "applications"), signIn.appId()).matched()) {
            reasons.add("application");
        }
        if (!PolicyConditions.clientAppType(JsonLists.strings(conditions, "clientAppTypes"), signIn.clientAppType())
                .matched()) {
            reasons.add("clientApps");
        }
        if (!PolicyConditions.platform(JsonLists.object(conditions, "platforms"), signIn.devicePlatform()).matched()) {
            reasons.add("devicePlatform");
        }
        return reasons.isEmpty() ? new Result(true, List.of("notSet")) : new Result(false, reasons);
    }
}
