package dev.aksca.graph;

import com.microsoft.graph.models.ConditionalAccessApplications;
import com.microsoft.graph.models.ConditionalAccessClientApp;
import com.microsoft.graph.models.ConditionalAccessConditionSet;
import com.microsoft.graph.models.ConditionalAccessGrantControl;
import com.microsoft.graph.models.ConditionalAccessGrantControls;
import com.microsoft.graph.models.ConditionalAccessPolicy;
import com.microsoft.graph.models.ConditionalAccessPolicyCollectionResponse;
import com.microsoft.graph.models.ConditionalAccessPolicyState;
import com.microsoft.graph.models.ConditionalAccessUsers;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import dev.aksca.azure.AzureConfig;
import dev.aksca.azure.Credentials;
import dev.aksca.error.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Graph through the microsoft-graph SDK; the client is created on first use, not at start-up. */
@ApplicationScoped
public class GraphSdkGateway implements GraphGateway {

    static final String POLICY_READ = "Policy.Read.All";
    static final String AUDIT_LOG_READ = "AuditLog.Read.All";
    // Directory.Read.All covers users/{id | userPrincipalName}; User.Read.All would be one permission more.
    static final String USER_READ = "Directory.Read.All";
    static final String POLICY_WRITE = "Policy.ReadWrite.ConditionalAccess (with Policy.Read.All)";

    private final AzureConfig config;
    private final Credentials credentials;
    private volatile GraphServiceClient client;

    @Inject
    public GraphSdkGateway(AzureConfig config, Credentials credentials) {
        this.config = config;
        this.credentials = credentials;
    }

    @Override
    public List<CaPolicy> findPoliciesByDisplayName(String displayName) {
        String filter = "displayName eq " + ODataLiterals.quote(displayName);
        return call("listing Conditional Access policies", POLICY_READ, () -> collect(
                client().identity().conditionalAccess().policies().get(request -> request.queryParameters.filter = filter)));
    }

    @Override
    public List<CaPolicy> listPolicies() {
        return call("listing Conditional Access policies", POLICY_READ,
                () -> collect(client().identity().conditionalAccess().policies().get()));
    }

    @Override
    public CaPolicy createPolicy(CaPolicy draft) {
        return call("creating a Conditional Access policy", POLICY_WRITE,
                () -> GraphPolicies.fromGraph(client().identity().conditionalAccess().policies().post(toGraph(draft, true))));
    }

    @Override
    public void updatePolicy(String policyId, CaPolicy draft) {
        call("updating a Conditional Access policy", POLICY_WRITE, () -> {
            client().identity().conditionalAccess().policies().byConditionalAccessPolicyId(policyId)
                    .patch(toGraph(draft, false));
            return null;
        });
    }

    @Override
    public boolean deletePolicy(String policyId) {
        try {
            client().identity().conditionalAccess().policies().byConditionalAccessPolicyId(policyId).delete();
            return true;
        } catch (RuntimeException e) {
            if (GraphFailures.status(e) == 404) {
                return false;
            }
            throw GraphFailures.map(e, "deleting a Conditional Access policy", POLICY_WRITE);
        }
    }

    @Override
    public List<SignInRecord> signIns(SignInQuery query) {
        return call("reading sign-in logs", AUDIT_LOG_READ, () -> GraphSignIns.read(client(), query));
    }

    @Override
    public Optional<DirectoryUser> findUser(String idOrUpn) {
        return call("reading a user", USER_READ, () -> GraphWhatIf.user(client(), idOrUpn));
    }

    @Override
    public List<WhatIfResult> evaluate(WhatIfQuery query) {
        return call("evaluating Conditional Access (What-If)", POLICY_READ, () -> GraphWhatIf.evaluate(client(), query));
    }

    private List<CaPolicy> collect(ConditionalAccessPolicyCollectionResponse first) {
        List<CaPolicy> policies = new ArrayList<>();
        ConditionalAccessPolicyCollectionResponse page = first;
        while (page != null) {
            if (page.getValue() != null) {
                page.getValue().forEach(policy -> policies.add(GraphPolicies.fromGraph(policy)));
            }
            String next = page.getOdataNextLink();
            page = next == null ? null : client().identity().conditionalAccess().policies().withUrl(next).get();
        }
        return policies;
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

    private <T> T call(String operation, String permission, Supplier<T> call) {
        try {
            return call.get();
        } catch (ApiProblem problem) {
            throw problem;
        } catch (RuntimeException e) {
            throw GraphFailures.map(e, operation, permission);
        }
    }

    private GraphServiceClient client() {
        GraphServiceClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = GraphClients.create(config, credentials.credential());
                }
                current = client;
            }
        }
        return current;
    }
}
