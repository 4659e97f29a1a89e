package dev.aksca.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Results are reused within their TTL, but never more of them than the bound, however many distinct keys arrive. */
class SingleFlightTest {

    private final SingleFlight<Integer, Integer> flights = new SingleFlight<>(Duration.ofSeconds(30));
    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void aResultIsReusedWithinItsTtl() {
        flights.get(1, loads::incrementAndGet);
        flights.get(1, loads::incrementAndGet);

        assertEquals(1, loads.get());
    }

    @Test
    void overTheBoundOneOffResultsAreForgotten() throws InterruptedException {
        flights.get(0, loads::incrementAndGet);
        loadDistinct(SingleFlight.MAX_KEPT + 1);
        sweepOnNextLoad();
        int before = loads.get();

        flights.get(0, loads::incrementAndGet);

        assertEquals(before + 1, loads.get(), "key 0 was loaded again");
    }

    @Test
    void overTheBoundAResultAskedForAgainOutlivesTheSweep() throws InterruptedException {
        flights.get(0, loads::incrementAndGet);
        flights.get(0, loads::incrementAndGet);
        loadDistinct(SingleFlight.MAX_KEPT + 1);
        sweepOnNextLoad();
        int before = loads.get();

        flights.get(0, loads::incrementAndGet);

        assertEquals(before, loads.get(), "key 0 answered from the kept result");
    }

    private void loadDistinct(int count) {
        for (int key = 1; key <= count; key++) {
            flights.get(key, loads::incrementAndGet);
        }
    }

    /** Sweeps run on a load, at most once per interval. */
    private void sweepOnNextLoad() throws InterruptedException {
        TimeUnit.NANOSECONDS.sleep(SingleFlight.SWEEP_INTERVAL_NANOS + TimeUnit.MILLISECONDS.toNanos(10));
        flights.get(-1, loads::incrementAndGet);
    }
}
