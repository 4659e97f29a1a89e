package dev.aksca.bench;

import java.util.Map;

/**
 * One measured request, as both load generators send it: a GET of {@code url} with {@code headers}; where the URL
 * holds {@link #SINCE}, every request sends a since of its own there (see {@link Sinces}).
 */
record LoadRequest(String url, Map<String, String> headers) {

    static final String SINCE = "{since}";

    boolean distinct() {
        return url.contains(SINCE);
    }

    /** {@code http://host:port}, without the path. */
    String origin() {
        return url.substring(0, pathStart());
    }

    /** The path and query, from the slash after the host on. */
    String path() {
        return url.substring(pathStart());
    }

    private int pathStart() {
        return url.indexOf('/', url.indexOf("://") + 3);
    }
}
