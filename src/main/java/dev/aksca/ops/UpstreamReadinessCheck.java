package dev.aksca.ops;

import com.azure.core.credential.TokenRequestContext;
import dev.aksca.azure.AzureConfig;
import dev.aksca.azure.Credentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the service's identity gets a Graph and an ARM token and each upstream answers a cheap authenticated
 * read (Graph {@code subscribedSkus}, ARM's subscription list). Results are reused for {@code aksca.health.cache-for}
 * so that frequent probes do not spend Graph's quota.
 */
@Readiness
@ApplicationScoped
public class UpstreamReadinessCheck implements HealthCheck {

    static final String ARM_PROBE_API_VERSION = "2022-12-01";

    private final AzureConfig azure;
    private final Credentials credentials;
    private final HealthConfig config;
    private final HttpClient http;
    private final Event<UpstreamsReachable> reachable;
    private Probe graph;
    private Probe arm;
    private boolean announced;

    public UpstreamReadinessCheck(AzureConfig azure, Credentials credentials, HealthConfig config,
            Event<UpstreamsReachable> reachable) {
        this.azure = azure;
        this.credentials = credentials;
        this.config = config;
        this.reachable = reachable;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    @Override
    public synchronized HealthCheckResponse call() {
        long now = System.nanoTime();
        if (graph == null || graph.expired(now, config.cacheFor())) {
            graph = probe(azure.cloud().graphScope(), azure.graphEndpoint() + "/v1.0/subscribedSkus", now);
        }
        if (arm == null || arm.expired(now, config.cacheFor())) {
            arm = probe(azure.cloud().armScope(),
                    azure.armEndpoint() + "/subscriptions?api-version=" + ARM_PROBE_API_VERSION, now);
        }
        boolean up = graph.up() && arm.up();
        if (up && !announced) {
            announced = true;
            reachable.fireAsync(new UpstreamsReachable());
        }
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Graph and ARM")
                .status(up)
                .withData("graph", graph.detail())
                .withData("arm", arm.detail());
        return response.build();
    }

    private Probe probe(String scope, String url, long now) {
        String token;
        try {
            token = credentials.credential().getTokenSync(new TokenRequestContext().addScopes(scope)).getToken();
        } catch (RuntimeException e) {
            return new Probe(false, "no token: " + e.getClass().getSimpleName(), now);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(config.timeout())
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new Probe(status / 100 == 2, "token acquired, answered " + status, now);
        } catch (IOException e) {
            return new Probe(false, "token acquired, unreachable: " + e.getClass().getSimpleName(), now);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(false, "interrupted", now);
        }
    }

    private record Probe(boolean up, String detail, long atNanos) {
        boolean expired(long now, Duration cacheFor) {
            return now - atNanos >= cacheFor.toNanos();
        }
    }
}
