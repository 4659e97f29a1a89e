package dev.aksca.emulator;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Graph's limit on Conditional Access policy writes: one request per second for the whole tenant (all apps
 * together). Graph answers the excess with 429 and, for this API, no {@code Retry-After}.
 */
@ApplicationScoped
public class GraphThrottle {

    private static final Pattern CA_POLICIES =
            Pattern.compile("(?i)^/v1\\.0/identity/conditionalAccess/policies(/.*)?$");
    private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(1);

    private boolean enabled;
    private long lastWrite;
    private boolean anyWrite;

    synchronized void reset(boolean enabled) {
        this.enabled = enabled;
        anyWrite = false;
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
}
