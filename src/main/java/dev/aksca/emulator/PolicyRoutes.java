package dev.aksca.emulator;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Graph v1.0 {@code identity/conditionalAccess/policies}: list, create, get, update, delete. */
@ApplicationScoped
public class PolicyRoutes {

    private static final String COLLECTION = "(?i)/v1\\.0/identity/conditionalAccess/policies/?";
    private static final String ITEM = "(?i)/v1\\.0/identity/conditionalAccess/policies/([^/]+)/?";

    private final TenantState state;
    private final TenantUrls urls;
    private final EmulatorConfig config;

    PolicyRoutes(TenantState state, TenantUrls urls, EmulatorConfig config) {
        this.state = state;
        this.urls = urls;
        this.config = config;
    }

    void register(Router router) {
        router.routeWithRegex(HttpMethod.GET, COLLECTION).handler(this::list);
        router.routeWithRegex(HttpMethod.POST, COLLECTION).handler(this::create);
        router.routeWithRegex(HttpMethod.GET, ITEM).handler(this::get);
        router.routeWithRegex(HttpMethod.PATCH, ITEM).handler(this::update);
        router.routeWithRegex(HttpMethod.DELETE, ITEM).handler(this::delete);
    }

    private String context() {
        return urls.graphBase() + "/$metadata#identity/conditionalAccess/policies";
    }

    /**
     * Display names compare case-insensitively, as Graph's directory string filters do; a client must therefore
     * not assume that {@code eq} found only the exact spelling.
     */
    private void list(RoutingContext ctx) {
        List<JsonObject> policies = state.policies();
        String filter = ctx.queryParams().get("$filter");
        if (filter != null) {
            ODataFilter.Match eq = ODataFilter.parseEquals(filter, Set.of("displayName"));
            policies = policies.stream().filter(p -> eq.matchesIgnoringCase(p.getString("displayName"))).toList();
        }
        unsupported(ctx, "$orderby", "$expand", "$search", "$count", "$skip");
        JsonObject page = GraphPaging.page(ctx, policies, context(),
                urls.graphBase() + "/identity/conditionalAccess/policies", config.pageSize());
        Responses.json(ctx, 200, Responses.GRAPH_JSON, page);
    }

    private void create(RoutingContext ctx) {
        JsonObject policy = PolicyValidator.writable(JsonBodies.object(ctx));
        PolicyValidator.validate(policy);
        policy.put("id", UUID.randomUUID().toString()).put("createdDateTime", Instant.now().toString())
                .putNull("modifiedDateTime").putNull("templateId");
        JsonObject stored = state.addPolicy(PolicyValidator.normalize(policy), config.maxPolicies())
                .orElseThrow(() -> ApiException.badRequest("Policy limit reached: the tenant already holds "
                        + config.maxPolicies() + " Conditional Access policies, the maximum a tenant can have. "
                        + "Delete a policy before creating another."));
        ctx.response().putHeader("location", urls.graphBase() + "/identity/conditionalAccess/policies/"
                + stored.getString("id"));
        Responses.json(ctx, 201, Responses.GRAPH_JSON, withContext(stored));
    }

    private void get(RoutingContext ctx) {
        String id = ctx.pathParam("param0");
        JsonObject policy = state.policy(id).orElseThrow(() -> notFound(id));
        Responses.json(ctx, 200, Responses.GRAPH_JSON,
                withContext(GraphPaging.select(policy, ctx.queryParams().get("$select"))));
    }

    /** Top-level properties merge; a nested object given (conditions, grantControls) replaces the stored one. */
    private void update(RoutingContext ctx) {
        String id = ctx.pathParam("param0");
        JsonObject patch = PolicyValidator.writable(JsonBodies.object(ctx));
        state.updatePolicy(id, current -> {
            patch.forEach(field -> current.put(field.getKey(), field.getValue()));
            PolicyValidator.validate(current);
            current.put("modifiedDateTime", Instant.now().toString());
            return PolicyValidator.normalize(current);
        }).orElseThrow(() -> notFound(id));
        Responses.noContent(ctx);
    }

    private void delete(RoutingContext ctx) {
        String id = ctx.pathParam("param0");
        if (!state.deletePolicy(id)) {
            throw notFound(id);
        }
        Responses.noContent(ctx);
    }

    private JsonObject withContext(JsonObject policy) {
        JsonObject result = new JsonObject().put("@odata.context", context() + "/$entity");
        policy.forEach(field -> result.put(field.getKey(), field.getValue()));
        return result;
    }

    private static ApiException notFound(String id) {
        return new ApiException(404, "ResourceNotFound",
                "The conditional access policy '" + id + "' was not found in the tenant.");
    }

    static void unsupported(RoutingContext ctx, String... parameters) {
        for (String parameter : parameters) {
            if (ctx.queryParams().contains(parameter)) {
                throw ApiException.badRequest("Query parameter " + parameter
                        + " is not supported by the emulated tenant on this resource.");
            }
        }
    }
}
