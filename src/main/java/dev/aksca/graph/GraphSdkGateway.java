package dev.aksca.graph;

import com.microsoft.graph.serviceclient.GraphServiceClient;
import dev.aksca.azure.AzureConfig;
import dev.aksca.azure.Credentials;
import dev.aksca.azure.Lazy;
import dev.aksca.azure.Retries;
import dev.aksca.error.ApiProblem;
import dev.aksca.error.UpstreamProblem;
import dev.aksca.ops.UpstreamMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

/**
 * Graph through the microsoft-graph SDK; the client is created on first use, not at start-up. No SDK type appears in
 * this class's own method signatures: fault tolerance reflects on them at start-up, and resolving one would open the
 * SDK's 50,000-entry jar then (≈ 12 MB of heap, the start-up's full collections).
 */
@ApplicationScoped
// One breaker per method: after 6 of 8 calls failed for a passing reason, calls fail fast for 10 s.
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
        failOn = UpstreamProblem.class)
public class GraphSdkGateway implements GraphGateway {

    static final String POLICY_READ = GraphPermissions.POLICY_READ_ALL;
    static final String AUDIT_LOG_READ = GraphPermissions.AUDIT_LOG_READ_ALL;
    static final String POLICY_WRITE =
            GraphPermissions.POLICY_WRITE_CONDITIONAL_ACCESS + " (with " + GraphPermissions.POLICY_READ_ALL + ")";
    // Directory.Read.All covers subscribedSkus, servicePrincipals, getByIds and users alike (Graph's reference lists
    // it for each), so one directory permission serves every directory read.
    static final String DIRECTORY_READ = GraphPermissions.DIRECTORY_READ_ALL;

    private final AzureConfig config;
    private final PolicyWriteLimiter writeLimiter;
    private final UpstreamMetrics metrics;
    private final Lazy<GraphServiceClient> client;

    @Inject
    public GraphSdkGateway(AzureConfig config, Credentials credentials, UpstreamMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
        this.writeLimiter = new PolicyWriteLimiter(config.graph().policyWriteInterval());
        this.client = GraphClients.lazy(config, credentials);
    }

    @Override
    public List<CaPolicy> findPoliciesByDisplayName(String displayName) {
        String filter = "displayName eq " + ODataLiterals.quote(displayName);
        return call("findPoliciesByDisplayName", "listing Conditional Access policies", POLICY_READ,
                () -> GraphPolicyCalls.list(client.get(), filter));
    }

    @Override
    public List<CaPolicy> listPolicies() {
        return call("listPolicies", "listing Conditional Access policies", POLICY_READ,
                () -> GraphPolicyCalls.list(client.get(), null));
    }

    @Override
    public CaPolicy createPolicy(CaPolicy draft) {
        return write("createPolicy", "creating a Conditional Access policy", Retries.Policy.THROTTLED_ONLY,
                () -> GraphPolicyCalls.create(client.get(), draft));
    }

    @Override
    public void updatePolicy(String policyId, CaPolicy draft) {
        write("updatePolicy", "updating a Conditional Access policy", Retries.Policy.IDEMPOTENT, () -> {
            GraphPolicyCalls.update(client.get(), policyId, draft);
            return null;
        });
    }

    @Override
    public boolean deletePolicy(String policyId) {
        return write("deletePolicy", "deleting a Conditional Access policy", Retries.Policy.IDEMPOTENT, () -> {
            try {
                GraphPolicyCalls.delete(client.get(), policyId);
                return true;
            } catch (RuntimeException e) {
                if (GraphFailures.status(e) == 404) {
                    return false;
                }
                throw e;
            }
        });
    }

    @Override
    public List<SignInRecord> signIns(SignInQuery query) {
        return call("signIns", "reading sign-in logs", AUDIT_LOG_READ, () -> GraphSignIns.read(client.get(), query));
    }

    @Override
    public List<LicenceSku> subscribedSkus() {
        return call("subscribedSkus", "reading the tenant's subscribed SKUs", DIRECTORY_READ,
                () -> GraphDirectory.subscribedSkus(client.get()));
    }

    @Override
    public Map<String, ServicePrincipalInfo> servicePrincipalsByAppIds(List<String> appIds) {
        return call("servicePrincipalsByAppIds", "looking up service principals", DIRECTORY_READ,
                () -> GraphDirectory.servicePrincipalsByAppIds(client.get(), appIds));
    }

    @Override
    public List<DirectoryObjectInfo> directoryObjectsByIds(List<String> ids, List<String> types) {
        return call("directoryObjectsByIds", "resolving directory objects by id", DIRECTORY_READ,
                () -> GraphDirectory.byIds(client.get(), ids, types));
    }

    @Override
    public Optional<DirectoryUser> findUser(String idOrUpn) {
        return call("user", "reading a user", DIRECTORY_READ, () -> GraphWhatIf.user(client.get(), idOrUpn));
    }

    @Override
    public List<WhatIfResult> evaluate(WhatIfQuery query) {
        return call("evaluate", "evaluating Conditional Access (What-If)", POLICY_READ,
                () -> GraphWhatIf.evaluate(client.get(), query));
    }

    /** A read: retried while Graph throttles or is unavailable, up to the configured deadline. */
    private <T> T call(String metric, String operation, String permission, Supplier<T> call) {
        return Retries.call(config.graph().retryDeadline(), Retries.Policy.IDEMPOTENT,
                () -> attempt(metric, operation, permission, call));
    }

    /** A policy write: paced to Graph's per-tenant limit, retried as far as the policy allows. */
    private <T> T write(String metric, String operation, Retries.Policy policy, Supplier<T> call) {
        Duration deadline = config.graph().retryDeadline();
        return Retries.call(deadline, policy, () -> {
            writeLimiter.acquire(deadline);
            return attempt(metric, operation, POLICY_WRITE, call);
        });
    }

    private <T> T attempt(String metric, String operation, String permission, Supplier<T> call) {
        UpstreamMetrics.Call timing = metrics.start("graph", metric);
        try {
            T result = call.get();
            timing.succeeded();
            return result;
        } catch (ApiProblem problem) {
            timing.failed(0, problem);
            throw problem;
        } catch (RuntimeException e) {
            ApiProblem problem = GraphFailures.map(e, operation, permission);
            timing.failed(GraphFailures.status(e), problem);
            throw problem;
        }
    }
}
