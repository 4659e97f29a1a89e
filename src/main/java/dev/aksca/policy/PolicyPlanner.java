package dev.aksca.policy;

import dev.aksca.cluster.ClusterRef;
import dev.aksca.graph.CaPolicy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Pure desired-state logic: what the Graph policy should be, and how an existing one differs from it. */
final class PolicyPlanner {

    static final String NAME_PREFIX = "AKS ";
    static final List<String> CLIENT_APP_TYPES = List.of("all");

    private PolicyPlanner() {
    }

    static String displayName(PolicyKind kind, ClusterRef cluster) {
        return NAME_PREFIX + kind.value() + " " + cluster.armId();
    }

    static CaPolicy desired(PolicyKind kind, ClusterRef cluster, ApplyRequest request, List<String> includeGroups,
            List<String> breakGlassUsers, List<String> breakGlassGroups) {
        PolicyState state = request.state() == null ? PolicyState.REPORT_ONLY : request.state();
        GrantControls grant = request.grantControls();
        GrantOperator operator = grant == null || grant.operator() == null ? GrantOperator.AND : grant.operator();
        List<GrantControl> controls = grant == null ? kind.defaultControls() : grant.builtInControls();
        return CaPolicy.draft(displayName(kind, cluster), state.graphValue(), List.of(kind.appId()),
                ids(includeGroups), ids(request.excludeUsers(), breakGlassUsers), ids(request.excludeGroups(), breakGlassGroups),
                CLIENT_APP_TYPES, operator.name(), controls.stream().map(GrantControl::graphValue).toList());
    }

    /** Field-level differences; lists compare as sets (Graph does not keep order), ids case-insensitively. */
    static List<AccessPolicy.Change> diff(CaPolicy existing, CaPolicy desired) {
        List<AccessPolicy.Change> changes = new ArrayList<>();
        if (!Objects.equals(existing.state(), desired.state())) {
            changes.add(new AccessPolicy.Change("state", apiState(existing.state()), apiState(desired.state())));
        }
        compare(changes, "includeApplications", existing.includeApplications(), desired.includeApplications());
        compare(changes, "includeGroups", existing.includeGroups(), desired.includeGroups());
        compare(changes, "excludeUsers", existing.excludeUsers(), desired.excludeUsers());
        compare(changes, "excludeGroups", existing.excludeGroups(), desired.excludeGroups());
        compare(changes, "clientAppTypes", existing.clientAppTypes(), desired.clientAppTypes());
        if (!Objects.equals(existing.grantOperator(), desired.grantOperator())) {
            changes.add(new AccessPolicy.Change("grantControls.operator", existing.grantOperator(), desired.grantOperator()));
        }
        compare(changes, "grantControls.builtInControls", existing.builtInControls(), desired.builtInControls());
        return changes;
    }

    private static void compare(List<AccessPolicy.Change> changes, String field, List<String> from, List<String> to) {
        if (!normalized(from).equals(normalized(to))) {
            changes.add(new AccessPolicy.Change(field, from, to));
        }
    }

    private static Set<String> normalized(Collection<String> values) {
        Set<String> set = new TreeSet<>();
        values.forEach(value -> set.add(value.toLowerCase(Locale.ROOT)));
        return set;
    }

    private static Object apiState(String graphState) {
        PolicyState state = PolicyState.fromGraph(graphState);
        return state == null ? graphState : state.value();
    }

    @SafeVarargs
    private static List<String> ids(Collection<String>... sources) {
        Set<String> ids = new LinkedHashSet<>();
        for (Collection<String> source : sources) {
            if (source != null) {
                source.forEach(id -> ids.add(id.toLowerCase(Locale.ROOT)));
            }
        }
        return List.copyOf(ids);
    }
}
