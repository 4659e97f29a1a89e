package dev.aksca.policy;

import dev.aksca.graph.CaPolicy;
import dev.aksca.graph.GraphGateway;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * The tenant's policy list, reused for a short time for what only needs a recent view of it: the shared-group
 * warnings and the id of the policy a verification proves. Never for what decides a write (apply looks its policy
 * up afresh). This replica's own writes patch the list at once; other replicas' writes show within the TTL.
 * <p>
 * The first caller past half the TTL reads the list again while the others keep answering from the one they have,
 * so under steady traffic it never expires: when it did, every caller in flight waited for one Graph round trip.
 */
@ApplicationScoped
public class PolicyListCache {

    private static final Logger LOG = Logger.getLogger(PolicyListCache.class);

    private record Snapshot(List<CaPolicy> policies, long loadedAt) {
    }

    private final GraphGateway graph;
    private final long ttlNanos;
    private final long refreshAfterNanos;
    private final Object loading = new Object();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Snapshot snapshot;
    // Bumped by every own write: a list read that overlapped a write may miss it, so it is not kept.
    private long generation;

    public PolicyListCache(GraphGateway graph, PolicyListConfig config) {
        this.graph = graph;
        this.ttlNanos = config.cacheTtl().toNanos();
        this.refreshAfterNanos = ttlNanos / 2;
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
        long age = current == null ? Long.MAX_VALUE : System.nanoTime() - current.loadedAt();
        if (age < refreshAfterNanos) {
            return current.policies();
        }
        if (age < ttlNanos) {
            return refreshAhead(current);
        }
        // One list read at a time: concurrent callers of a stale cache wait for it instead of each reading.
        synchronized (loading) {
            current = snapshot;
            if (fresh(current)) {
                return current.policies();
            }
            return load();
        }
    }

    private List<CaPolicy> refreshAhead(Snapshot current) {
        if (!refreshing.compareAndSet(false, true)) {
            return current.policies();
        }
        try {
            synchronized (loading) {
                Snapshot latest = snapshot;
                if (System.nanoTime() - latest.loadedAt() < refreshAfterNanos) {
                    return latest.policies();
                }
                return load();
            }
        } catch (RuntimeException e) {
            // The list in hand is still within its TTL; a Graph failure here is the next caller's to retry.
            LOG.debugf("refreshing the policy list ahead of its expiry failed: %s", e.getMessage());
            return snapshot.policies();
        } finally {
            refreshing.set(false);
        }
    }

    private List<CaPolicy> load() {
        long before = generation();
        List<CaPolicy> loaded = List.copyOf(graph.listPolicies());
        synchronized (this) {
            if (generation == before) {
                snapshot = new Snapshot(loaded, System.nanoTime());
            }
        }
        return loaded;
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
