package dev.aksca.graph;

import com.microsoft.graph.models.ConditionalAccessApplications;
import com.microsoft.graph.models.ConditionalAccessClientApp;
import com.microsoft.graph.models.ConditionalAccessConditionSet;
import com.microsoft.graph.models.ConditionalAccessGrantControl;
import com.microsoft.graph.models.ConditionalAccessGrantControls;
import com.microsoft.graph.models.ConditionalAccessPolicy;
import com.microsoft.graph.models.ConditionalAccessPolicyState;
import com.microsoft.graph.models.ConditionalAccessUsers;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

/** Graph through the microsoft-graph SDK; the client is created on first use, not at start-up. */
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
    private final Credentials credentials;
    private final PolicyWriteLimiter writeLimiter;
    private final UpstreamMetrics metrics;
    private final Lazy<GraphServiceClient> client = new Lazy<>(this::createClient);

    @Inject
    public GraphSdkGateway(AzureConfig config, Credentials credentials, UpstreamMetrics metrics) {
        this.config = config;
        this.credentials = credentials;
        this.metrics = metrics;
        this.writeLimiter = new PolicyWriteLimiter(config.graph().policyWriteInterval());
    }

    @Override
    public List<CaPolicy> findPoliciesByDisplayName(String displayName) {
        String filter = "displayName eq " + ODataLiterals.quote(displayName);
        return call("findPoliciesByDisplayName", "listing Conditional Access policies", POLICY_READ,
                () -> policies(filter));
    }

    @Override
    public List<CaPolicy> listPolicies() {
        return call("listPolicies", "listing Conditional Access policies", POLICY_READ, () -> policies(null));
    }

    @Override
    public CaPolicy createPolicy(CaPolicy draft) {
        return write("createPolicy", "creating a Conditional Access policy", Retries.Policy.THROTTLED_ONLY,
                () -> GraphPolicies.fromGraph(client().identity().conditionalAccess().policies().post(toGraph(draft, true))));
    }

    @Override
    public void updatePolicy(String policyId, CaPolicy draft) {
        write("updatePolicy", "updating a Conditional Access policy", Retries.Policy.IDEMPOTENT, () -> {
            client().identity().conditionalAccess().policies().byConditionalAccessPolicyId(policyId)
                    .patch(toGraph(draft, false));
            return null;
        });
    }

    @Override
    public boolean deletePolicy(String policyId) {
        return write("deletePolicy", "deleting a Conditional Access policy", Retries.Policy.IDEMPOTENT, () -> {
            try {
                client().identity().conditionalAccess().policies().byConditionalAccessPolicyId(policyId).delete();
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
        return call("signIns", "reading sign-in logs", AUDIT_LOG_READ, () -> GraphSignIns.read(client(), query));
    }

    @Override
    public List<LicenceSku> subscribedSkus() {
        return call("subscribedSkus", "reading the tenant's subscribed SKUs", DIRECTORY_READ,
                () -> GraphDirectory.subscribedSkus(client()));
    }

    @Override
    public Map<String, ServicePrincipalInfo> servicePrincipalsByAppIds(List<String> appIds) {
        return call("servicePrincipalsByAppIds", "looking up service principals", DIRECTORY_READ,
                () -> GraphDirectory.servicePrincipalsByAppIds(client(), appIds));
    }

    @Override
    public List<DirectoryObjectInfo> directoryObjectsByIds(List<String> ids, List<String> types) {
        return call("directoryObjectsByIds", "resolving directory objects by id", DIRECTORY_READ,
                () -> GraphDirectory.byIds(client(), ids, types));
    }

    @Override
    public Optional<DirectoryUser> findUser(String idOrUpn) {
        return call("user", "reading a user", DIRECTORY_READ, () -> GraphWhatIf.user(client(), idOrUpn));
    }

    @Override
    public List<WhatIfResult> evaluate(WhatIfQuery query) {
        return call("evaluate", "evaluating Conditional Access (What-If)", POLICY_READ,
                () -> GraphWhatIf.evaluate(client(), query));
    }

    /** Every policy, or those matching an OData {@code filter}, read page by page. */
    private List<CaPolicy> policies(String filter) {
        GraphServiceClient client = client();
        ODataQuery query = new ODataQuery(client.getRequestAdapter(), "/identity/conditionalAccess/policies");
        if (filter != null) {
            query.option("filter", filter);
        }
        return PolicyReader.PAGES.readAll(client.getRequestAdapter(), query.option("select", GraphPolicies.SELECT).url(),
                next -> client.identity().conditionalAccess().policies().withUrl(next).toGetRequestInformation(),
                PolicyReader::read);
    }

    /** A fresh SDK object per call: reused ones re-send only their changed fields (backing store). */
    private static ConditionalAccessPolicy toGraph(CaPolicy draft, boolean withName) {
        ConditionalAccessPolicy policy = new ConditionalAccessPolicy();
        if (withName) {
            policy.setDisplayName(draft.displayName());
        }
        policy.setState(ConditionalAccessPolicyState.forValue(draft.state()));
        ConditionalAccessApplications applications = new ConditionalAccessApplications();
        applications.setIncludeApplications(new ArrayList<>(draft.includeApplications()));
        ConditionalAccessUsers users = new ConditionalAccessUsers();
        users.setIncludeGroups(new ArrayList<>(draft.includeGroups()));
        users.setExcludeUsers(new ArrayList<>(draft.excludeUsers()));
        users.setExcludeGroups(new ArrayList<>(draft.excludeGroups()));
        ConditionalAccessConditionSet conditions = new ConditionalAccessConditionSet();
        conditions.setApplications(applications);
        conditions.setUsers(users);
        conditions.setClientAppTypes(draft.clientAppTypes().stream().map(ConditionalAccessClientApp::forValue).toList());
        policy.setConditions(conditions);
        ConditionalAccessGrantControls grant = new ConditionalAccessGrantControls();
        grant.setOperator(draft.grantOperator());
        grant.setBuiltInControls(draft.builtInControls().stream().map(ConditionalAccessGrantControl::forValue).toList());
        policy.setGrantControls(grant);
        return policy;
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

    private GraphServiceClient client() {
        return client.get();
    }

    private GraphServiceClient createClient() {
        return GraphClients.create(config, credentials.credential());
    }
}
