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
import java.util.ArrayList;
import java.util.List;

/** The Conditional Access policy calls, made through the SDK's request builders. */
final class GraphPolicyCalls {

    private GraphPolicyCalls() {
    }

    /** Every policy, or those matching an OData {@code filter}, read page by page. */
    static List<CaPolicy> list(GraphServiceClient client, String filter) {
        ODataQuery query = new ODataQuery(client.getRequestAdapter(), "/identity/conditionalAccess/policies");
        if (filter != null) {
            query.option("filter", filter);
        }
        return PolicyReader.PAGES.readAll(client.getRequestAdapter(), query.option("select", GraphPolicies.SELECT).url(),
                next -> client.identity().conditionalAccess().policies().withUrl(next).toGetRequestInformation(),
                PolicyReader::read);
    }

    static CaPolicy create(GraphServiceClient client, CaPolicy draft) {
        return GraphPolicies.fromGraph(client.identity().conditionalAccess().policies().post(toGraph(draft, true)));
    }

    static void update(GraphServiceClient client, String policyId, CaPolicy draft) {
        client.identity().conditionalAccess().policies().byConditionalAccessPolicyId(policyId)
                .patch(toGraph(draft, false));
    }

    static void delete(GraphServiceClient client, String policyId) {
        client.identity().conditionalAccess().policies().byConditionalAccessPolicyId(policyId).delete();
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
}
