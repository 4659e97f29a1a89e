package dev.aksca.emulator;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Microsoft Graph's error envelope, including the innerError correlation block Graph always sends. */
final class GraphErrors {

    private GraphErrors() {
    }

    static void write(RoutingContext ctx, int status, String code, String message) {
        JsonObject inner = new JsonObject()
                .put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", ""))
                .put("request-id", ApiGate.requestId(ctx))
                .put("client-request-id", ApiGate.clientRequestId(ctx));
        JsonObject body = new JsonObject().put("error", new JsonObject()
                .put("code", code)
                .put("message", message)
                .put("innerError", inner));
        Responses.json(ctx, status, Responses.GRAPH_JSON, body);
    }
}
