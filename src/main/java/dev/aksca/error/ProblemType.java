package dev.aksca.error;

/** The problem types this API answers with; the slug is the last segment of the type URI. */
public enum ProblemType {
    VALIDATION("validation", "Invalid request", 400),
    UNAUTHENTICATED("unauthenticated", "Authentication required", 401),
    FORBIDDEN("forbidden", "Missing role", 403),
    NOT_FOUND("not-found", "Not found", 404),
    CLUSTER_NOT_FOUND("cluster-not-found", "Cluster not found", 404),
    POLICY_NOT_FOUND("policy-not-found", "Access policy not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", 413),
    NO_ADMIN_GROUPS("no-admin-groups", "Cluster has no admin groups", 422),
    LOCKOUT_RISK("lockout-risk", "Lockout risk", 422),
    POLICY_LIMIT("policy-limit", "Tenant policy limit reached", 422),
    UPSTREAM_ERROR("upstream-error", "Upstream error", 502),
    UPSTREAM_UNAVAILABLE("upstream-unavailable", "Upstream unavailable", 503),
    UPSTREAM_TIMEOUT("upstream-timeout", "Upstream timeout", 504),
    INTERNAL("internal", "Internal error", 500);

    public static final String BASE_URI = "https://aksca.dev/problems/";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
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
