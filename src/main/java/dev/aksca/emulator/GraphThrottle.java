package dev.aksca.emulator;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Graph's limit on Conditional Access policy writes: one request per second for the whole tenant (all apps
 * together). Graph answers the excess with 429 and, for this API, no {@code Retry-After}. Sign-in log reads are
 * limited to five per ten seconds per app, and their 429 does carry a {@code Retry-After}.
 */
@ApplicationScoped
public class GraphThrottle {

    private static final Pattern CA_POLICIES =
            Pattern.compile("(?i)^/v1\\.0/identity/conditionalAccess/policies(/.*)?$");
    private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(1);
    static final int SIGN_IN_READS = 5;
    private static final long SIGN_IN_WINDOW_NANOS = TimeUnit.SECONDS.toNanos(10);

    private boolean enabled;
    private long lastWrite;
    private boolean anyWrite;
    private final Map<String, Deque<Long>> signInReads = new HashMap<>();

    synchronized void reset(boolean enabled) {
        this.enabled = enabled;
        anyWrite = false;
        signInReads.clear();
    }

    synchronized void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    synchronized boolean enabled() {
        return enabled;
    }

    static boolean isCaPolicyWrite(String method, String path) {
        String m = method.toUpperCase(Locale.ROOT);
        return (m.equals("POST") || m.equals("PATCH") || m.equals("DELETE") || m.equals("PUT"))
                && CA_POLICIES.matcher(path).matches();
    }

    /** True when the write may proceed; a refused write does not count against the window. */
    synchronized boolean tryWrite() {
        if (!enabled) {
            return true;
        }
        long now = System.nanoTime();
        if (anyWrite && now - lastWrite < WINDOW_NANOS) {
            return false;
        }
        anyWrite = true;
        lastWrite = now;
        return true;
    }

    /**
     * Admits a sign-in log read of {@code app} (the token's client id), or says after how many seconds the oldest
     * read of its window expires. A refused read does not count against the window.
     */
    synchronized OptionalLong tryReadSignIns(String app) {
        if (!enabled) {
            return OptionalLong.empty();
        }
        long now = System.nanoTime();
        Deque<Long> reads = signInReads.computeIfAbsent(app, a -> new ArrayDeque<>());
        while (!reads.isEmpty() && now - reads.peekFirst() >= SIGN_IN_WINDOW_NANOS) {
            reads.removeFirst();
        }
        if (reads.size() >= SIGN_IN_READS) {
            long waitNanos = reads.peekFirst() + SIGN_IN_WINDOW_NANOS - now;
            long second = TimeUnit.SECONDS.toNanos(1);
            return OptionalLong.of(Math.max(1, (waitNanos + second - 1) / second));
        }
        reads.addLast(now);
        return OptionalLong.empty();
    }
}
