package dev.aksca.emulator;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;

/** Typed access to request bodies; a wrong shape is the caller's 400, never the emulator's 500. */
final class JsonBodies {

    private JsonBodies() {
    }

    static JsonObject object(RoutingContext ctx) {
        Buffer buffer = ctx.body() == null ? null : ctx.body().buffer();
        if (buffer == null || buffer.length() == 0) {
            throw ApiException.badRequest("A JSON object request body is required.");
        }
        try {
            return new JsonObject(buffer);
        } catch (DecodeException | ClassCastException e) {
            throw ApiException.badRequest("Unable to read JSON request payload: a JSON object is expected.");
        }
    }

    static <T> T get(JsonObject object, String name, Class<T> type, String path) {
        Object value = object.getValue(name);
        if (value == null) {
            return null;
        }
        if (!type.isInstance(value)) {
            throw ApiException.badRequest("Invalid type for property '" + path + "': "
                    + (type == JsonArray.class ? "an array" : type == JsonObject.class ? "an object"
                    : type == String.class ? "a string" : type.getSimpleName()) + " is expected.");
        }
        return type.cast(value);
    }

    static List<String> strings(JsonObject object, String name, String path) {
        JsonArray array = get(object, name, JsonArray.class, path);
        List<String> result = new ArrayList<>();
        if (array == null) {
            return result;
        }
        for (Object item : array) {
            if (!(item instanceof String s)) {
                throw ApiException.badRequest("Invalid value in '" + path + "': only strings are allowed.");
            }
            result.add(s);
        }
        return result;
    }
}
