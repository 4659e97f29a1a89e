package dev.aksca.emulator;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/** Writes JSON answers; a request whose client already went away is dropped silently. */
final class Responses {

    /** What Graph itself sends; the SDK parses by the media type before the parameters. */
    static final String GRAPH_JSON = "application/json; odata.metadata=minimal; odata.streaming=true; "
            + "IEEE754Compatible=false; charset=utf-8";
    static final String JSON = "application/json; charset=utf-8";

    private Responses() {
    }

    static void json(RoutingContext ctx, int status, String contentType, Object body) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.closed()) {
            return;
        }
        response.setStatusCode(status).putHeader("content-type", contentType).end(String.valueOf(body));
    }

    static void noContent(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.closed()) {
            return;
        }
        response.setStatusCode(204).end();
    }
}
