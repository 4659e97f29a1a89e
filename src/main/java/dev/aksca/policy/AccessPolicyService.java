package dev.aksca.policy;

import dev.aksca.cluster.ArmGateway;
import dev.aksca.cluster.ClusterRef;
import dev.aksca.cluster.ManagedCluster;
import dev.aksca.error.ApiProblem;
import dev.aksca.error.ProblemType;
import dev.aksca.graph.CaPolicy;
import dev.aksca.graph.GraphGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/** Applies, reads and deletes the managed Conditional Access policies (contract sections 2 and 3). */
@ApplicationScoped
public class AccessPolicyService {

    private static final Logger LOG = Logger.getLogger(AccessPolicyService.class);

    private final GraphGateway graph;
    private final ArmGateway arm;
    private final BreakGlassConfig breakGlass;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    @Inject
    public AccessPolicyService(GraphGateway graph, ArmGateway arm, BreakGlassConfig breakGlass) {
        this.graph = graph;
        this.arm = arm;
        this.breakGlass = breakGlass;
    }

    /** The result of an apply; {@code created} decides 201 versus 200. */
    public record Applied(AccessPolicy policy, boolean created) {
    }

    public Applied apply(ClusterRef cluster, PolicyKind kind, ApplyRequest body, boolean dryRun) {
        ApplyRequest request = body == null ? ApplyRequest.EMPTY : body;
        ApplyRequestValidator.validate(request);
        ManagedCluster managed = arm.getCluster(cluster);
        List<String> includeGroups = request.includeGroups() == null || request.includeGroups().isEmpty()
                ? managed.adminGroupObjectIds() : request.includeGroups();
        if (includeGroups.isEmpty()) {
            throw new ApiProblem(ProblemType.NO_ADMIN_GROUPS, "cluster " + cluster.armId()
                    + " has no aadProfile.adminGroupObjectIDs; name the groups in includeGroups");
        }
        CaPolicy desired = PolicyPlanner.desired(kind, cluster, request, includeGroups,
                breakGlass.userIds().orElse(List.of()), breakGlass.groupIds().orElse(List.of()));
        boolean acknowledged = Boolean.TRUE.equals(request.acknowledgeNoBreakGlass());
        boolean noExclusion = desired.excludeUsers().isEmpty() && desired.excludeGroups().isEmpty();
        if (PolicyState.ENABLED.graphValue().equals(desired.state()) && noExclusion && !acknowledged) {
            throw new ApiProblem(ProblemType.LOCKOUT_RISK, "state enabled with no excluded user or group could lock every"
                    + " administrator out of the cluster: configure aksca.break-glass.user-ids/group-ids, pass"
                    + " excludeUsers/excludeGroups, or set acknowledgeNoBreakGlass to true");
        }
        List<String> warnings = new ArrayList<>();
        if (noExclusion && acknowledged) {
            warnings.add("No break-glass exclusion: acknowledged by acknowledgeNoBreakGlass.");
        }
        ReentrantLock lock = locks.computeIfAbsent(desired.displayName(), name -> new ReentrantLock());
        lock.lock();
        try {
            Applied applied = write(kind, cluster, desired, dryRun);
            warnings.addAll(sharedGroupWarnings(kind, cluster, desired.includeGroups()));
            AccessPolicy policy = applied.policy();
            return new Applied(policy.withApply(policy.outcome(), policy.changes(), warnings), applied.created());
        } finally {
            lock.unlock();
        }
    }

    private Applied write(PolicyKind kind, ClusterRef cluster, CaPolicy desired, boolean dryRun) {
        Optional<CaPolicy> existing = oldest(graph.findPoliciesByDisplayName(desired.displayName()));
        if (existing.isEmpty()) {
            if (dryRun) {
                return new Applied(AccessPolicyViews.view(kind, cluster, desired)
                        .withApply(Outcome.WOULD_CREATE, List.of(), null), false);
            }
            CaPolicy created = graph.createPolicy(desired);
            LOG.infof("created %s policy %s for %s", kind, created.id(), cluster.armId());
            return new Applied(AccessPolicyViews.view(kind, cluster, created).withApply(Outcome.CREATED, List.of(), null), true);
        }
        CaPolicy current = existing.get();
        List<AccessPolicy.Change> changes = PolicyPlanner.diff(current, desired);
        if (changes.isEmpty()) {
            return new Applied(AccessPolicyViews.view(kind, cluster, current).withApply(Outcome.UNCHANGED, changes, null), false);
        }
        CaPolicy target = new CaPolicy(current.id(), current.displayName(), desired.state(), desired.includeApplications(),
                desired.includeGroups(), desired.excludeUsers(), desired.excludeGroups(), desired.clientAppTypes(),
                desired.grantOperator(), desired.builtInControls(), current.createdDateTime(), current.modifiedDateTime());
        if (dryRun) {
            return new Applied(AccessPolicyViews.view(kind, cluster, target).withApply(Outcome.WOULD_UPDATE, changes, null), false);
        }
        graph.updatePolicy(current.id(), desired);
        LOG.infof("updated %s policy %s for %s: %d changes", kind, current.id(), cluster.armId(), changes.size());
        return new Applied(AccessPolicyViews.view(kind, cluster, target).withApply(Outcome.UPDATED, changes, null), false);
    }

    public Optional<AccessPolicy> get(ClusterRef cluster, PolicyKind kind) {
        return oldest(graph.findPoliciesByDisplayName(PolicyPlanner.displayName(kind, cluster)))
                .map(policy -> AccessPolicyViews.view(kind, cluster, policy));
    }

    public List<AccessPolicy> list(ClusterRef cluster) {
        List<AccessPolicy> policies = new ArrayList<>();
        for (PolicyKind kind : PolicyKind.values()) {
            get(cluster, kind).ifPresent(policies::add);
        }
        return policies;
    }

    public List<AccessPolicy> listAll() {
        return graph.listPolicies().stream()
                .map(AccessPolicyViews::managed)
                .filter(managed -> managed != null)
                .sorted(Comparator.comparing((AccessPolicyViews.Managed m) -> m.cluster().armId()).thenComparing(m -> m.kind()))
                .map(AccessPolicyViews::view)
                .toList();
    }

    /** False when there was no such policy. */
    public boolean delete(ClusterRef cluster, PolicyKind kind) {
        List<CaPolicy> policies = graph.findPoliciesByDisplayName(PolicyPlanner.displayName(kind, cluster));
        boolean deleted = false;
        for (CaPolicy policy : policies) {
            deleted |= graph.deletePolicy(policy.id());
            LOG.infof("deleted %s policy %s for %s", kind, policy.id(), cluster.armId());
        }
        return deleted;
    }

    private List<String> sharedGroupWarnings(PolicyKind kind, ClusterRef cluster, List<String> groups) {
        List<String> warnings = new ArrayList<>();
        for (CaPolicy policy : graph.listPolicies()) {
            AccessPolicyViews.Managed other = AccessPolicyViews.managed(policy);
            if (other == null || other.kind() != kind || other.cluster().equals(cluster)) {
                continue;
            }
            List<String> shared = policy.includeGroups().stream().filter(groups::contains).toList();
            if (!shared.isEmpty()) {
                warnings.add("Groups " + shared + " are also targeted by the " + kind + " policy of " + other.cluster().armId()
                        + ". Conditional Access cannot target one cluster: every AKS cluster shares the "
                        + kind.appDisplayName() + " application, so both policies apply to these groups on every cluster.");
            }
        }
        return warnings;
    }

    private static Optional<CaPolicy> oldest(List<CaPolicy> policies) {
        return policies.stream().min(Comparator
                .comparing(CaPolicy::createdDateTime, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(CaPolicy::id));
    }
}
