package dev.aksca.verification;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Concurrent callers with the same key share one load, and its result is reused for a short time. Failures are
 * shared by the callers already waiting but never cached. Keeps a burst of identical verifications within
 * Graph's sign-in log limit (5 requests per 10 s).
 */
final class SingleFlight<K, V> {

    // Callers repeat few distinct verifications within the TTL; the bound only matters under many distinct ones. Then
    // a kept result must die young: one that outlives two young collections (0.7 s at 1,200 verifications a second
    // with the 50 ms Graph delay, 0.16 s at 5,000 without, in a 48 MiB heap) is promoted, and 500 results kept for up
    // to a second filled the old generation into a 50 ms full collection every 12 s. 64 results swept every 10 ms
    // live about 20 ms at 5,000 a second.
    static final int MAX_KEPT = 64;
    // A sweep walks the whole map: at most one per interval, or distinct keys would make every load O(n).
    static final long SWEEP_INTERVAL_NANOS = 10_000_000L;

    private final Map<K, Flight<V>> flights = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final AtomicLong nextSweep = new AtomicLong(System.nanoTime());

    SingleFlight(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    V get(K key, Supplier<V> loader) {
        while (true) {
            long now = System.nanoTime();
            Flight<V> current = flights.get(key);
            if (current != null && !current.expired(now)) {
                current.markUsed();
                return current.await();
            }
            Flight<V> mine = new Flight<>();
            boolean won = current == null ? flights.putIfAbsent(key, mine) == null : flights.replace(key, current, mine);
            if (!won) {
                continue;
            }
            sweep(now);
            try {
                V value = loader.get();
                mine.complete(value, System.nanoTime() + ttlNanos);
                return value;
            } catch (RuntimeException e) {
                flights.remove(key, mine);
                mine.future.completeExceptionally(e);
                throw e;
            }
        }
    }

    /**
     * Over the bound, forgets expired results and finished ones nobody asked for since the last sweep (a second
     * chance), so a result callers keep repeating stays while one-off verifications go.
     */
    private void sweep(long now) {
        long due = nextSweep.get();
        if (flights.size() <= MAX_KEPT || now - due < 0
                || !nextSweep.compareAndSet(due, now + SWEEP_INTERVAL_NANOS)) {
            return;
        }
        flights.values().removeIf(flight -> flight.expired(now) || flight.future.isDone() && !flight.takeUse());
    }

    private static final class Flight<V> {
        final CompletableFuture<V> future = new CompletableFuture<>();
        volatile long expiresAt;
        volatile boolean used;

        void complete(V value, long expiresAtNanos) {
            expiresAt = expiresAtNanos;
            future.complete(value);
        }

        void markUsed() {
            // Read first: a write on every hit would bounce the flight's cache line between cores.
            if (!used) {
                used = true;
            }
        }

        boolean takeUse() {
            boolean wasUsed = used;
            used = false;
            return wasUsed;
        }

        boolean expired(long now) {
            return future.isDone() && now - expiresAt > 0;
        }

        V await() {
            try {
                return future.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }
}
