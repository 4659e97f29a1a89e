package dev.aksca.azure;

import dev.aksca.error.UpstreamProblem;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Retries calls that failed for a passing reason (throttled, unavailable, 5xx) with exponential backoff and full
 * jitter, honouring Retry-After, until a deadline. Timeouts are not retried: the caller has waited long enough.
 */
public final class Retries {

    private static final long BASE_MILLIS = 250;
    private static final long CAP_MILLIS = 8_000;

    private Retries() {
    }

    /** Whether one failed attempt may be sent again. */
    @FunctionalInterface
    public interface Policy {
        boolean retry(UpstreamProblem problem);

        /** Reads, PATCH and DELETE: anything but a timeout. */
        Policy IDEMPOTENT = problem -> !problem.timedOut();
        /** A create: only when the upstream certainly did nothing. */
        Policy THROTTLED_ONLY = UpstreamProblem::throttled;
    }

    public static <T> T call(Duration deadline, Policy policy, Supplier<T> attempt) {
        long end = System.nanoTime() + deadline.toNanos();
        for (int n = 0; ; n++) {
            try {
                return attempt.get();
            } catch (UpstreamProblem problem) {
                if (!policy.retry(problem)) {
                    throw problem;
                }
                long wait = backoffMillis(n, problem.retryAfter());
                if (System.nanoTime() + wait * 1_000_000 - end > 0) {
                    throw problem;
                }
                sleep(wait);
            }
        }
    }

    static long backoffMillis(int attempt, Duration retryAfter) {
        if (retryAfter != null) {
            return retryAfter.toMillis() + ThreadLocalRandom.current().nextLong(100);
        }
        long ceiling = Math.min(CAP_MILLIS, BASE_MILLIS << Math.min(attempt, 10));
        return ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off", e);
        }
    }
}
