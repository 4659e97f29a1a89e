package dev.aksca.emulator;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Entra v2 discovery, JWKS and the client-credentials token endpoint of the emulated tenant. */
@ApplicationScoped
public class OidcRoutes {

    /** Scopes MSAL may add to any request; they do not name a resource. */
    private static final Set<String> OIDC_SCOPES = Set.of("openid", "profile", "offline_access", "email");

    private final TenantUrls urls;
    private final TokenIssuer issuer;

    OidcRoutes(TenantUrls urls, TokenIssuer issuer) {
        this.urls = urls;
        this.issuer = issuer;
    }

    void register(Router router) {
        router.get("/:tenant/v2.0/.well-known/openid-configuration").handler(this::discovery);
        router.get("/:tenant/discovery/v2.0/keys").handler(this::keys);
        router.post("/:tenant/oauth2/v2.0/token").handler(this::token);
        router.route(HttpMethod.GET, "/:tenant/discovery/instance").handler(this::instanceDiscovery);
        router.post("/emulator/tokens").handler(this::mint);
    }

    /**
     * Control API for authentication tests: a token signed by this tenant for a seeded client, with claims
     * replaced or removed ({@code {"client":"aksca-admin","audience":"…","claims":{"exp":0,"roles":null}}}),
     * so that each of the service's token checks can be shown to refuse exactly one defect.
     */
    private void mint(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        Optional<Client> client = issuer.client(body == null ? null : body.getString("client"));
        if (client.isEmpty()) {
            Responses.json(ctx, 400, Responses.JSON, new JsonObject().put("error", "unknown client"));
            return;
        }
        String audience = body.getString("audience", TenantUrls.API_AUDIENCE);
        JsonObject claims = body.getJsonObject("claims", new JsonObject());
        String token = issuer.issue(client.get(), audience, Instant.now(), TokenIssuer.LIFETIME, claims);
        Responses.json(ctx, 200, Responses.JSON, new JsonObject().put("access_token", token));
    }

    private boolean knownTenant(RoutingContext ctx) {
        if (TenantUrls.TENANT_ID.equalsIgnoreCase(ctx.pathParam("tenant"))) {
            return true;
        }
        oauthError(ctx, 400, "invalid_request", 90002, "AADSTS90002: Tenant '" + ctx.pathParam("tenant")
                + "' not found. The emulated tenant is " + TenantUrls.TENANT_ID + ".");
        return false;
    }

    private void discovery(RoutingContext ctx) {
        if (!knownTenant(ctx)) {
            return;
        }
        String tenantBase = urls.base() + "/" + TenantUrls.TENANT_ID;
        JsonObject body = new JsonObject()
                .put("issuer", urls.issuer())
                .put("authorization_endpoint", tenantBase + "/oauth2/v2.0/authorize")
                .put("token_endpoint", tenantBase + "/oauth2/v2.0/token")
                .put("device_authorization_endpoint", tenantBase + "/oauth2/v2.0/devicecode")
                .put("end_session_endpoint", tenantBase + "/oauth2/v2.0/logout")
                .put("jwks_uri", tenantBase + "/discovery/v2.0/keys")
                .put("token_endpoint_auth_methods_supported",
                        new JsonArray().add("client_secret_post").add("client_secret_basic"))
                .put("response_types_supported", new JsonArray().add("code").add("id_token").add("code id_token"))
                .put("response_modes_supported", new JsonArray().add("query").add("fragment").add("form_post"))
                .put("grant_types_supported", new JsonArray().add("client_credentials"))
                .put("scopes_supported",
                        new JsonArray().add("openid").add("profile").add("email").add("offline_access"))
                .put("subject_types_supported", new JsonArray().add("pairwise"))
                .put("id_token_signing_alg_values_supported", new JsonArray().add("RS256"))
                .put("claims_supported", new JsonArray().add("sub").add("iss").add("aud").add("exp").add("iat")
                        .add("nbf").add("tid").add("oid").add("azp").add("appid").add("roles").add("ver"))
                .put("tenant_region_scope", "EU")
                .put("cloud_instance_name", "localhost")
                .put("request_uri_parameter_supported", false);
        Responses.json(ctx, 200, Responses.JSON, body);
    }

    private void keys(RoutingContext ctx) {
        if (knownTenant(ctx)) {
            Responses.json(ctx, 200, Responses.JSON, issuer.jwks());
        }
    }

    /** MSAL's instance discovery: the emulated authority is its own only alias. */
    private void instanceDiscovery(RoutingContext ctx) {
        String host = urls.hostAndPort();
        JsonObject body = new JsonObject()
                .put("tenant_discovery_endpoint", urls.issuer() + "/.well-known/openid-configuration")
                .put("api-version", "1.1")
                .put("metadata", new JsonArray().add(new JsonObject().put("preferred_network", host)
                        .put("preferred_cache", host).put("aliases", new JsonArray().add(host))));
        Responses.json(ctx, 200, Responses.JSON, body);
    }

    private void token(RoutingContext ctx) {
        if (!knownTenant(ctx)) {
            return;
        }
        MultiMap form = ctx.request().formAttributes();
        String grantType = form.get("grant_type");
        if (grantType == null) {
            oauthError(ctx, 400, "invalid_request", 900144,
                    "AADSTS900144: The request body must contain the following parameter: 'grant_type'.");
            return;
        }
        if (!"client_credentials".equals(grantType)) {
            oauthError(ctx, 400, "unsupported_grant_type", 70003,
                    "AADSTS70003: The app requested an unsupported grant type '" + grantType
                            + "'. The emulated tenant supports only client_credentials.");
            return;
        }
        String[] basic = basicCredentials(ctx);
        String clientId = basic != null ? basic[0] : form.get("client_id");
        String secret = basic != null ? basic[1] : form.get("client_secret");
        Optional<Client> client = issuer.client(clientId);
        if (client.isEmpty()) {
            oauthError(ctx, 401, "invalid_client", 700016, "AADSTS700016: Application with identifier '"
                    + clientId + "' was not found in the directory '" + TenantUrls.TENANT_ID + "'.");
            return;
        }
        if (!client.get().secret().equals(secret)) {
            oauthError(ctx, 401, "invalid_client", 7000215, "AADSTS7000215: Invalid client secret provided. "
                    + "Ensure the secret being sent in the request is the client secret value, not the client "
                    + "secret ID, for a secret added to app '" + clientId + "'.");
            return;
        }
        Optional<String> audience = audience(form.get("scope"), client.get());
        if (audience.isEmpty()) {
            oauthError(ctx, 400, "invalid_scope", 1002012, "AADSTS1002012: The provided value for scope "
                    + form.get("scope") + " is not valid. Client credential flows must have a scope value with "
                    + "/.default suffixed to a resource this client may access.");
            return;
        }
        String token = issuer.issue(client.get(), audience.get(), Instant.now(), TokenIssuer.LIFETIME);
        long lifetime = TokenIssuer.LIFETIME.toSeconds();
        JsonObject body = new JsonObject().put("token_type", "Bearer").put("expires_in", lifetime)
                .put("ext_expires_in", lifetime).put("access_token", token);
        ctx.response().putHeader("cache-control", "no-store, no-cache").putHeader("pragma", "no-cache");
        Responses.json(ctx, 200, Responses.JSON, body);
    }

    /** The single resource a {@code <resource>/.default} scope names, when this client may ask for it. */
    private static Optional<String> audience(String scope, Client client) {
        if (scope == null) {
            return Optional.empty();
        }
        List<String> resources = Arrays.stream(scope.trim().split("\\s+"))
                .filter(s -> !s.isEmpty() && !OIDC_SCOPES.contains(s.toLowerCase(Locale.ROOT)))
                .toList();
        if (resources.size() != 1 || !resources.get(0).endsWith("/.default")) {
            return Optional.empty();
        }
        String resource = resources.get(0).substring(0, resources.get(0).length() - "/.default".length());
        while (resource.endsWith("/")) {
            resource = resource.substring(0, resource.length() - 1);
        }
        String wanted = resource;
        return client.rolesByAudience().keySet().stream().filter(a -> a.equalsIgnoreCase(wanted)).findFirst();
    }

    private static String[] basicCredentials(RoutingContext ctx) {
        String header = ctx.request().getHeader("authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void oauthError(RoutingContext ctx, int status, String error, long code, String description) {
        JsonObject body = new JsonObject().put("error", error).put("error_description", description)
                .put("error_codes", new JsonArray().add(code))
                .put("timestamp", Instant.now().toString())
                .put("trace_id", UUID.randomUUID().toString())
                .put("correlation_id", UUID.randomUUID().toString());
        Responses.json(ctx, status, Responses.JSON, body);
    }
}
