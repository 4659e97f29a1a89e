package dev.aksca.error;

import jakarta.ws.rs.core.Response.Status;

/** The problem types this API answers with; the slug is the last segment of the type URI. */
public enum ProblemType {
    VALIDATION("validation", "Invalid request", Status.BAD_REQUEST),
    UNAUTHENTICATED("unauthenticated", "Authentication required", Status.UNAUTHORIZED),
    FORBIDDEN("forbidden", "Missing role", Status.FORBIDDEN),
    NOT_FOUND("not-found", "Not found", Status.NOT_FOUND),
    CLUSTER_NOT_FOUND("cluster-not-found", "Cluster not found", Status.NOT_FOUND),
    POLICY_NOT_FOUND("policy-not-found", "Access policy not found", Status.NOT_FOUND),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", Status.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", Status.NOT_ACCEPTABLE),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", Status.UNSUPPORTED_MEDIA_TYPE),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", Status.REQUEST_ENTITY_TOO_LARGE),
    NO_ADMIN_GROUPS("no-admin-groups", "Cluster has no admin groups", Status.fromStatusCode(422)),
    LOCKOUT_RISK("lockout-risk", "Lockout risk", Status.fromStatusCode(422)),
    POLICY_LIMIT("policy-limit", "Tenant policy limit reached", Status.fromStatusCode(422)),
    UPSTREAM_ERROR("upstream-error", "Upstream error", Status.BAD_GATEWAY),
    UPSTREAM_UNAVAILABLE("upstream-unavailable", "Upstream unavailable", Status.SERVICE_UNAVAILABLE),
    UPSTREAM_TIMEOUT("upstream-timeout", "Upstream timeout", Status.GATEWAY_TIMEOUT),
    INTERNAL("internal", "Internal error", Status.INTERNAL_SERVER_ERROR);

    public static final String BASE_URI = "https://aksca.dev/problems/";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, Status status) {
        this.slug = slug;
        this.title = title;
        this.status = status.getStatusCode();
    }

    public String uri() {
        return BASE_URI + slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }
}
