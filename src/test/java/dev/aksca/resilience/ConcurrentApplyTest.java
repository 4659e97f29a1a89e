package dev.aksca.resilience;

import static dev.aksca.support.Emulator.AKS_DEMO;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aksca.azure.AzureConfig;
import dev.aksca.azure.Credentials;
import dev.aksca.cluster.ArmGateway;
import dev.aksca.cluster.ClusterRef;
import dev.aksca.graph.GraphSdkGateway;
import dev.aksca.ops.UpstreamMetrics;
import dev.aksca.policy.AccessPolicyService;
import dev.aksca.policy.BreakGlassConfig;
import dev.aksca.policy.PolicyConfig;
import dev.aksca.policy.PolicyKind;
import dev.aksca.policy.PolicyListCache;
import dev.aksca.support.DeferredConfirmationProfile;
import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two service replicas (this one over HTTP, a second with its own Graph client and locks) apply the same policy
 * at once against one tenant with Graph's write limit on: they must end with exactly one policy. As in
 * production, a create answers after the lookup and the POST, and its confirmation read follows off the request.
 */
@QuarkusTest
@TestProfile(DeferredConfirmationProfile.class)
class ConcurrentApplyTest {

    private static final PolicyConfig CONFIRM_AFTER = () -> DeferredConfirmationProfile.CONFIRM_AFTER;

    @Inject
    AzureConfig config;

    @Inject
    ArmGateway arm;

    @Inject
    BreakGlassConfig breakGlass;

    @Inject
    UpstreamMetrics metrics;

    @BeforeEach
    void throttledTenant() {
        Emulator.reset();
        Emulator.throttling(true);
    }

    @AfterEach
    void resetTenant() {
        Emulator.reset();
    }

    @Test
    void fiftyConcurrentIdenticalAppliesFromTwoReplicasEndWithExactlyOnePolicy() throws Exception {
        GraphSdkGateway secondGraph = new GraphSdkGateway(config, new Credentials(config), metrics);
        AccessPolicyService secondReplica = new AccessPolicyService(secondGraph, arm, breakGlass, config,
                new PolicyListCache(secondGraph, () -> Duration.ofSeconds(30)), CONFIRM_AFTER);
        ClusterRef cluster = ClusterRef.of("00000000-0000-0000-0000-000000000001", "rg-demo", "aks-demo");
        String admin = Emulator.token("aksca-admin");
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> callers = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            callers.add(() -> {
                start.await();
                return given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}")
                        .put(AKS_DEMO + "/accessPolicies/control-plane").statusCode();
            });
            callers.add(() -> {
                start.await();
                return secondReplica.apply(cluster, PolicyKind.CONTROL_PLANE, null, false).created() ? 201 : 200;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(callers.size());
        try {
            List<Future<Integer>> results = new ArrayList<>();
            callers.forEach(caller -> results.add(pool.submit(caller)));
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertTrue(statuses.stream().allMatch(status -> status == 200 || status == 201), "statuses: " + statuses);
            assertEquals(50, statuses.size());
        } finally {
            pool.shutdownNow();
        }
        awaitPolicies(1);
        given().auth().oauth2(admin).get("/api/v1/accessPolicies").then().statusCode(200).body("value", hasSize(1));
        given().auth().oauth2(admin).get(AKS_DEMO + "/accessPolicies/control-plane").then().statusCode(200);
    }

    @Test
    void aCreateAnswersAfterTwoGraphCallsAndItsConfirmationRemovesALaterDuplicate() throws Exception {
        Emulator.throttling(false);
        String admin = Emulator.token("aksca-admin");
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}")
                .put(AKS_DEMO + "/accessPolicies/node-ssh").then().statusCode(201).extract().path("id");
        List<String> answered = Emulator.requests().stream()
                .filter(r -> Emulator.POLICIES_PATH.equals(r.get("path")))
                .map(r -> r.get("method") + (String.valueOf(r.get("query")).contains("displayName eq") ? " by name" : ""))
                // The unfiltered list feeds the shared-group warnings; production caches it for 30 s.
                .filter(call -> !call.equals("GET"))
                .toList();
        assertEquals(List.of("GET by name", "POST"), answered);
        // A second replica's create of the same policy, landing just after this one.
        Object body = Emulator.requests("POST", Emulator.POLICIES_PATH).get(0).get("body");
        Emulator.graph().body(body).post(Emulator.POLICIES_PATH).then().statusCode(201);

        awaitPolicies(1);
        given().auth().oauth2(admin).get(AKS_DEMO + "/accessPolicies/node-ssh").then().statusCode(200)
                .body("id", equalTo(id));
        assertEquals(1, Emulator.requests("DELETE", Emulator.POLICIES_PATH + "/").size(),
                "the confirmation deletes the later duplicate");
    }

    private static void awaitPolicies(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int found;
        do {
            Thread.sleep(100);
            found = Emulator.graph().get(Emulator.POLICIES_PATH).then().statusCode(200)
                    .extract().<List<Map<String, Object>>>path("value").size();
        } while (found != expected && System.nanoTime() < deadline);
        assertEquals(expected, found, "policies in the tenant");
    }
}
