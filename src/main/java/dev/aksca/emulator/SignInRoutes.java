package dev.aksca.emulator;

import dev.aksca.emulator.ca.CaEngine;
import dev.aksca.emulator.ca.CaEvaluation;
import dev.aksca.emulator.ca.SignInContext;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sign-in logs: the control API that simulates sign-ins ({@code POST /emulator/sign-ins}, {@code .../bulk}) through
 * the CA engine, and Graph's {@code GET /v1.0/auditLogs/signIns} with filter, paging, the Prefer rule and the
 * per-app read limit.
 */
@ApplicationScoped
public class SignInRoutes {

    static final int MAX_TOP = 1000;
    static final int MAX_BULK = 10_000;
    private static final String COLLECTION = "(?i)/v1\\.0/auditLogs/signIns/?";
    private static final Pattern GUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Pattern CURSOR = Pattern.compile("^(-?\\d+)\\.(\\d+)\\.(\\d+)$");
    private static final Map<String, String> KIND_APPS = Map.of(
            "control-plane", Seed.AKS_SERVER_APP, "node-ssh", Seed.LINUX_SIGN_IN_APP);

    private final TenantState state;
    private final SignInLog log;
    private final GraphThrottle throttle;
    private final TokenIssuer issuer;
    private final TenantUrls urls;
    private final EmulatorConfig config;
    private final CaEngine engine = new CaEngine();

    SignInRoutes(TenantState state, SignInLog log, GraphThrottle throttle, TokenIssuer issuer, TenantUrls urls,
            EmulatorConfig config) {
        this.state = state;
        this.log = log;
        this.throttle = throttle;
        this.issuer = issuer;
        this.urls = urls;
        this.config = config;
    }

    void register(Router router) {
        router.post("/emulator/sign-ins").handler(ctx -> {
            Simulated simulated = simulate(JsonBodies.object(ctx), false);
            log.add(simulated.created(), simulated.signIn());
            Responses.json(ctx, 201, Responses.JSON, simulated.signIn());
        });
        router.post("/emulator/sign-ins/bulk").handler(this::bulk);
        router.routeWithRegex(HttpMethod.GET, COLLECTION).handler(this::list);
    }

    /** {@code count} copies of one simulated sign-in, each with its own id, for tests that need many records. */
    private void bulk(RoutingContext ctx) {
        JsonObject body = JsonBodies.object(ctx);
        Integer count = JsonBodies.get(body, "count", Integer.class, "count");
        if (count == null || count < 1 || count > MAX_BULK) {
            throw ApiException.badRequest("Property 'count' must be a number from 1 to " + MAX_BULK + ".");
        }
        Simulated simulated = simulate(body, true);
        for (int i = 0; i < count; i++) {
            JsonObject copy = simulated.signIn().copy()
                    .put("id", UUID.randomUUID().toString())
                    .put("correlationId", UUID.randomUUID().toString());
            log.add(simulated.created(), copy);
        }
        Responses.json(ctx, 201, Responses.JSON, new JsonObject().put("count", count)
                .put("conditionalAccessStatus", simulated.signIn().getString("conditionalAccessStatus")));
    }

    private record Simulated(Instant created, JsonObject signIn) {
    }

    private Simulated simulate(JsonObject body, boolean bulk) {
        if (!bulk && body.containsKey("count")) {
            throw ApiException.badRequest("Property 'count' belongs to POST /emulator/sign-ins/bulk.");
        }
        String userRef = JsonBodies.get(body, "user", String.class, "user");
        if (userRef == null || userRef.isBlank()) {
            throw ApiException.badRequest("Property 'user' (a user principal name or object id) is required.");
        }
        JsonObject user = state.user(userRef).orElseThrow(() -> new ApiException(404, "NotFound",
                "No user '" + userRef + "' in the emulated tenant."));
        String appId = appId(body);
        String appDisplayName = state.servicePrincipalByAppId(appId).map(sp -> sp.getString("displayName"))
                .orElse(appId);
        boolean deviceCompliant = flag(body, "deviceCompliant");
        boolean mfa = flag(body, "mfa");
        String platform = oneOf(body, "devicePlatform", "linux", SignInRecords.PLATFORMS);
        String clientAppType = oneOf(body, "clientAppType", "mobileAppsAndDesktopClients",
                SignInRecords.CLIENT_APP_TYPES);
        Instant created = created(body);
        SignInContext context = new SignInContext(user.getString("id"), state.groupsOf(user.getString("id")), appId,
                clientAppType, platform, deviceCompliant, mfa);
        CaEvaluation evaluation = engine.evaluate(state.policies(), context);
        return new Simulated(created, SignInRecords.signIn(created, user, appId, appDisplayName, clientAppType,
                platform, deviceCompliant, evaluation));
    }

    private static String appId(JsonObject body) {
        String kind = JsonBodies.get(body, "kind", String.class, "kind");
        String appId = JsonBodies.get(body, "appId", String.class, "appId");
        if ((kind == null) == (appId == null)) {
            throw ApiException.badRequest("Exactly one of 'kind' (control-plane, node-ssh) and 'appId' is required.");
        }
        if (kind != null) {
            String mapped = KIND_APPS.get(kind);
            if (mapped == null) {
                throw ApiException.badRequest("Property 'kind' must be control-plane or node-ssh.");
            }
            return mapped;
        }
        if (!GUID.matcher(appId).matches()) {
            throw ApiException.badRequest("Property 'appId' must be a GUID.");
        }
        return appId.toLowerCase(Locale.ROOT);
    }

    private static boolean flag(JsonObject body, String name) {
        Boolean value = JsonBodies.get(body, name, Boolean.class, name);
        return Boolean.TRUE.equals(value);
    }

    private static String oneOf(JsonObject body, String name, String fallback, Set<String> allowed) {
        String value = JsonBodies.get(body, name, String.class, name);
        if (value == null) {
            return fallback;
        }
        return allowed.stream().filter(a -> a.equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> ApiException.badRequest("Property '" + name + "' must be one of "
                        + String.join(", ", allowed.stream().sorted().toList()) + "."));
    }

    private static Instant created(JsonObject body) {
        String raw = JsonBodies.get(body, "createdDateTime", String.class, "createdDateTime");
        if (raw == null) {
            return Instant.now();
        }
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("Property 'createdDateTime' must be an ISO-8601 instant such as "
                    + "2026-01-01T10:00:00Z.");
        }
    }

    private void list(RoutingContext ctx) {
        OptionalLong retryAfter = throttle.tryReadSignIns(clientId(ctx));
        if (retryAfter.isPresent()) {
            ctx.response().putHeader("retry-after", String.valueOf(retryAfter.getAsLong()));
            GraphErrors.write(ctx, 429, "TooManyRequests", "Too many requests. Sign-in log reads are limited to "
                    + GraphThrottle.SIGN_IN_READS + " requests per 10 seconds per application.");
            return;
        }
        PolicyRoutes.unsupported(ctx, "$orderby", "$expand", "$search", "$count", "$skip");
        MultiMap query = ctx.queryParams();
        SignInFilter filter = SignInFilter.parse(query.get("$filter"));
        int top = GraphPaging.top(query.get("$top"), Math.min(MAX_TOP, config.pageSize()), MAX_TOP);
        Cursor cursor = Cursor.parse(query.get("$skiptoken"));
        List<SignInLog.Entry> matching = log.newestFirst(entry -> filter.test(entry)
                && (cursor == null || entry.after(cursor.created(), cursor.seq())));
        boolean unknownEnums = SignInRecords.includesUnknownEnumMembers(ctx.request().headers().getAll("Prefer"));
        JsonArray value = new JsonArray();
        String select = query.get("$select");
        matching.stream().limit(top).forEach(entry -> value.add(GraphPaging.select(unknownEnums
                ? entry.signIn().copy() : SignInRecords.withoutUnknownEnumMembers(entry.signIn()), select)));
        JsonObject page = new JsonObject().put("@odata.context", urls.graphBase() + "/$metadata#auditLogs/signIns");
        if (matching.size() > top) {
            SignInLog.Entry last = matching.get(top - 1);
            page.put("@odata.nextLink", nextLink(query, new Cursor(last.created(), last.seq())));
        }
        Responses.json(ctx, 200, Responses.GRAPH_JSON, page.put("value", value));
    }

    private String clientId(RoutingContext ctx) {
        String header = ctx.request().getHeader("authorization");
        String token = header == null || header.length() < 7 ? null : header.substring(7).trim();
        try {
            String app = issuer.verify(token, TenantUrls.GRAPH_AUDIENCE).getClaimValueAsString("azp");
            return app == null ? "" : app;
        } catch (InvalidTokenException e) {
            // The gate has already refused invalid tokens; this only keeps the compiler and a race honest.
            return "";
        }
    }

    private String nextLink(MultiMap query, Cursor cursor) {
        StringJoiner params = new StringJoiner("&");
        for (Map.Entry<String, String> param : query) {
            if (!param.getKey().equals("$skiptoken")) {
                params.add(encode(param.getKey()) + "=" + encode(param.getValue()));
            }
        }
        params.add("$skiptoken=" + cursor.token());
        return urls.graphBase() + "/auditLogs/signIns?" + params;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%24", "$");
    }

    /** Where the previous page ended: sign-ins added meanwhile never shift the next page. */
    private record Cursor(Instant created, long seq) {

        String token() {
            String raw = created.getEpochSecond() + "." + created.getNano() + "." + seq;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor parse(String token) {
            if (token == null) {
                return null;
            }
            try {
                String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
                Matcher m = CURSOR.matcher(raw);
                if (m.matches()) {
                    return new Cursor(Instant.ofEpochSecond(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))),
                            Long.parseLong(m.group(3)));
                }
            } catch (IllegalArgumentException | DateTimeException e) {
                // answered below
            }
            throw ApiException.badRequest("Invalid $skiptoken: it must be taken unchanged from an @odata.nextLink.");
        }
    }
}
