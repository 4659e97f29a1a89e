package dev.aksca.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Short Graph timeouts and deadlines, and Graph's real 1 write/s pacing, for fault and concurrency tests. */
public class ResilienceProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "aksca.graph.timeout", "1s",
                // Three failed creates are retried only one write a second (the pacing below), so the fourth is sent
                // at about 3 s: a 3 s deadline gave up before it whenever the last backoff drew more than ~0.9 s.
                "aksca.graph.retry-deadline", "5s",
                "aksca.arm.retry-deadline", "3s",
                "aksca.graph.policy-write-interval", "1s");
    }
}
