package dev.aksca.policy;

import dev.aksca.graph.CaPolicy;
import dev.aksca.graph.GraphGateway;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The tenant's policy list, reused for a short time for what only needs a recent view of it: the shared-group
 * warnings and the id of the policy a verification proves. Never for what decides a write (apply looks its policy
 * up afresh). This replica's own writes patch the list at once; other replicas' writes show within the TTL.
 */
@ApplicationScoped
public class PolicyListCache {

    private record Snapshot(List<CaPolicy> policies, long loadedAt) {
    }

    private final GraphGateway graph;
    private final long ttlNanos;
    private final Object loading = new Object();
    private volatile Snapshot snapshot;
    // Bumped by every own write: a list read that overlapped a write may miss it, so it is not kept.
    private long generation;

    public PolicyListCache(GraphGateway graph, PolicyListConfig config) {
        this.graph = graph;
        this.ttlNanos = config.cacheTtl().toNanos();
    }

    boolean enabled() {
        return ttlNanos > 0;
    }

    /** Every policy of the tenant, at most the TTL old. */
    List<CaPolicy> policies() {
        if (!enabled()) {
            return graph.listPolicies();
        }
        Snapshot current = snapshot;
        if (fresh(current)) {
            return current.policies();
        }
        // One list read at a time: concurrent callers of a stale cache wait for it instead of each reading.
        synchronized (loading) {
            current = snapshot;
            if (fresh(current)) {
                return current.policies();
            }
            long before = generation();
            List<CaPolicy> loaded = List.copyOf(graph.listPolicies());
            synchronized (this) {
                if (generation == before) {
                    snapshot = new Snapshot(loaded, System.nanoTime());
                }
            }
            return loaded;
        }
    }

    /** A policy this replica created or updated. */
    synchronized void written(CaPolicy policy) {
        generation++;
        Snapshot current = snapshot;
        if (current != null) {
            List<CaPolicy> patched = new ArrayList<>(current.policies().size() + 1);
            current.policies().stream().filter(p -> !p.id().equals(policy.id())).forEach(patched::add);
            patched.add(policy);
            snapshot = new Snapshot(List.copyOf(patched), current.loadedAt());
        }
    }

    /** A policy this replica deleted. */
    synchronized void deleted(String policyId) {
        generation++;
        Snapshot current = snapshot;
        if (current != null) {
            snapshot = new Snapshot(current.policies().stream().filter(p -> !p.id().equals(policyId)).toList(),
                    current.loadedAt());
        }
    }

    private synchronized long generation() {
        return generation;
    }

    private boolean fresh(Snapshot current) {
        return current != null && System.nanoTime() - current.loadedAt() < ttlNanos;
    }
}
