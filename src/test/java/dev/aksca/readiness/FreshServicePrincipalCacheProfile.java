package dev.aksca.readiness;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Its own profile gives the one test using it a freshly started service, so no earlier test has cached the
 * service principals it removes. The cache stays as in production (10 minutes).
 */
public class FreshServicePrincipalCacheProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("aksca.readiness.service-principal-cache-ttl", "10m");
    }
}
