package dev.aksca.emulator;

import static dev.aksca.support.Emulator.POLICIES_PATH;
import static dev.aksca.support.Emulator.graph;
import static dev.aksca.support.Emulator.policy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class PolicyValidationTest {

    @BeforeEach
    void reset() {
        Emulator.reset();
    }

    static Stream<Arguments> invalidPolicies() {
        return Stream.of(
                invalid("missing displayName", p -> p.remove("displayName"),
                        "Required property 'displayName' is missing"),
                invalid("blank displayName", p -> p.put("displayName", " "),
                        "Required property 'displayName' is missing"),
                invalid("unknown state", p -> p.put("state", "reportOnly"),
                        "Invalid value 'reportOnly' for property 'state'"),
                invalid("missing state", p -> p.remove("state"), "Required property 'state' is missing"),
                invalid("missing conditions", p -> p.remove("conditions"),
                        "Required property 'conditions' is missing"),
                invalid("missing applications", p -> p.getJsonObject("conditions").remove("applications"),
                        "Required property 'conditions.applications' is missing"),
                invalid("missing users", p -> p.getJsonObject("conditions").remove("users"),
                        "Required property 'conditions.users' is missing"),
                invalid("users include nobody", p -> p.getJsonObject("conditions").put("users",
                        new JsonObject().put("excludeUsers", new JsonArray())), "Policy contains invalid users"),
                invalid("group id not a GUID", p -> p.getJsonObject("conditions").getJsonObject("users")
                        .put("includeGroups", new JsonArray().add("aks-admins")),
                        "Invalid value 'aks-admins' in 'conditions.users.includeGroups'"),
                invalid("bad operator", p -> p.getJsonObject("grantControls").put("operator", "XOR"),
                        "Invalid value 'XOR' for property 'grantControls.operator'"),
                invalid("unknown control", p -> p.getJsonObject("grantControls")
                        .put("builtInControls", new JsonArray().add("compliantDevice").add("hardwareKey")),
                        "Invalid value 'hardwareKey' in 'grantControls.builtInControls'"),
                invalid("no grant or session controls", p -> p.remove("grantControls"),
                        "A policy needs grantControls or sessionControls"),
                invalid("unknown property", p -> p.put("owner", "me"), "Invalid property 'owner'"),
                invalid("wrong type", p -> p.put("conditions", "all"),
                        "Invalid type for property 'conditions'"));
    }

    private static Arguments invalid(String name, Consumer<JsonObject> change, String message) {
        return Arguments.of(name, change, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidPolicies")
    void invalidCreateIs400BadRequestWithAPreciseMessage(String name, Consumer<JsonObject> change, String message) {
        JsonObject body = policy("invalid");
        change.accept(body);
        graph().body(body.encode()).post(POLICIES_PATH).then()
                .statusCode(400)
                .body("error.code", equalTo("BadRequest"))
                .body("error.message", startsWith(message));
        graph().get(POLICIES_PATH).then().body("value", hasSize(0));
    }

    @Test
    void malformedJsonIs400() {
        graph().body("{not json").post(POLICIES_PATH).then().statusCode(400).body("error.code", equalTo("BadRequest"));
    }

    @Test
    void allBuiltInControlsAndSessionOnlyPoliciesAreAccepted() {
        JsonObject all = policy("all controls");
        all.getJsonObject("grantControls").put("operator", "OR").put("builtInControls", new JsonArray()
                .add("mfa").add("compliantDevice").add("domainJoinedDevice").add("approvedApplication")
                .add("compliantApplication").add("passwordChange"));
        graph().body(all.encode()).post(POLICIES_PATH).then().statusCode(201);
        JsonObject session = policy("session only");
        session.remove("grantControls");
        session.put("sessionControls", new JsonObject().put("signInFrequency",
                new JsonObject().put("isEnabled", true).put("type", "hours").put("value", 4)));
        graph().body(session.encode()).post(POLICIES_PATH).then().statusCode(201)
                .body("sessionControls.signInFrequency.value", equalTo(4));
    }
}
