package dev.aksca.policy;

import dev.aksca.cluster.ClusterRef;
import dev.aksca.graph.CaPolicy;
import java.util.Objects;

/** Maps Graph policies to the API's view; recognises managed policies by their display name. */
final class AccessPolicyViews {

    private AccessPolicyViews() {
    }

    /** A policy this service manages: its kind and cluster, read back from the display name. */
    record Managed(PolicyKind kind, ClusterRef cluster, CaPolicy policy) {
    }

    static Managed managed(CaPolicy policy) {
        String name = policy.displayName();
        if (name == null || !name.startsWith(PolicyPlanner.NAME_PREFIX)) {
            return null;
        }
        String rest = name.substring(PolicyPlanner.NAME_PREFIX.length());
        int space = rest.indexOf(' ');
        if (space < 0) {
            return null;
        }
        PolicyKind kind = PolicyKind.fromValue(rest.substring(0, space));
        ClusterRef cluster = ClusterRef.parseArmId(rest.substring(space + 1));
        if (kind == null || cluster == null || !name.equals(PolicyPlanner.displayName(kind, cluster))) {
            return null;
        }
        return new Managed(kind, cluster, policy);
    }

    static AccessPolicy view(PolicyKind kind, ClusterRef cluster, CaPolicy policy) {
        GrantOperator operator = policy.grantOperator() == null ? null : GrantOperator.valueOf(policy.grantOperator());
        return new AccessPolicy(kind.value(), cluster.armId(), policy.id(), policy.displayName(),
                PolicyState.fromGraph(policy.state()), new AccessPolicy.Application(kind.appId(), kind.appDisplayName()),
                policy.includeGroups(), policy.excludeUsers(), policy.excludeGroups(),
                new GrantControls(operator, policy.builtInControls().stream()
                        .map(GrantControl::fromGraph).filter(Objects::nonNull).toList()),
                policy.createdDateTime(), policy.modifiedDateTime(), null, null, null);
    }

    static AccessPolicy view(Managed managed) {
        return view(managed.kind(), managed.cluster(), managed.policy());
    }
}
