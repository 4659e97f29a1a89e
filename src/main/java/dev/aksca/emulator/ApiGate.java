package dev.aksca.emulator;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * What every Graph and ARM call passes before its route: recording, bearer check, api-version (ARM), injected
 * faults and Graph throttling. Delays use Vert.x timers so the event loop is never blocked.
 */
@ApplicationScoped
public class ApiGate {

    private static final String REQUEST_ID = "aksca.request-id";
    private static final String CLIENT_REQUEST_ID = "aksca.client-request-id";
    private static final String API = "aksca.api";

    private final Vertx vertx;
    private final TokenIssuer issuer;
    private final RequestRecorder recorder;
    private final Faults faults;
    private final GraphThrottle throttle;

    ApiGate(Vertx vertx, TokenIssuer issuer, RequestRecorder recorder, Faults faults, GraphThrottle throttle) {
        this.vertx = vertx;
        this.issuer = issuer;
        this.recorder = recorder;
        this.faults = faults;
        this.throttle = throttle;
    }

    static String requestId(RoutingContext ctx) {
        String id = ctx.get(REQUEST_ID);
        return id == null ? UUID.randomUUID().toString() : id;
    }

    static String clientRequestId(RoutingContext ctx) {
        String id = ctx.get(CLIENT_REQUEST_ID);
        return id == null ? UUID.randomUUID().toString() : id;
    }

    /** Installs the gates; must come before the Graph and ARM routes. */
    void register(Router router) {
        router.route("/v1.0/*").handler(ctx -> enter(ctx, Api.GRAPH)).failureHandler(this::failure);
        router.routeWithRegex("(?i)/subscriptions(/.*)?").handler(ctx -> enter(ctx, Api.ARM))
                .failureHandler(this::failure);
    }

    /** Answers what no route served; must come after the Graph and ARM routes. */
    void registerFallbacks(Router router) {
        router.route("/v1.0/*").handler(this::notImplemented);
        router.routeWithRegex("(?i)/subscriptions(/.*)?").handler(this::notImplemented);
    }

    private void enter(RoutingContext ctx, Api api) {
        ctx.put(API, api);
        String requestId = UUID.randomUUID().toString();
        String clientRequestId = ctx.request().getHeader("client-request-id");
        ctx.put(REQUEST_ID, requestId);
        ctx.put(CLIENT_REQUEST_ID, clientRequestId == null ? UUID.randomUUID().toString() : clientRequestId);
        if (api == Api.GRAPH) {
            ctx.response().putHeader("request-id", requestId).putHeader("client-request-id", clientRequestId(ctx));
        } else {
            ctx.response().putHeader("x-ms-request-id", requestId).putHeader("x-ms-correlation-request-id",
                    clientRequestId(ctx));
        }
        RequestRecorder.Entry entry = recorder.record(ctx);
        ctx.addHeadersEndHandler(v -> recorder.complete(entry, ctx.response().getStatusCode()));

        try {
            issuer.verify(bearer(ctx), api.audience());
        } catch (InvalidTokenException e) {
            ctx.response().putHeader("www-authenticate", "Bearer error=\"invalid_token\"");
            api.error(ctx, 401, "InvalidAuthenticationToken", e.getMessage());
            return;
        }
        if (api == Api.ARM && ctx.queryParams().get("api-version") == null) {
            api.error(ctx, 400, "MissingApiVersionParameter",
                    "The api-version query parameter (?api-version=) is required for all requests.");
            return;
        }
        Faults.Fault fault = faults.take(ctx.request().method().name(), ctx.request().path()).orElse(null);
        if (fault == null) {
            admit(ctx, api);
        } else if (fault.delayMs() > 0) {
            vertx.setTimer(fault.delayMs(), id -> applyFault(ctx, api, fault));
        } else {
            applyFault(ctx, api, fault);
        }
    }

    private void applyFault(RoutingContext ctx, Api api, Faults.Fault fault) {
        if (ctx.response().closed()) {
            return;
        }
        if (fault.status() == null) {
            admit(ctx, api);
            return;
        }
        if (fault.retryAfterSeconds() != null) {
            ctx.response().putHeader("retry-after", String.valueOf(fault.retryAfterSeconds()));
        }
        api.error(ctx, fault.status(), api.faultCode(fault.status()),
                "Injected fault " + fault.id() + " of the emulated tenant.");
    }

    private void admit(RoutingContext ctx, Api api) {
        if (api == Api.GRAPH && GraphThrottle.isCaPolicyWrite(ctx.request().method().name(), ctx.request().path())
                && !throttle.tryWrite()) {
            api.error(ctx, 429, "TooManyRequests",
                    "Too many requests. Conditional Access policy writes are limited to 1 request per second per "
                            + "tenant.");
            return;
        }
        ctx.next();
    }

    private void failure(RoutingContext ctx) {
        Api api = ctx.get(API) == null ? Api.GRAPH : ctx.get(API);
        if (ctx.failure() instanceof ApiException e) {
            api.error(ctx, e.status(), e.code(), e.getMessage());
        } else if (ctx.statusCode() == 413) {
            api.error(ctx, 413, "RequestEntityTooLarge", "The request body is too large.");
        } else {
            api.error(ctx, 500, api.faultCode(500), "The emulated tenant failed to process the request.");
        }
    }

    private void notImplemented(RoutingContext ctx) {
        Api api = ctx.get(API);
        api.error(ctx, 501, "NotImplemented", "The emulated tenant does not implement "
                + ctx.request().method().name() + " " + ctx.request().path() + ".");
    }

    private static String bearer(RoutingContext ctx) {
        String header = ctx.request().getHeader("authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).trim();
    }
}
