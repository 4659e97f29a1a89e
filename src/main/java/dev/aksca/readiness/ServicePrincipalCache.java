package dev.aksca.readiness;

import dev.aksca.graph.GraphGateway;
import dev.aksca.graph.ServicePrincipalInfo;
import dev.aksca.policy.PolicyKind;
import dev.aksca.ops.UpstreamsReachable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Remembers service principals that exist and are enabled (contract section 6: only positive lookups may be cached).
 * A missing or disabled one is looked up again on every call, so its remediation shows at once.
 */
@ApplicationScoped
class ServicePrincipalCache {

    /** The apps Conditional Access targets: the AKS server app and Linux VM Sign-In. */
    static final List<String> APP_IDS = List.of(PolicyKind.CONTROL_PLANE.appId(), PolicyKind.NODE_SSH.appId());
    private static final Logger LOG = Logger.getLogger(ServicePrincipalCache.class);

    private record Entry(ServicePrincipalInfo servicePrincipal, long expiresAtNanos) {
    }

    private final GraphGateway graph;
    private final long ttlNanos;
    private final boolean prefetch;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    ServicePrincipalCache(GraphGateway graph, ReadinessConfig config) {
        this.graph = graph;
        this.ttlNanos = config.servicePrincipalCacheTtl().toNanos();
        this.prefetch = config.prefetchServicePrincipals();
    }

    /**
     * Once the replica's first readiness probe finds Graph and ARM reachable, off any request: at start-up this read
     * (the Graph SDK's first use) would compete with the start-up for the CPU and the heap, and delay readiness.
     */
    void prefetch(@ObservesAsync UpstreamsReachable event) {
        if (!prefetch || ttlNanos <= 0) {
            return;
        }
        try {
            byAppIds(APP_IDS);
        } catch (RuntimeException e) {
            LOG.infof("service principals not looked up after the first readiness probe (the first readiness call"
                    + " will): %s", e.getClass().getSimpleName());
        }
    }

    /** Whether the app's service principal is remembered now. */
    boolean holds(String appId) {
        return remembered(appId.toLowerCase(Locale.ROOT), System.nanoTime()) != null;
    }

    private Entry remembered(String key, long now) {
        Entry entry = entries.get(key);
        return entry != null && now - entry.expiresAtNanos() < 0 ? entry : null;
    }

    /** Each app's service principal by lower-case appId, empty when the tenant has none; one Graph read for the rest. */
    Map<String, Optional<ServicePrincipalInfo>> byAppIds(List<String> appIds) {
        long now = System.nanoTime();
        Map<String, Optional<ServicePrincipalInfo>> result = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String appId : appIds) {
            String key = appId.toLowerCase(Locale.ROOT);
            Entry entry = remembered(key, now);
            if (entry != null) {
                result.put(key, Optional.of(entry.servicePrincipal()));
            } else {
                unknown.add(appId);
            }
        }
        if (unknown.isEmpty()) {
            return result;
        }
        Map<String, ServicePrincipalInfo> found = graph.servicePrincipalsByAppIds(unknown);
        for (String appId : unknown) {
            String key = appId.toLowerCase(Locale.ROOT);
            ServicePrincipalInfo servicePrincipal = found.get(key);
            if (servicePrincipal != null && servicePrincipal.accountEnabled() && ttlNanos > 0) {
                entries.put(key, new Entry(servicePrincipal, now + ttlNanos));
            } else {
                entries.remove(key);
            }
            result.put(key, Optional.ofNullable(servicePrincipal));
        }
        return result;
    }
}
