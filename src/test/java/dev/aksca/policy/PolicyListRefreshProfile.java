package dev.aksca.policy;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A recent policy list short-lived enough for a test to see it refreshed and outlive its first load. */
public class PolicyListRefreshProfile implements QuarkusTestProfile {

    static final long TTL_MILLIS = 4_000;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("aksca.policy-list.cache-ttl", TTL_MILLIS + "ms");
    }
}
