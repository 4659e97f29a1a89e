package dev.aksca.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Results are reused within their TTL, but never more of them than the bound, however many distinct keys arrive. */
class SingleFlightTest {

    @Test
    void aResultIsReusedWithinItsTtl() {
        SingleFlight<String, Integer> flights = new SingleFlight<>(Duration.ofSeconds(30));
        AtomicInteger loads = new AtomicInteger();

        flights.get("a", loads::incrementAndGet);
        flights.get("a", loads::incrementAndGet);

        assertEquals(1, loads.get());
    }

    @Test
    void overFiveHundredDistinctKeysWithinTheTtlForgetFinishedResults() throws InterruptedException {
        SingleFlight<Integer, Integer> flights = new SingleFlight<>(Duration.ofSeconds(30));
        AtomicInteger loads = new AtomicInteger();
        for (int key = 0; key <= 500; key++) {
            flights.get(key, loads::incrementAndGet);
        }
        // Sweeps run at most once a second, on a load.
        Thread.sleep(1_100);
        flights.get(-1, loads::incrementAndGet);
        int before = loads.get();

        flights.get(0, loads::incrementAndGet);

        assertEquals(before + 1, loads.get());
    }
}
