package dev.aksca.ops;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Readiness probes cached as in production (the test profile probes afresh on every call). */
public class CachedReadinessProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("aksca.health.cache-for", "1h");
    }
}
