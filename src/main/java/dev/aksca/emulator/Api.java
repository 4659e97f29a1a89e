package dev.aksca.emulator;

import io.vertx.ext.web.RoutingContext;

/** The two protected APIs: each has its own token audience and its own error envelope. */
enum Api {
    GRAPH(TenantUrls.GRAPH_AUDIENCE),
    ARM(TenantUrls.ARM_AUDIENCE);

    private final String audience;

    Api(String audience) {
        this.audience = audience;
    }

    String audience() {
        return audience;
    }

    void error(RoutingContext ctx, int status, String code, String message) {
        if (this == GRAPH) {
            GraphErrors.write(ctx, status, code, message);
        } else {
            ArmErrors.write(ctx, status, code, message);
        }
    }

    /** The error code an injected fault answers with, so a client sees what that status looks like from Azure. */
    String faultCode(int status) {
        return switch (status) {
            case 400 -> "BadRequest";
            case 401 -> "InvalidAuthenticationToken";
            case 403 -> this == GRAPH ? "Authorization_RequestDenied" : "AuthorizationFailed";
            case 404 -> this == GRAPH ? "Request_ResourceNotFound" : "ResourceNotFound";
            case 409 -> "Conflict";
            case 429 -> "TooManyRequests";
            case 500 -> "InternalServerError";
            case 502 -> "BadGateway";
            case 503 -> "ServiceUnavailable";
            case 504 -> "GatewayTimeout";
            default -> "UnknownError";
        };
    }
}
