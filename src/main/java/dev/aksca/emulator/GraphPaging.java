package dev.aksca.emulator;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Graph collection pages: {@code $top}, an opaque {@code $skiptoken}, {@code @odata.nextLink}, {@code $select}. */
final class GraphPaging {

    static final int MAX_TOP = 999;
    private static final String TOKEN_PREFIX = "offset:";

    private GraphPaging() {
    }

    /** One page of {@code items} as Graph's collection envelope, with a next link when more remain. */
    static JsonObject page(RoutingContext ctx, List<JsonObject> items, String context, String nextLinkBase,
            int defaultPageSize) {
        MultiMap query = ctx.queryParams();
        int top = top(query.get("$top"), defaultPageSize, MAX_TOP);
        int offset = offset(query.get("$skiptoken"));
        int end = Math.min(items.size(), offset + top);
        JsonArray value = new JsonArray();
        for (int i = Math.min(offset, items.size()); i < end; i++) {
            value.add(select(items.get(i), query.get("$select")));
        }
        JsonObject page = new JsonObject().put("@odata.context", context);
        if (end < items.size()) {
            page.put("@odata.nextLink", nextLink(nextLinkBase, query, end));
        }
        return page.put("value", value);
    }

    /** Keeps only the {@code $select}ed properties, plus {@code id} and annotations, as Graph does. */
    static JsonObject select(JsonObject item, String select) {
        if (select == null || select.isBlank()) {
            return item;
        }
        JsonObject trimmed = new JsonObject();
        List<String> wanted = List.of(select.split("\\s*,\\s*"));
        for (Map.Entry<String, Object> field : item) {
            if (field.getKey().equals("id") || field.getKey().startsWith("@odata.")
                    || wanted.stream().anyMatch(w -> w.trim().equalsIgnoreCase(field.getKey()))) {
                trimmed.put(field.getKey(), field.getValue());
            }
        }
        return trimmed;
    }

    /** The page size a {@code $top} asks for, from 1 to {@code maxTop}; Graph's 400 for anything else. */
    static int top(String raw, int defaultPageSize, int maxTop) {
        if (raw == null) {
            return Math.max(1, defaultPageSize);
        }
        try {
            int top = Integer.parseInt(raw.trim());
            if (top >= 1 && top <= maxTop) {
                return top;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw ApiException.badRequest("Invalid value '" + raw + "' for query parameter $top: an integer from 1 to "
                + maxTop + " is expected.");
    }

    private static int offset(String token) {
        if (token == null) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (decoded.startsWith(TOKEN_PREFIX)) {
                int offset = Integer.parseInt(decoded.substring(TOKEN_PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw ApiException.badRequest("Invalid $skiptoken: it must be taken unchanged from an @odata.nextLink.");
    }

    private static String nextLink(String base, MultiMap query, int offset) {
        StringJoiner params = new StringJoiner("&");
        for (Map.Entry<String, String> param : query) {
            if (!param.getKey().equals("$skiptoken")) {
                params.add(encode(param.getKey()) + "=" + encode(param.getValue()));
            }
        }
        String token = Base64.getUrlEncoder().withoutPadding()
                .encodeToString((TOKEN_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
        params.add("$skiptoken=" + token);
        return base + "?" + params;
    }

    /** Percent-encoding for a URL query (space as %20, not +), keeping OData's {@code $} readable. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%24", "$");
    }
}
