package dev.aksca.verification;

import static dev.aksca.support.Emulator.AKS_DEMO;
import static dev.aksca.support.Emulator.BREAKGLASS;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aksca.support.Emulator;
import dev.aksca.support.SignInLogs;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A burst of identical verifications stays within Graph's sign-in log limit (5 reads per 10 s per app). */
@QuarkusTest
class VerificationBurstTest {

    private static final int CALLERS = 200;

    @TestHTTPResource("/")
    URI service;

    @BeforeEach
    void resetTenant() {
        Emulator.reset();
        given().auth().oauth2(Emulator.token("aksca-admin")).contentType(ContentType.JSON)
                .body(Map.of("state", "enabled", "excludeUsers", List.of(BREAKGLASS)))
                .put(AKS_DEMO + "/accessPolicies/node-ssh").then().statusCode(201);
        SignInLogs.signIn("alice@contoso.com", "node-ssh", true, true);
    }

    @AfterEach
    void throttlingOff() {
        Emulator.throttling(false);
    }

    @Test
    void twoHundredConcurrentIdenticalVerificationsReadGraphAtMostFiveTimes() throws Exception {
        Emulator.throttling(true);
        String token = Emulator.token("aksca-reader");
        String since = URLEncoder.encode(SignInLogs.since(Instant.now().minusSeconds(3600)), StandardCharsets.UTF_8);
        URI uri = service.resolve(AKS_DEMO.substring(1) + "/accessPolicies/node-ssh/verification?user=alice%40contoso.com"
                + "&since=" + since);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                calls.add(() -> http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString()));
            }
            for (Future<HttpResponse<String>> answer : pool.invokeAll(calls)) {
                HttpResponse<String> response = answer.get();
                statuses.add(response.statusCode());
                assertTrue(response.body().contains("\"verdict\":\"verified\""), response.body());
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(CALLERS, statuses.size());
        assertTrue(statuses.stream().allMatch(status -> status == 200), "statuses: " + statuses);
        List<Map<String, Object>> reads = SignInLogs.reads();
        assertTrue(reads.size() >= 1 && reads.size() <= 5, "Graph sign-in reads: " + reads.size());
        assertTrue(reads.stream().allMatch(read -> Integer.valueOf(200).equals(read.get("status"))));
    }
}
