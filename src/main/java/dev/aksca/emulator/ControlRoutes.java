package dev.aksca.emulator;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The unauthenticated control API under {@code /emulator/} that tests and local runs use to reset, inspect and
 * shape the tenant. It answers errors in the ARM-like {@code {"error":{"code","message"}}} shape.
 */
@ApplicationScoped
public class ControlRoutes {

    private static final Pattern GUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Pattern RESOURCE_GROUP = Pattern.compile("^[-\\w.()]{1,90}$");
    private static final Pattern CLUSTER_NAME = Pattern.compile("^[a-zA-Z0-9][-_a-zA-Z0-9]{0,62}$");
    private static final long MAX_DELAY_MS = 600_000;

    private final TenantState state;
    private final RequestRecorder recorder;
    private final Faults faults;
    private final GraphThrottle throttle;
    private final EmulatorConfig config;
    private final SignInLog signIns;

    ControlRoutes(TenantState state, RequestRecorder recorder, Faults faults, GraphThrottle throttle,
            EmulatorConfig config, SignInLog signIns) {
        this.state = state;
        this.recorder = recorder;
        this.faults = faults;
        this.throttle = throttle;
        this.config = config;
        this.signIns = signIns;
    }

    /** Seed state, no policies, no sign-ins, no recorded requests, no faults, throttling as configured. */
    public void resetAll() {
        state.reset();
        signIns.clear();
        recorder.clear();
        faults.clear();
        throttle.reset(config.throttling());
    }

    void register(Router router) {
        router.route("/emulator/*").failureHandler(this::failure);
        router.post("/emulator/reset").handler(ctx -> {
            resetAll();
            Responses.noContent(ctx);
        });
        router.get("/emulator/requests").handler(ctx -> Responses.json(ctx, 200, Responses.JSON, recorder.all()));
        router.delete("/emulator/requests").handler(ctx -> {
            recorder.clear();
            Responses.noContent(ctx);
        });
        router.post("/emulator/faults").handler(this::addFault);
        router.get("/emulator/faults").handler(ctx -> Responses.json(ctx, 200, Responses.JSON, faults.all()));
        router.delete("/emulator/faults").handler(ctx -> {
            faults.clear();
            Responses.noContent(ctx);
        });
        router.get("/emulator/settings").handler(this::settings);
        router.post("/emulator/settings").handler(this::changeSettings);
        router.get("/emulator/licence").handler(this::licence);
        router.put("/emulator/licence").handler(this::putLicence);
        router.put("/emulator/service-principals/:appId").handler(this::putServicePrincipal);
        router.delete("/emulator/service-principals/:appId").handler(ctx ->
                deleted(ctx, state.deleteServicePrincipal(ctx.pathParam("appId"))));
        router.put("/emulator/users/:id").handler(this::putUser);
        router.delete("/emulator/users/:id").handler(ctx -> deleted(ctx, state.deleteUser(ctx.pathParam("id"))));
        router.put("/emulator/groups/:id").handler(this::putGroup);
        router.delete("/emulator/groups/:id").handler(ctx -> deleted(ctx, state.deleteGroup(ctx.pathParam("id"))));
        router.put("/emulator/clusters/:subscription/:resourceGroup/:name").handler(this::putCluster);
        router.delete("/emulator/clusters/:subscription/:resourceGroup/:name").handler(ctx -> deleted(ctx,
                state.deleteCluster(ctx.pathParam("subscription"), ctx.pathParam("resourceGroup"),
                        ctx.pathParam("name"))));
    }

    private void addFault(RoutingContext ctx) {
        JsonObject body = JsonBodies.object(ctx);
        String regex = JsonBodies.get(body, "pathRegex", String.class, "pathRegex");
        if (regex == null || regex.isEmpty()) {
            throw ApiException.badRequest("Required property 'pathRegex' is missing.");
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw ApiException.badRequest("Property 'pathRegex' is not a valid regular expression: "
                    + e.getDescription());
        }
        Integer status = JsonBodies.get(body, "status", Integer.class, "status");
        if (status != null && (status < 400 || status > 599)) {
            throw ApiException.badRequest("Property 'status' must be an HTTP error status (400-599).");
        }
        Integer count = JsonBodies.get(body, "count", Integer.class, "count");
        int remaining = count == null ? -1 : count;
        if (remaining == 0 || remaining < -1) {
            throw ApiException.badRequest("Property 'count' must be -1 (until removed) or a positive number.");
        }
        Number delay = JsonBodies.get(body, "delayMs", Number.class, "delayMs");
        long delayMs = delay == null ? 0 : delay.longValue();
        if (delayMs < 0 || delayMs > MAX_DELAY_MS) {
            throw ApiException.badRequest("Property 'delayMs' must be between 0 and " + MAX_DELAY_MS + ".");
        }
        if (status == null && delayMs == 0) {
            throw ApiException.badRequest("A fault needs a 'status', a 'delayMs' or both.");
        }
        Integer retryAfter = JsonBodies.get(body, "retryAfterSeconds", Integer.class, "retryAfterSeconds");
        if (retryAfter != null && retryAfter < 0) {
            throw ApiException.badRequest("Property 'retryAfterSeconds' must not be negative.");
        }
        String method = JsonBodies.get(body, "method", String.class, "method");
        Faults.Fault fault = faults.add(pattern, method, status, delayMs, retryAfter, remaining);
        Responses.json(ctx, 201, Responses.JSON, fault.toJson());
    }

    private void settings(RoutingContext ctx) {
        Responses.json(ctx, 200, Responses.JSON, new JsonObject().put("throttling", throttle.enabled()));
    }

    private void changeSettings(RoutingContext ctx) {
        Boolean throttling = JsonBodies.get(JsonBodies.object(ctx), "throttling", Boolean.class, "throttling");
        if (throttling != null) {
            throttle.setEnabled(throttling);
        }
        settings(ctx);
    }

    private void licence(RoutingContext ctx) {
        Responses.json(ctx, 200, Responses.JSON, new JsonObject().put("plans", new JsonArray(state.licencePlans())));
    }

    private void putLicence(RoutingContext ctx) {
        JsonObject body = JsonBodies.object(ctx);
        if (!body.containsKey("plans")) {
            throw ApiException.badRequest("Required property 'plans' is missing.");
        }
        List<String> plans = JsonBodies.strings(body, "plans", "plans");
        for (String plan : plans) {
            if (!Licences.PLAN_IDS.containsKey(plan)) {
                throw ApiException.badRequest("Unknown plan '" + plan + "'; known: "
                        + String.join(", ", Licences.PLAN_IDS.keySet().stream().sorted().toList()) + ".");
            }
        }
        state.setLicencePlans(plans);
        licence(ctx);
    }

    private void putServicePrincipal(RoutingContext ctx) {
        String appId = guid(ctx.pathParam("appId"), "appId");
        JsonObject body = optionalBody(ctx);
        String id = body.getString("id", UUID.nameUUIDFromBytes(("sp:" + appId).getBytes()).toString());
        JsonObject sp = Seed.servicePrincipal(guid(id, "id"), appId, body.getString("displayName", appId));
        boolean created = state.putServicePrincipal(sp);
        Responses.json(ctx, created ? 201 : 200, Responses.JSON, sp);
    }

    private void putUser(RoutingContext ctx) {
        String id = guid(ctx.pathParam("id"), "id");
        JsonObject body = JsonBodies.object(ctx);
        String upn = JsonBodies.get(body, "userPrincipalName", String.class, "userPrincipalName");
        if (upn == null || !upn.contains("@")) {
            throw ApiException.badRequest("Property 'userPrincipalName' (name@domain) is required.");
        }
        boolean created = state.user(id).isEmpty();
        JsonObject user = Seed.user(id, body.getString("displayName", upn), upn);
        state.putUser(user);
        Responses.json(ctx, created ? 201 : 200, Responses.JSON, user);
    }

    private void putGroup(RoutingContext ctx) {
        String id = guid(ctx.pathParam("id"), "id");
        JsonObject body = JsonBodies.object(ctx);
        String name = JsonBodies.get(body, "displayName", String.class, "displayName");
        if (name == null || name.isBlank()) {
            throw ApiException.badRequest("Property 'displayName' is required.");
        }
        List<String> members = JsonBodies.strings(body, "members", "members");
        members.forEach(m -> guid(m, "members"));
        boolean created = state.group(id).isEmpty();
        JsonObject group = Seed.group(id, name).put("securityEnabled", body.getBoolean("securityEnabled", true));
        state.putGroup(group, members);
        Responses.json(ctx, created ? 201 : 200, Responses.JSON, group.copy().put("members", new JsonArray(members)));
    }

    private void putCluster(RoutingContext ctx) {
        String subscription = guid(ctx.pathParam("subscription"), "subscription");
        String resourceGroup = ctx.pathParam("resourceGroup");
        String name = ctx.pathParam("name");
        if (!RESOURCE_GROUP.matcher(resourceGroup).matches() || resourceGroup.endsWith(".")) {
            throw ApiException.badRequest("Invalid resource group name '" + resourceGroup + "'.");
        }
        if (!CLUSTER_NAME.matcher(name).matches()) {
            throw ApiException.badRequest("Invalid managed cluster name '" + name + "'.");
        }
        JsonObject body = JsonBodies.object(ctx);
        JsonObject properties = JsonBodies.get(body, "properties", JsonObject.class, "properties");
        JsonArray profiles = properties == null ? null
                : JsonBodies.get(properties, "agentPoolProfiles", JsonArray.class, "properties.agentPoolProfiles");
        if (profiles != null) {
            for (Object profile : profiles) {
                if (!(profile instanceof JsonObject p) || !(p.getValue("name") instanceof String)) {
                    throw ApiException.badRequest("Every entry of 'properties.agentPoolProfiles' needs a 'name'.");
                }
            }
        }
        boolean created = state.putCluster(subscription, resourceGroup, name, body);
        JsonObject stored = state.cluster(subscription, resourceGroup, name).orElseThrow();
        Responses.json(ctx, created ? 201 : 200, Responses.JSON, stored);
    }

    private static JsonObject optionalBody(RoutingContext ctx) {
        boolean empty = ctx.body() == null || ctx.body().buffer() == null || ctx.body().buffer().length() == 0;
        return empty ? new JsonObject() : JsonBodies.object(ctx);
    }

    private static String guid(String value, String name) {
        if (value == null || !GUID.matcher(value).matches()) {
            throw ApiException.badRequest("'" + name + "' must be a GUID, got '" + value + "'.");
        }
        return value;
    }

    private static void deleted(RoutingContext ctx, boolean existed) {
        if (!existed) {
            throw new ApiException(404, "NotFound", "Nothing to delete at " + ctx.request().path() + ".");
        }
        Responses.noContent(ctx);
    }

    private void failure(RoutingContext ctx) {
        if (ctx.failure() instanceof ApiException e) {
            ArmErrors.write(ctx, e.status(), e.code(), e.getMessage());
        } else {
            int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
            ArmErrors.write(ctx, status, status == 500 ? "InternalServerError" : "BadRequest",
                    "The control request failed.");
        }
    }
}
