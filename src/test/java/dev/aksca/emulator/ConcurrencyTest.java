package dev.aksca.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonArray;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConcurrencyTest {

    private static final int BURST = 100;
    private static final int DELAY_MS = 500;

    @BeforeEach
    void reset() {
        Emulator.reset();
    }

    /** Delays are timers, not sleeping threads: a burst larger than any worker pool overlaps instead of queueing. */
    @Test
    void delayedBurstIsServedConcurrently() {
        Emulator.anonymous().contentType(ContentType.JSON)
                .body("{\"pathRegex\":\"/groups/\",\"delayMs\":" + DELAY_MS + ",\"count\":-1}")
                .post("/emulator/faults").then().statusCode(201);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(Emulator.baseUrl()
                        + "/v1.0/groups/a0000000-0000-0000-0000-000000000002"))
                .header("authorization", "Bearer " + Emulator.graphToken())
                .timeout(Duration.ofSeconds(30))
                .build();
        long start = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            calls.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        calls.forEach(c -> assertEquals(200, c.join().statusCode()));
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(elapsedMs >= DELAY_MS, "elapsed " + elapsedMs);
        assertTrue(elapsedMs < 10L * DELAY_MS, "a burst of " + BURST + " took " + elapsedMs + " ms");
        assertEquals(BURST, new JsonArray(Emulator.anonymous().get("/emulator/requests")
                .then().extract().asString()).size());
    }
}
