package dev.aksca.emulator;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Graph v1.0 directory reads: service principals, groups, users, subscribed SKUs, getByIds. */
@ApplicationScoped
public class DirectoryRoutes {

    private static final Pattern APP_ID_KEY = Pattern.compile("(?i)/v1\\.0/servicePrincipals\\(appId='([^']+)'\\)/?");
    private static final Set<String> OBJECT_TYPES = Set.of("user", "group", "serviceprincipal");

    private final TenantState state;
    private final TenantUrls urls;
    private final EmulatorConfig config;

    DirectoryRoutes(TenantState state, TenantUrls urls, EmulatorConfig config) {
        this.state = state;
        this.urls = urls;
        this.config = config;
    }

    void register(Router router) {
        router.routeWithRegex(HttpMethod.GET, "(?i)/v1\\.0/servicePrincipals/?").handler(this::servicePrincipals);
        // Clients may percent-encode the parentheses and quotes of the alternate key, so it is matched decoded.
        router.routeWithRegex(HttpMethod.GET, "(?i)/v1\\.0/servicePrincipals(?:\\(|%28)[^/]*")
                .handler(this::servicePrincipalByAppId);
        router.routeWithRegex(HttpMethod.GET, "(?i)/v1\\.0/servicePrincipals/([^/]+)/?")
                .handler(this::servicePrincipal);
        router.routeWithRegex(HttpMethod.GET, "(?i)/v1\\.0/groups/([^/]+)/?").handler(this::group);
        router.routeWithRegex(HttpMethod.GET, "(?i)/v1\\.0/users/([^/]+)/?").handler(this::user);
        router.routeWithRegex(HttpMethod.GET, "(?i)/v1\\.0/subscribedSkus/?").handler(this::subscribedSkus);
        router.routeWithRegex(HttpMethod.POST, "(?i)/v1\\.0/directoryObjects/getByIds/?").handler(this::getByIds);
    }

    private String context(String entitySet) {
        return urls.graphBase() + "/$metadata#" + entitySet;
    }

    private void servicePrincipals(RoutingContext ctx) {
        List<JsonObject> items = state.servicePrincipals();
        String filter = ctx.queryParams().get("$filter");
        if (filter != null) {
            ODataFilter.Match match = ODataFilter.parseEqualsOrIn(filter, Set.of("appId", "displayName"));
            items = items.stream().filter(sp -> match.matchesIgnoringCase(sp.getString(match.property()))).toList();
        }
        JsonObject page = GraphPaging.page(ctx, items, context("servicePrincipals"),
                urls.graphBase() + "/servicePrincipals", config.pageSize());
        Responses.json(ctx, 200, Responses.GRAPH_JSON, page);
    }

    private void servicePrincipalByAppId(RoutingContext ctx) {
        String path = URLDecoder.decode(ctx.normalizedPath().replace("+", "%2B"), StandardCharsets.UTF_8);
        Matcher m = APP_ID_KEY.matcher(path);
        if (!m.matches()) {
            throw ApiException.badRequest("Invalid key segment: servicePrincipals(appId='<appId>') is expected.");
        }
        String appId = m.group(1);
        JsonObject sp = state.servicePrincipalByAppId(appId).orElseThrow(() -> notFound("servicePrincipals(appId='"
                + appId + "')"));
        entity(ctx, "servicePrincipals", sp);
    }

    private void servicePrincipal(RoutingContext ctx) {
        String id = ctx.pathParam("param0");
        JsonObject sp = state.servicePrincipals().stream().filter(s -> s.getString("id").equalsIgnoreCase(id))
                .findFirst().orElseThrow(() -> notFound(id));
        entity(ctx, "servicePrincipals", sp);
    }

    private void group(RoutingContext ctx) {
        String id = ctx.pathParam("param0");
        entity(ctx, "groups", state.group(id).orElseThrow(() -> notFound(id)));
    }

    private void user(RoutingContext ctx) {
        String idOrUpn = ctx.pathParam("param0");
        entity(ctx, "users", state.user(idOrUpn).orElseThrow(() -> notFound(idOrUpn)));
    }

    private void subscribedSkus(RoutingContext ctx) {
        JsonObject body = new JsonObject().put("@odata.context", context("subscribedSkus"))
                .put("value", Licences.subscribedSkus(state.licencePlans()));
        Responses.json(ctx, 200, Responses.GRAPH_JSON, body);
    }

    private void getByIds(RoutingContext ctx) {
        JsonObject body = JsonBodies.object(ctx);
        List<String> ids = JsonBodies.strings(body, "ids", "ids");
        if (!body.containsKey("ids")) {
            throw ApiException.badRequest("Required property 'ids' is missing.");
        }
        if (ids.size() > 1000) {
            throw ApiException.badRequest("At most 1000 ids may be requested at once.");
        }
        Set<String> types = JsonBodies.strings(body, "types", "types").stream()
                .map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        for (String type : types) {
            if (!OBJECT_TYPES.contains(type)) {
                throw ApiException.badRequest("Invalid value '" + type + "' in 'types'; the emulated tenant knows "
                        + "user, group and servicePrincipal.");
            }
        }
        JsonArray value = new JsonArray();
        for (String id : ids) {
            state.directoryObject(id)
                    .filter(o -> types.isEmpty() || types.contains(o.getString("@odata.type")
                            .substring("#microsoft.graph.".length()).toLowerCase(Locale.ROOT)))
                    .ifPresent(value::add);
        }
        Responses.json(ctx, 200, Responses.GRAPH_JSON,
                new JsonObject().put("@odata.context", context("directoryObjects")).put("value", value));
    }

    private void entity(RoutingContext ctx, String entitySet, JsonObject item) {
        JsonObject result = new JsonObject().put("@odata.context", context(entitySet) + "/$entity");
        GraphPaging.select(item, ctx.queryParams().get("$select")).forEach(f -> result.put(f.getKey(), f.getValue()));
        Responses.json(ctx, 200, Responses.GRAPH_JSON, result);
    }

    private static ApiException notFound(String id) {
        return new ApiException(404, "Request_ResourceNotFound", "Resource '" + id
                + "' does not exist or one of its queried reference-property objects are not present.");
    }
}
