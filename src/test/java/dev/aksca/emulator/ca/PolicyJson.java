package dev.aksca.emulator.ca;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** Builds Graph conditionalAccessPolicy JSON for tests; defaults cover every user on the AKS server app. */
final class PolicyJson {

    static final String AKS_SERVER = "6dae42f8-4368-4678-94ff-3960e28e3630";
    static final String LINUX_VM_SIGN_IN = "ce6ff14a-7fdc-4685-bbe0-f6afdfcfa8e0";
    static final String AKS_ADMINS = "a0000000-0000-0000-0000-000000000001";
    static final String ENGINEERS = "a0000000-0000-0000-0000-000000000002";
    static final String ALICE = "b0000000-0000-0000-0000-000000000001";
    static final String BOB = "b0000000-0000-0000-0000-000000000002";

    private final JsonObject users = new JsonObject().put("includeUsers", new JsonArray().add("All"));
    private final JsonObject applications = new JsonObject()
            .put("includeApplications", new JsonArray().add(AKS_SERVER));
    private final JsonObject conditions = new JsonObject()
            .put("users", users)
            .put("applications", applications)
            .put("clientAppTypes", new JsonArray().add("all"));
    private final JsonObject grantControls = new JsonObject()
            .put("operator", "AND")
            .put("builtInControls", new JsonArray().add("mfa"));
    private final JsonObject policy;

    private PolicyJson(String id) {
        policy = new JsonObject()
                .put("id", id)
                .put("displayName", "policy " + id)
                .put("state", "enabled")
                .put("conditions", conditions)
                .put("grantControls", grantControls);
    }

    static PolicyJson policy(String id) {
        return new PolicyJson(id);
    }

    PolicyJson state(String state) {
        policy.put("state", state);
        return this;
    }

    PolicyJson includeUsers(String... ids) {
        users.put("includeUsers", array(ids));
        return this;
    }

    PolicyJson excludeUsers(String... ids) {
        users.put("excludeUsers", array(ids));
        return this;
    }

    PolicyJson includeGroups(String... ids) {
        users.put("includeGroups", array(ids));
        return this;
    }

    PolicyJson excludeGroups(String... ids) {
        users.put("excludeGroups", array(ids));
        return this;
    }

    PolicyJson includeApplications(String... ids) {
        applications.put("includeApplications", array(ids));
        return this;
    }

    PolicyJson excludeApplications(String... ids) {
        applications.put("excludeApplications", array(ids));
        return this;
    }

    PolicyJson clientAppTypes(String... types) {
        conditions.put("clientAppTypes", array(types));
        return this;
    }

    PolicyJson platforms(List<String> include, List<String> exclude) {
        conditions.put("platforms", new JsonObject()
                .put("includePlatforms", new JsonArray(include))
                .put("excludePlatforms", new JsonArray(exclude)));
        return this;
    }

    PolicyJson grant(String operator, String... controls) {
        grantControls.put("operator", operator).put("builtInControls", array(controls));
        return this;
    }

    JsonObject json() {
        return policy.copy();
    }

    private static JsonArray array(String... values) {
        return new JsonArray(List.of(values));
    }
}
