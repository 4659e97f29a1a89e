package dev.aksca.emulator;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Injected latency and failures for Graph/ARM calls, consumed by matching calls in the order they were added. */
@ApplicationScoped
public class Faults {

    /**
     * One rule. {@code status} null means delay only; {@code remaining} -1 means until removed.
     *
     * @param pathRegex searched (not fully matched) in the request path, so {@code conditionalAccess/policies} works
     */
    record Fault(long id, Pattern pathRegex, String method, Integer status, long delayMs, Integer retryAfterSeconds,
            int remaining) {

        Fault withRemaining(int left) {
            return new Fault(id, pathRegex, method, status, delayMs, retryAfterSeconds, left);
        }

        JsonObject toJson() {
            return new JsonObject().put("id", id).put("pathRegex", pathRegex.pattern()).put("method", method)
                    .put("status", status).put("count", remaining).put("delayMs", delayMs)
                    .put("retryAfterSeconds", retryAfterSeconds);
        }
    }

    private final List<Fault> faults = new ArrayList<>();
    private long nextId = 1;

    synchronized Fault add(Pattern pathRegex, String method, Integer status, long delayMs, Integer retryAfterSeconds,
            int count) {
        Fault fault = new Fault(nextId++, pathRegex, method == null ? null : method.toUpperCase(Locale.ROOT), status,
                delayMs, retryAfterSeconds, count);
        faults.add(fault);
        return fault;
    }

    /** The first rule matching this call, counting the call against it. */
    synchronized Optional<Fault> take(String method, String path) {
        for (int i = 0; i < faults.size(); i++) {
            Fault fault = faults.get(i);
            if ((fault.method() != null && !fault.method().equalsIgnoreCase(method))
                    || !fault.pathRegex().matcher(path).find()) {
                continue;
            }
            if (fault.remaining() == 1) {
                faults.remove(i);
            } else if (fault.remaining() > 1) {
                faults.set(i, fault.withRemaining(fault.remaining() - 1));
            }
            return Optional.of(fault);
        }
        return Optional.empty();
    }

    synchronized JsonArray all() {
        JsonArray result = new JsonArray();
        faults.forEach(f -> result.add(f.toJson()));
        return result;
    }

    synchronized void clear() {
        faults.clear();
    }
}
