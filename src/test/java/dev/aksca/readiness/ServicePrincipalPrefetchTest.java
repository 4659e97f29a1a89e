package dev.aksca.readiness;

import static dev.aksca.readiness.ReadinessSeeds.check;
import static dev.aksca.readiness.ReadinessSeeds.readiness;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ServicePrincipalPrefetchTest.Prefetch.class)
class ServicePrincipalPrefetchTest {

    /** A freshly started service with the lookup on, as in production. */
    public static class Prefetch implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("aksca.readiness.prefetch-service-principals", "true");
        }
    }

    @Inject
    ServicePrincipalCache cache;

    @Test
    void theLookupAfterTheFirstPassingProbeLeavesTheFirstReadinessCallThreeGraphReads() throws InterruptedException {
        assertFalse(ServicePrincipalCache.APP_IDS.stream().anyMatch(cache::holds),
                "no Graph SDK call during start-up: the lookup waits for the first readiness probe");
        given().when().get("/q/health/ready").then().statusCode(200);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!ServicePrincipalCache.APP_IDS.stream().allMatch(cache::holds)) {
            assertTrue(System.nanoTime() < deadline, "both apps' service principals remembered after the first probe");
            Thread.sleep(50);
        }
        Emulator.reset();

        JsonPath first = readiness(Emulator.token("aksca-reader"), "aks-demo");

        assertEquals("pass", check(first, "servicePrincipal.controlPlane").get("status"));
        assertEquals("pass", check(first, "servicePrincipal.nodeSsh").get("status"));
        List<Object> graphPaths = Emulator.requests().stream().map(r -> r.get("path"))
                .filter(path -> String.valueOf(path).startsWith("/v1.0/")).toList();
        assertEquals(3, graphPaths.size(), "licence, directory objects and the policy list only: " + graphPaths);
    }
}
