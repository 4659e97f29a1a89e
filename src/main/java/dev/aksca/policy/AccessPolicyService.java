package dev.aksca.policy;

import dev.aksca.azure.AzureConfig;
import dev.aksca.azure.Retries;
import dev.aksca.cluster.ArmGateway;
import dev.aksca.cluster.ClusterRef;
import dev.aksca.cluster.ManagedCluster;
import dev.aksca.error.ApiProblem;
import dev.aksca.error.ProblemType;
import dev.aksca.graph.CaPolicy;
import dev.aksca.graph.GraphGateway;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/** Applies, reads and deletes the managed Conditional Access policies (contract sections 2 and 3). */
@ApplicationScoped
public class AccessPolicyService {

    private static final Logger LOG = Logger.getLogger(AccessPolicyService.class);

    private final GraphGateway graph;
    private final ArmGateway arm;
    private final BreakGlassConfig breakGlass;
    private final AzureConfig azure;
    private final PolicyListCache policyList;
    private final Duration confirmCreateAfter;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final ScheduledExecutorService confirmations = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "aksca-create-confirmation");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    public AccessPolicyService(GraphGateway graph, ArmGateway arm, BreakGlassConfig breakGlass, AzureConfig azure,
            PolicyListCache policyList, PolicyConfig config) {
        this.graph = graph;
        this.arm = arm;
        this.breakGlass = breakGlass;
        this.azure = azure;
        this.policyList = policyList;
        this.confirmCreateAfter = config.confirmCreateAfter();
    }

    @PreDestroy
    void stop() {
        confirmations.shutdownNow();
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
        ReentrantLock lock = lock(desired.displayName());
        lock.lock();
        try {
            Applied applied = write(kind, cluster, desired, dryRun, warnings);
            warnings.addAll(sharedGroupWarnings(kind, cluster, desired.includeGroups()));
            AccessPolicy policy = applied.policy();
            return new Applied(policy.withApply(policy.outcome(), policy.changes(), warnings), applied.created());
        } finally {
            lock.unlock();
        }
    }

    private Applied write(PolicyKind kind, ClusterRef cluster, CaPolicy desired, boolean dryRun, List<String> warnings) {
        Optional<CaPolicy> existing = dryRun ? oldest(graph.findPoliciesByDisplayName(desired.displayName()))
                : converge(graph.findPoliciesByDisplayName(desired.displayName()), warnings);
        if (existing.isEmpty()) {
            if (dryRun) {
                return new Applied(AccessPolicyViews.view(kind, cluster, desired)
                        .withApply(Outcome.WOULD_CREATE, List.of(), null), false);
            }
            CaPolicy created = createOnce(desired);
            policyList.written(created);
            if (confirmCreateAfter.isZero()) {
                Optional<CaPolicy> survivor = converge(graph.findPoliciesByDisplayName(desired.displayName()), warnings);
                if (survivor.isPresent() && !survivor.get().id().equals(created.id())) {
                    // Another replica created it first: ours was the duplicate, the older one is the policy.
                    return update(kind, cluster, survivor.get(), desired, false);
                }
            } else {
                confirmations.schedule(() -> confirmCreated(desired.displayName()), confirmCreateAfter.toMillis(),
                        TimeUnit.MILLISECONDS);
            }
            LOG.infof("created %s policy %s for %s", kind, created.id(), cluster.armId());
            return new Applied(AccessPolicyViews.view(kind, cluster, created).withApply(Outcome.CREATED, List.of(), null), true);
        }
        return update(kind, cluster, existing.get(), desired, dryRun);
    }

    private Applied update(PolicyKind kind, ClusterRef cluster, CaPolicy current, CaPolicy desired, boolean dryRun) {
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
        policyList.written(target);
        LOG.infof("updated %s policy %s for %s: %d changes", kind, current.id(), cluster.armId(), changes.size());
        return new Applied(AccessPolicyViews.view(kind, cluster, target).withApply(Outcome.UPDATED, changes, null), false);
    }

    /**
     * Creates the policy so that a retry can never add a duplicate: after a failed attempt Graph may still have
     * created it (a 5xx or a timeout after the write), so every retry looks it up by display name first.
     */
    private CaPolicy createOnce(CaPolicy desired) {
        int[] attempt = {0};
        return Retries.call(azure.graph().retryDeadline(), problem -> true, () -> {
            if (attempt[0]++ > 0) {
                Optional<CaPolicy> appeared = oldest(graph.findPoliciesByDisplayName(desired.displayName()));
                if (appeared.isPresent()) {
                    return appeared.get();
                }
            }
            return graph.createPolicy(desired);
        });
    }

    private ReentrantLock lock(String displayName) {
        return locks.computeIfAbsent(displayName, name -> new ReentrantLock());
    }

    /** The deferred half of a create: the caller already has its answer, so a failure here is only logged. */
    private void confirmCreated(String displayName) {
        ReentrantLock lock = lock(displayName);
        lock.lock();
        try {
            converge(graph.findPoliciesByDisplayName(displayName), new ArrayList<>());
        } catch (RuntimeException e) {
            LOG.warnf("could not confirm that %s is the only policy with its name (the next apply will): %s",
                    displayName, e.getMessage());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Concurrent applies on several replicas can each create the policy. Every replica keeps the same survivor
     * (oldest createdDateTime, then lowest id) and deletes the others, so they converge on exactly one.
     */
    private Optional<CaPolicy> converge(List<CaPolicy> found, List<String> warnings) {
        Optional<CaPolicy> survivor = oldest(found);
        for (CaPolicy duplicate : found) {
            if (!duplicate.id().equals(survivor.get().id()) && graph.deletePolicy(duplicate.id())) {
                policyList.deleted(duplicate.id());
                LOG.warnf("deleted duplicate policy %s of %s", duplicate.id(), duplicate.displayName());
                warnings.add("Removed duplicate policy " + duplicate.id() + " created by a concurrent apply; kept "
                        + survivor.get().id() + ".");
            }
        }
        return survivor;
    }

    public Optional<AccessPolicy> get(ClusterRef cluster, PolicyKind kind) {
        return oldest(graph.findPoliciesByDisplayName(PolicyPlanner.displayName(kind, cluster)))
                .map(policy -> AccessPolicyViews.view(kind, cluster, policy));
    }

    /**
     * The id of the cluster's managed policy: from the recent policy list when it holds it (no Graph call in the
     * steady state), else looked up by display name, so a policy another replica just created is still found.
     */
    public Optional<String> policyId(ClusterRef cluster, PolicyKind kind) {
        String name = PolicyPlanner.displayName(kind, cluster);
        if (policyList.enabled()) {
            Optional<CaPolicy> listed = oldest(policyList.policies().stream()
                    .filter(policy -> name.equals(policy.displayName())).toList());
            if (listed.isPresent()) {
                return listed.map(CaPolicy::id);
            }
        }
        return oldest(graph.findPoliciesByDisplayName(name)).map(CaPolicy::id);
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
            policyList.deleted(policy.id());
            LOG.infof("deleted %s policy %s for %s", kind, policy.id(), cluster.armId());
        }
        return deleted;
    }

    private List<String> sharedGroupWarnings(PolicyKind kind, ClusterRef cluster, List<String> groups) {
        List<String> warnings = new ArrayList<>();
        for (CaPolicy policy : policyList.policies()) {
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
