package dev.aksca.cluster;

import com.azure.core.credential.TokenRequestContext;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aksca.azure.AzureConfig;
import dev.aksca.azure.Credentials;
import dev.aksca.azure.Lazy;
import dev.aksca.azure.Retries;
import dev.aksca.error.ApiProblem;
import dev.aksca.error.ProblemType;
import dev.aksca.error.UpstreamFailures;
import dev.aksca.error.UpstreamProblem;
import dev.aksca.ops.RequestIds;
import dev.aksca.ops.UpstreamMetrics;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

/** ARM over a Quarkus REST client, with a token of the service's own identity on every call. */
@ApplicationScoped
// One breaker per method: after 6 of 8 calls failed for a passing reason, calls fail fast for 10 s.
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
        failOn = UpstreamProblem.class)
public class ArmRestGateway implements ArmGateway {

    private final AzureConfig config;
    private final Credentials credentials;
    private final String apiVersion;
    private final UpstreamMetrics metrics;
    private final Lazy<ArmClient> client = new Lazy<>(this::build);

    @Inject
    public ArmRestGateway(AzureConfig config, Credentials credentials, UpstreamMetrics metrics) {
        this.config = config;
        this.credentials = credentials;
        this.metrics = metrics;
        this.apiVersion = config.arm().apiVersion();
    }

    @Override
    public ManagedCluster getCluster(ClusterRef cluster) {
        JsonNode body = call("getCluster", cluster, requestId -> client().getCluster(
                cluster.subscriptionId(), cluster.resourceGroup(), cluster.name(), apiVersion, requestId));
        JsonNode properties = body.path("properties");
        JsonNode aad = properties.path("aadProfile");
        List<String> adminGroups = new ArrayList<>();
        aad.path("adminGroupObjectIDs").forEach(group -> adminGroups.add(group.asText()));
        return new ManagedCluster(cluster, aad.path("managed").asBoolean(false), List.copyOf(adminGroups),
                properties.path("disableLocalAccounts").asBoolean(false), aad.path("tenantID").asText(null),
                body.path("id").asText(cluster.armId()));
    }

    @Override
    public List<AgentPool> agentPools(ClusterRef cluster) {
        JsonNode body = call("agentPools", cluster, requestId -> client().listAgentPools(
                cluster.subscriptionId(), cluster.resourceGroup(), cluster.name(), apiVersion, requestId));
        List<AgentPool> pools = new ArrayList<>();
        for (JsonNode pool : body.path("value")) {
            JsonNode properties = pool.path("properties");
            pools.add(new AgentPool(pool.path("name").asText(), properties.path("osType").asText("Linux"),
                    properties.path("securityProfile").path("sshAccess").asText(null)));
        }
        return List.copyOf(pools);
    }

    /** ARM reads are idempotent: retried while ARM throttles or is unavailable, up to the deadline. */
    private JsonNode call(String metric, ClusterRef cluster, Function<String, Response> request) {
        // Read on the caller's thread, where the API request's MDC is; the REST client may run elsewhere.
        String requestId = RequestIds.current();
        return Retries.call(config.arm().retryDeadline(), Retries.Policy.IDEMPOTENT, () -> {
            UpstreamMetrics.Call timing = metrics.start("arm", metric);
            Response response;
            try {
                response = request.apply(requestId);
            } catch (RuntimeException e) {
                ApiProblem problem = UpstreamFailures.transport("ARM", e);
                timing.failed(0, problem);
                throw problem;
            }
            try (response) {
                int status = response.getStatus();
                if (status == 200) {
                    JsonNode body = response.readEntity(JsonNode.class);
                    timing.succeeded();
                    return body;
                }
                ApiProblem problem = failure(cluster, response, status);
                timing.failed(status, problem);
                throw problem;
            }
        });
    }

    private static ApiProblem failure(ClusterRef cluster, Response response, int status) {
        String code = errorCode(response);
        if (status == 404) {
            return new ApiProblem(ProblemType.CLUSTER_NOT_FOUND, "ARM does not know the managed cluster "
                    + cluster.armId() + " (" + code + ")");
        }
        if (status == 403 || status == 401) {
            return new ApiProblem(ProblemType.UPSTREAM_ERROR, "ARM denied reading " + cluster.armId() + " (" + code
                    + "): the service's identity needs the Azure role 'Reader' (Microsoft.ContainerService/managedClusters/read)"
                    + " on the cluster, its resource group or subscription");
        }
        return UpstreamFailures.status("ARM", status, code, response.getHeaderString("Retry-After"));
    }

    private static String errorCode(Response response) {
        try {
            return response.readEntity(JsonNode.class).path("error").path("code").asText("no error code");
        } catch (RuntimeException unreadable) {
            return "no error code";
        }
    }

    private ArmClient client() {
        return client.get();
    }

    private ArmClient build() {
        TokenRequestContext scope = new TokenRequestContext().addScopes(config.cloud().armScope());
        ClientRequestFilter bearer = request -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION,
                "Bearer " + credentials.credential().getTokenSync(scope).getToken());
        long timeoutMillis = config.arm().timeout().toMillis();
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(config.armEndpoint()))
                .register(bearer)
                .property("microprofile.rest.client.disable.default.mapper", true)
                .connectTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .readTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .build(ArmClient.class);
    }
}
