package dev.aksca.readiness;

import dev.aksca.graph.GraphGateway;
import dev.aksca.graph.ServicePrincipalInfo;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers service principals that exist and are enabled (contract section 6: only positive lookups may be cached).
 * A missing or disabled one is looked up again on every call, so its remediation shows at once.
 */
@ApplicationScoped
class ServicePrincipalCache {

    private record Entry(ServicePrincipalInfo servicePrincipal, long expiresAtNanos) {
    }

    private final GraphGateway graph;
    private final long ttlNanos;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    ServicePrincipalCache(GraphGateway graph, ReadinessConfig config) {
        this.graph = graph;
        this.ttlNanos = config.servicePrincipalCacheTtl().toNanos();
    }

    Optional<ServicePrincipalInfo> byAppId(String appId) {
        String key = appId.toLowerCase(Locale.ROOT);
        Entry entry = entries.get(key);
        long now = System.nanoTime();
        if (entry != null && now - entry.expiresAtNanos() < 0) {
            return Optional.of(entry.servicePrincipal());
        }
        Optional<ServicePrincipalInfo> found = graph.servicePrincipalByAppId(appId);
        if (found.isPresent() && found.get().accountEnabled() && ttlNanos > 0) {
            entries.put(key, new Entry(found.get(), now + ttlNanos));
        } else {
            entries.remove(key);
        }
        return found;
    }
}
