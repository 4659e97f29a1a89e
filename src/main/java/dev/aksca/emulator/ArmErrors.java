package dev.aksca.emulator;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Azure Resource Manager's error envelope. */
final class ArmErrors {

    private ArmErrors() {
    }

    static void write(RoutingContext ctx, int status, String code, String message) {
        JsonObject body = new JsonObject().put("error", new JsonObject().put("code", code).put("message", message));
        Responses.json(ctx, status, Responses.JSON, body);
    }
}
