package dev.aksca.error;

import dev.aksca.azure.TokenAcquisitionException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/** Contract section 7: how a failed Graph or ARM call is answered (502, 503 + Retry-After, 504). */
public final class UpstreamFailures {

    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);

    private UpstreamFailures() {
    }

    /** A call that never got an HTTP answer: timeout, refused connection, no token. */
    public static ApiProblem transport(String upstream, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiProblem problem) {
                return problem;
            }
            if (cause instanceof TokenAcquisitionException token) {
                return new UpstreamProblem(ProblemType.UPSTREAM_UNAVAILABLE, "the service's identity could not get a "
                        + upstream + " token: " + token.getMessage(), 0, DEFAULT_RETRY_AFTER);
            }
            if (cause instanceof SocketTimeoutException || cause instanceof TimeoutException
                    || cause instanceof InterruptedIOException || cause.getClass().getSimpleName().contains("Timeout")) {
                return new UpstreamProblem(ProblemType.UPSTREAM_TIMEOUT, upstream + " did not answer in time", 0, null);
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return new UpstreamProblem(ProblemType.UPSTREAM_UNAVAILABLE, upstream + " is unreachable", 0,
                        DEFAULT_RETRY_AFTER);
            }
        }
        return new ApiProblem(ProblemType.UPSTREAM_ERROR, upstream + " call failed: " + failure.getClass().getSimpleName());
    }

    /** An HTTP answer that is neither success nor one the caller's code handles itself. */
    public static ApiProblem status(String upstream, int status, String code, String retryAfter) {
        if (status == 429 || status == 503) {
            return new UpstreamProblem(ProblemType.UPSTREAM_UNAVAILABLE, upstream + " is "
                    + (status == 429 ? "throttling" : "unavailable") + " (" + status + " " + code + "); retry later",
                    status, parseRetryAfter(retryAfter));
        }
        if (status == 504) {
            return new UpstreamProblem(ProblemType.UPSTREAM_TIMEOUT, upstream + " timed out (" + code + ")", status, null);
        }
        if (status >= 500) {
            return new UpstreamProblem(ProblemType.UPSTREAM_ERROR, upstream + " answered " + status + " (" + code + ")",
                    status, null);
        }
        return new ApiProblem(ProblemType.UPSTREAM_ERROR, upstream + " answered " + status + " (" + code + ")");
    }

    /** Null when the upstream gave none (Graph's Conditional Access 429s never do). */
    private static Duration parseRetryAfter(String retryAfter) {
        if (retryAfter == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(retryAfter.trim()));
        } catch (NumberFormatException httpDate) {
            return DEFAULT_RETRY_AFTER;
        }
    }
}
