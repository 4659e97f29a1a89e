package dev.aksca.bench;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Distinct {@code since} instants, one millisecond apart, so that no uncached verification is answered by the
 * service's cache or single flight. They start a day back, more than the blocks wrk reserves in one benchmark run
 * (about 16 million, four and a half hours, at most) and less than the 30 days the service accepts.
 */
final class Sinces {

    private final Instant base = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private final AtomicLong used = new AtomicLong();

    String next() {
        return iso(base.plusMillis(used.incrementAndGet()));
    }

    /** The first of {@code count} unused instants, in epoch milliseconds, for a generator that makes its own. */
    long reserve(long count) {
        return base.toEpochMilli() + used.getAndAdd(count) + 1;
    }

    /** One since that no distinct request uses: the one a cache-hit verification asks for again and again. */
    String fixed() {
        return iso(base.minusMillis(1));
    }

    static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
