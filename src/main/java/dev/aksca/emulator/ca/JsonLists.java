package dev.aksca.emulator.ca;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Reads the string arrays of a Graph policy, where a missing or null array means an empty one. */
final class JsonLists {

    private JsonLists() {
    }

    static JsonObject object(JsonObject parent, String key) {
        if (parent == null) {
            return null;
        }
        Object value = parent.getValue(key);
        return value instanceof JsonObject json ? json : null;
    }

    static List<String> strings(JsonObject parent, String key) {
        if (parent == null || !(parent.getValue(key) instanceof JsonArray array)) {
            return List.of();
        }
        List<String> values = new ArrayList<>(array.size());
        for (Object item : array) {
            if (item instanceof String text) {
                values.add(text);
            }
        }
        return values;
    }

    /** Object ids are GUIDs and Graph keywords and platforms are case-insensitive, so every lookup is. */
    static boolean containsIgnoreCase(Collection<String> values, String wanted) {
        if (wanted == null) {
            return false;
        }
        for (String value : values) {
            if (value.equalsIgnoreCase(wanted)) {
                return true;
            }
        }
        return false;
    }
}
