package dev.aksca.graph;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.kiota.RequestAdapter;
import com.microsoft.kiota.RequestInformation;
import com.microsoft.kiota.serialization.Parsable;
import com.microsoft.kiota.serialization.ParsableFactory;
import com.microsoft.kiota.serialization.ValuedEnum;
import com.microsoft.kiota.serialization.ValuedEnumParser;
import dev.aksca.azure.UtcInstants;
import dev.aksca.error.ApiProblem;
import dev.aksca.error.ProblemType;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.TracerProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A Graph collection read page by page through the SDK's request adapter (its authentication, middleware, error
 * mapping and HTTP client), with each page's bytes read straight into the service's records. The SDK's models built
 * every item, and each object nested in it, with a backing store of two concurrent maps that tracks changes for
 * writes, only for the service to read a few fields once: most of a read's CPU and allocation. Values mean what they
 * meant through the models: an enum member the SDK does not know reads as absent, a date-time without an offset is
 * UTC, fields not read are skipped, and a value of the wrong type makes the page a malformed answer (502).
 */
final class GraphPages {

    /** Reads one item; the parser stands on the item's first token. */
    interface Item<T> {
        T read(JsonParser json) throws IOException;
    }

    /** Reads the value of one field of an object; the parser stands on the value's first token. */
    interface Field {
        void read(String name) throws IOException;
    }

    private static final JsonFactory JSON = new JsonFactory();
    // What the SDK's own get() maps a failed answer to, so that failures stay ODataErrors (GraphFailures).
    private static final HashMap<String, ParsableFactory<? extends Parsable>> ERRORS =
            new HashMap<>(Map.of("XXX", ODataError::createFromDiscriminatorValue));

    // Where Kiota keeps a URL set in full (withUrl, setUri) instead of a template and its parameters.
    private static final String RAW_URL = "request-raw-url";

    private final String what;

    /** {@code what} names the answer in a malformed answer's detail: "sign-in log page", "user lookup", ... */
    GraphPages(String what) {
        this.what = what;
    }

    /** Every item of every page from {@code url} on; {@code request} is the SDK's GET request for a page's URL. */
    <T> List<T> readAll(RequestAdapter adapter, String url, Function<String, RequestInformation> request,
            Item<T> item) {
        return readAll(adapter, request.apply(url), request, item);
    }

    /** Every item of the answer to {@code first} and of the pages its next links lead to. */
    <T> List<T> readAll(RequestAdapter adapter, RequestInformation first, Function<String, RequestInformation> next,
            Item<T> item) {
        List<T> items = new ArrayList<>();
        RequestInformation page = first;
        while (page != null) {
            InputStream body = send(adapter, page);
            if (body == null) {
                break;
            }
            try (body) {
                String nextLink = page(body, item, items);
                page = nextLink == null ? null : next.apply(nextLink);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return items;
    }

    /** The one object Graph answers to {@code request}; null for an empty answer. */
    <T> T readOne(RequestAdapter adapter, RequestInformation request, Item<T> item) {
        InputStream body = send(adapter, request);
        if (body == null) {
            return null;
        }
        try (body) {
            return whole(body, item);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream send(RequestAdapter adapter, RequestInformation request) {
        if (request.pathParameters.containsKey(RAW_URL)
                && GlobalOpenTelemetry.getTracerProvider() == TracerProvider.noop()) {
            // With the URL set in full, Kiota reads the template only to name the call's span, and decodes it with
            // four String.format calls even when no tracer records anything (5 % of a page read's CPU under C1).
            request.urlTemplate = "";
        }
        return adapter.sendPrimitive(request, ERRORS, InputStream.class);
    }

    /** Adds one page's items to {@code into}; returns its {@code @odata.nextLink}, null on the last page. */
    <T> String page(InputStream body, Item<T> item, List<T> into) throws IOException {
        return whole(body, json -> {
            String[] nextLink = {null};
            object(json, "the page", name -> {
                switch (name) {
                    case "@odata.nextLink" -> nextLink[0] = text(json, name);
                    case "value" -> {
                        if (array(json, name)) {
                            while (json.nextToken() != JsonToken.END_ARRAY) {
                                into.add(item.read(json));
                            }
                        }
                    }
                    default -> json.skipChildren();
                }
            });
            return nextLink[0];
        });
    }

    /** What {@code read} reads from the answer's one JSON value; anything before or after it is malformed. */
    private <T> T whole(InputStream body, Item<T> read) throws IOException {
        try (JsonParser json = JSON.createParser(body)) {
            json.nextToken();
            T value = read.read(json);
            if (json.nextToken() != null) {
                throw malformed("more than one JSON value");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw malformed("not valid JSON");
        }
    }

    /** Reads an object's fields, or nothing for null; anything else is malformed. */
    void object(JsonParser json, String name, Field field) throws IOException {
        JsonToken token = json.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return;
        }
        if (token != JsonToken.START_OBJECT) {
            throw malformed(name + " is not a JSON object");
        }
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String fieldName = json.currentName();
            json.nextToken();
            field.read(fieldName);
        }
    }

    /** True on an array's start, false for null; anything else is malformed. */
    boolean array(JsonParser json, String name) {
        JsonToken token = json.currentToken();
        if (token == JsonToken.START_ARRAY) {
            return true;
        }
        if (token != JsonToken.VALUE_NULL) {
            throw malformed(name + " is not an array");
        }
        return false;
    }

    String text(JsonParser json, String name) throws IOException {
        JsonToken token = json.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw malformed(name + " is not a string");
        }
        return json.getText();
    }

    Integer integer(JsonParser json, String name) throws IOException {
        JsonToken token = json.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_NUMBER_INT || json.getNumberType() != JsonParser.NumberType.INT) {
            throw malformed(name + " is not a 32-bit integer");
        }
        return json.getIntValue();
    }

    Boolean bool(JsonParser json, String name) {
        JsonToken token = json.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw malformed(name + " is not a boolean");
        }
        return token == JsonToken.VALUE_TRUE;
    }

    OffsetDateTime dateTime(JsonParser json, String name) throws IOException {
        String text = text(json, name);
        if (text == null) {
            return null;
        }
        OffsetDateTime utc = UtcInstants.parse(text);
        if (utc != null) {
            return utc;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
            } catch (DateTimeException e) {
                throw malformed(name + " is not a date-time");
            }
        }
    }

    /** A list of strings; null for null, as the models read it. */
    List<String> strings(JsonParser json, String name) throws IOException {
        if (!array(json, name)) {
            return null;
        }
        List<String> values = new ArrayList<>();
        while (json.nextToken() != JsonToken.END_ARRAY) {
            String value = text(json, name);
            if (value == null) {
                throw malformed(name + " holds a null");
            }
            values.add(value);
        }
        return values;
    }

    /** The members the SDK knows, in Graph's spelling; others and nulls are left out, as the models leave them. */
    <E extends Enum<E> & ValuedEnum> List<String> known(JsonParser json, String name, ValuedEnumParser<E> members)
            throws IOException {
        if (!array(json, name)) {
            return null;
        }
        List<String> values = new ArrayList<>();
        while (json.nextToken() != JsonToken.END_ARRAY) {
            String value = known(text(json, name), members);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    static <E extends Enum<E> & ValuedEnum> String known(String value, ValuedEnumParser<E> members) {
        E member = value == null || value.isEmpty() ? null : members.forValue(value);
        return member == null ? null : member.getValue();
    }

    ApiProblem malformed(String detail) {
        return new ApiProblem(ProblemType.UPSTREAM_ERROR,
                "Microsoft Graph answered a " + what + " the service cannot read: " + detail);
    }
}
