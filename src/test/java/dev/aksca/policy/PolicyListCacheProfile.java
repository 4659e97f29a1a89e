package dev.aksca.policy;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The recent policy list as in production (30 s), which the other tests switch off. */
public class PolicyListCacheProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("aksca.policy-list.cache-ttl", "30s");
    }
}
