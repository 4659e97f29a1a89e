package dev.aksca.error;

import dev.aksca.azure.TokenAcquisitionException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/** Contract section 7: how a failed Graph or ARM call is answered (502, 503 + Retry-After, 504). */
public final class UpstreamFailures {

    private static final long DEFAULT_RETRY_AFTER_SECONDS = 5;

    private UpstreamFailures() {
    }

    /** A call that never got an HTTP answer: timeout, refused connection, no token. */
    public static ApiProblem transport(String upstream, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiProblem problem) {
                return problem;
            }
            if (cause instanceof TokenAcquisitionException token) {
                return ApiProblem.unavailable("the service's identity could not get a " + upstream + " token: "
                        + token.getMessage(), DEFAULT_RETRY_AFTER_SECONDS);
            }
            if (cause instanceof SocketTimeoutException || cause instanceof TimeoutException
                    || cause.getClass().getSimpleName().contains("Timeout")) {
                return new ApiProblem(ProblemType.UPSTREAM_TIMEOUT, upstream + " did not answer in time");
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return ApiProblem.unavailable(upstream + " is unreachable", DEFAULT_RETRY_AFTER_SECONDS);
            }
        }
        return new ApiProblem(ProblemType.UPSTREAM_ERROR, upstream + " call failed: " + failure.getClass().getSimpleName());
    }

    /** An HTTP answer that is neither success nor one the caller's code handles itself. */
    public static ApiProblem status(String upstream, int status, String code, String retryAfter) {
        if (status == 429 || status == 503) {
            return ApiProblem.unavailable(upstream + " is " + (status == 429 ? "throttling" : "unavailable")
                    + " (" + status + " " + code + "); retry later", parseSeconds(retryAfter));
        }
        if (status == 504) {
            return new ApiProblem(ProblemType.UPSTREAM_TIMEOUT, upstream + " timed out (" + code + ")");
        }
        return new ApiProblem(ProblemType.UPSTREAM_ERROR, upstream + " answered " + status + " (" + code + ")");
    }

    private static long parseSeconds(String retryAfter) {
        if (retryAfter == null) {
            return DEFAULT_RETRY_AFTER_SECONDS;
        }
        try {
            return Long.parseLong(retryAfter.trim());
        } catch (NumberFormatException httpDate) {
            return DEFAULT_RETRY_AFTER_SECONDS;
        }
    }
}
