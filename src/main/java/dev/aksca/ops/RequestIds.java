package dev.aksca.ops;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The id of the API request being served: the caller's {@code X-Request-Id} when it is sane, else a new UUID. It
 * is in the log MDC, answered in the response and sent upstream (Graph {@code client-request-id}, ARM
 * {@code x-ms-client-request-id}), so one id finds a call in the service's logs and in Microsoft's.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    public static final String GRAPH_HEADER = "client-request-id";
    public static final String ARM_HEADER = "x-ms-client-request-id";

    // Short and free of spaces, quotes and control characters: it goes into logs and upstream headers verbatim.
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:+/=-]{0,127}");

    private RequestIds() {
    }

    static String accept(String fromCaller) {
        return fromCaller != null && SANE.matcher(fromCaller).matches() ? fromCaller : fresh();
    }

    /**
     * A random (version 4) UUID, as {@code UUID.randomUUID()} makes, from the thread's own generator instead of the
     * JVM's shared {@code SecureRandom}, which every request on the event loop queued for: an id correlates logs and
     * guards nothing.
     */
    static String fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long version4 = random.nextLong() & ~0xF000L | 0x4000L;
        long ietfVariant = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(version4, ietfVariant).toString();
    }

    /** The current request's id, or null outside an API request (health probes, start-up). */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
