package dev.aksca.readiness;

import dev.aksca.graph.GraphGateway;
import dev.aksca.graph.ServicePrincipalInfo;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** Each app's service principal by lower-case appId, empty when the tenant has none; one Graph read for the rest. */
    Map<String, Optional<ServicePrincipalInfo>> byAppIds(List<String> appIds) {
        long now = System.nanoTime();
        Map<String, Optional<ServicePrincipalInfo>> result = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String appId : appIds) {
            String key = appId.toLowerCase(Locale.ROOT);
            Entry entry = entries.get(key);
            if (entry != null && now - entry.expiresAtNanos() < 0) {
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
