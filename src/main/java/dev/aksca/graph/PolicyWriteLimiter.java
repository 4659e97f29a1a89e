package dev.aksca.graph;

import dev.aksca.error.ProblemType;
import dev.aksca.error.UpstreamProblem;
import java.time.Duration;

/**
 * Spaces Conditional Access policy writes to Graph's limit (1 request per second per tenant, all apps together),
 * so that this replica does not earn 429s that Graph sends without Retry-After. Reads never wait here.
 */
final class PolicyWriteLimiter {

    private final long intervalNanos;
    private long nextSlot = System.nanoTime();

    PolicyWriteLimiter(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    /** Waits for this write's slot, or refuses at once when the slot is further away than {@code maxWait}. */
    void acquire(Duration maxWait) {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, nextSlot);
            wait = slot - now;
            if (wait > maxWait.toNanos()) {
                throw new UpstreamProblem(ProblemType.UPSTREAM_UNAVAILABLE, "too many Conditional Access policy writes"
                        + " queued (Graph allows 1 per second per tenant); retry later", 429, Duration.ofNanos(wait));
            }
            nextSlot = slot + intervalNanos;
        }
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a policy write slot", e);
            }
        }
    }
}
