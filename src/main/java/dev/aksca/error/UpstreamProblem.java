package dev.aksca.error;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Graph or ARM was throttling, unavailable or too slow: a passing condition, unlike a denied permission or a
 * rejected request. {@code upstreamStatus} is 0 when no HTTP answer arrived. Counted by the circuit breakers.
 */
public class UpstreamProblem extends ApiProblem {

    private final int upstreamStatus;
    private final Duration retryAfter;

    public UpstreamProblem(ProblemType type, String detail, int upstreamStatus, Duration retryAfter) {
        super(type, detail, List.of(), headers(type, retryAfter));
        this.upstreamStatus = upstreamStatus;
        this.retryAfter = retryAfter;
    }

    private static Map<String, String> headers(ProblemType type, Duration retryAfter) {
        Duration wait = retryAfter != null ? retryAfter
                : type == ProblemType.UPSTREAM_UNAVAILABLE ? UpstreamFailures.DEFAULT_RETRY_AFTER : null;
        return wait == null ? Map.of() : Map.of("Retry-After", String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000)));
    }

    public int upstreamStatus() {
        return upstreamStatus;
    }

    /** The upstream's own Retry-After, or our estimate; null for timeouts. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Graph and ARM reject a throttled request before doing anything: even a create may be sent again. */
    public boolean throttled() {
        return upstreamStatus == 429;
    }

    public boolean timedOut() {
        return type() == ProblemType.UPSTREAM_TIMEOUT;
    }
}
