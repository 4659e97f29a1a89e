package dev.aksca.error;

import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Refuses over-large bodies as problem+json. The HTTP layer's own limit (quarkus.http.limits.max-body-size) stays
 * as a higher hard cap, but it answers with an empty 413.
 */
public class BodySizeLimit {

    /** The largest valid apply body (300 object ids and a few fields) is far below this. */
    static final long MAX_BYTES = 64 * 1024;

    @ServerRequestFilter(preMatching = true)
    public void limit(ResteasyReactiveContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && parse(length) > MAX_BYTES) {
            throw new ApiProblem(ProblemType.PAYLOAD_TOO_LARGE, "the request body exceeds " + MAX_BYTES + " bytes");
        }
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
