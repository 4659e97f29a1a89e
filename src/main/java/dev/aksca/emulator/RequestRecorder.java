package dev.aksca.emulator;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Remembers the Graph and ARM calls received, in arrival order, so tests can assert what the service sent.
 *
 * <p>Credentials never enter the record: authorization-like headers keep only their scheme.
 */
@ApplicationScoped
public class RequestRecorder {

    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "cookie");

    /** One recorded call; its status is filled in when the answer's headers are written. */
    static final class Entry {
        private final JsonObject json;

        private Entry(JsonObject json) {
            this.json = json;
        }
    }

    private final EmulatorConfig config;
    private final Deque<Entry> entries = new ArrayDeque<>();

    RequestRecorder(EmulatorConfig config) {
        this.config = config;
    }

    Entry record(RoutingContext ctx) {
        JsonObject headers = new JsonObject();
        for (Map.Entry<String, String> header : ctx.request().headers()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            String value = SECRET_HEADERS.contains(name) ? redact(header.getValue()) : header.getValue();
            String previous = headers.getString(name);
            headers.put(name, previous == null ? value : previous + ", " + value);
        }
        JsonObject json = new JsonObject()
                .put("method", ctx.request().method().name())
                .put("path", ctx.request().path())
                .put("query", decode(ctx.request().query()))
                .put("headers", headers)
                .put("body", body(ctx.body() == null ? null : ctx.body().buffer()))
                .putNull("status");
        Entry entry = new Entry(json);
        synchronized (this) {
            entries.addLast(entry);
            while (entries.size() > Math.max(1, config.maxRecordedRequests())) {
                entries.removeFirst();
            }
        }
        return entry;
    }

    synchronized void complete(Entry entry, int status) {
        entry.json.put("status", status);
    }

    /** Oldest first; a call still in flight has a null status. */
    synchronized JsonArray all() {
        JsonArray result = new JsonArray();
        entries.forEach(e -> result.add(e.json.copy()));
        return result;
    }

    synchronized void clear() {
        entries.clear();
    }

    private static String redact(String value) {
        int space = value.indexOf(' ');
        return space > 0 ? value.substring(0, space) + " [redacted]" : "[redacted]";
    }

    private static String decode(String query) {
        if (query == null) {
            return "";
        }
        try {
            return URLDecoder.decode(query, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return query;
        }
    }

    private static Object body(Buffer buffer) {
        if (buffer == null || buffer.length() == 0) {
            return null;
        }
        try {
            return Json.decodeValue(buffer);
        } catch (DecodeException e) {
            return buffer.toString(StandardCharsets.UTF_8);
        }
    }
}
