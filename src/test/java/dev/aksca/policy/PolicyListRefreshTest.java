package dev.aksca.policy;

import static dev.aksca.support.Emulator.POLICIES_PATH;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Verifications under steady traffic never wait for the recent policy list: the first caller past half its TTL
 * reads it again while the others answer from the one they have, so it does not expire under them.
 */
@QuarkusTest
@TestProfile(PolicyListRefreshProfile.class)
class PolicyListRefreshTest {

    private static final String CLUSTER = "/api/v1/subscriptions/00000000-0000-0000-0000-000000000001"
            + "/resourceGroups/rg-demo/managedClusters/aks-demo";
    private static final long LIST_READ_DELAY_MILLIS = 2_000;

    @Test
    void theListIsRefreshedAheadOfItsExpiryWithoutHoldingOtherVerifications() throws Exception {
        Emulator.reset();
        String admin = Emulator.token("aksca-admin");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}").put(CLUSTER + "/accessPolicies/node-ssh")
                .then().statusCode(201);
        long loaded = System.nanoTime();
        assertEquals(1, listReads().size(), "the apply's shared-group warnings loaded the list");
        sleepUntil(loaded, PolicyListRefreshProfile.TTL_MILLIS / 2 + 300);
        given().delete(Emulator.baseUrl() + "/emulator/requests").then().statusCode(204);
        given().contentType(ContentType.JSON)
                .body(Map.of("pathRegex", "conditionalAccess/policies$", "method", "GET", "count", 1,
                        "delayMs", LIST_READ_DELAY_MILLIS))
                .post(Emulator.baseUrl() + "/emulator/faults").then().statusCode(201);

        CompletableFuture<Integer> refreshing = CompletableFuture.supplyAsync(() -> verify(admin));
        awaitListRead();
        int other = verify(admin);

        assertEquals(200, other);
        assertFalse(refreshing.isDone(), "the other verification did not wait for the list read in flight");
        assertEquals(200, refreshing.get(30, TimeUnit.SECONDS));
        assertTrue(System.nanoTime() - loaded > TimeUnit.MILLISECONDS.toNanos(PolicyListRefreshProfile.TTL_MILLIS),
                "the first load has expired by now");
        given().delete(Emulator.baseUrl() + "/emulator/requests").then().statusCode(204);

        assertEquals(200, verify(admin));
        assertEquals(List.of(), listReads(), "the refreshed list answered past the first load's TTL");
    }

    private static int verify(String token) {
        return given().auth().oauth2(token)
                .queryParam("user", "alice@contoso.com")
                .queryParam("since", Instant.now().minus(1, ChronoUnit.HOURS).minusMillis(System.nanoTime() % 1000).toString())
                .get(CLUSTER + "/accessPolicies/node-ssh/verification")
                .then().extract().statusCode();
    }

    /** Reads of the whole list (the apply's lookups by display name carry a filter). */
    private static List<Map<String, Object>> listReads() {
        return Emulator.requests("GET", POLICIES_PATH).stream()
                .filter(r -> !String.valueOf(r.get("query")).contains("$filter")).toList();
    }

    private static void awaitListRead() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (listReads().isEmpty()) {
            assertTrue(System.nanoTime() < deadline, "a verification past half the TTL read the list again");
            Thread.sleep(20);
        }
    }

    private static void sleepUntil(long startNanos, long afterMillis) throws InterruptedException {
        long left = startNanos + TimeUnit.MILLISECONDS.toNanos(afterMillis) - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }
}
