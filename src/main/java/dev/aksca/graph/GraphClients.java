package dev.aksca.graph;

import com.azure.core.credential.TokenCredential;
import com.microsoft.graph.core.authentication.AzureIdentityAuthenticationProvider;
import com.microsoft.graph.core.requests.BaseGraphRequestAdapter;
import com.microsoft.graph.core.requests.GraphClientFactory;
import com.microsoft.graph.core.requests.middleware.GraphTelemetryHandler;
import com.microsoft.graph.core.requests.options.GraphClientOption;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.http.middleware.UserAgentHandler;
import com.microsoft.kiota.serialization.FormParseNodeFactory;
import com.microsoft.kiota.serialization.ParseNodeFactory;
import com.microsoft.kiota.serialization.ParseNodeFactoryRegistry;
import com.microsoft.kiota.serialization.TextParseNodeFactory;
import dev.aksca.azure.AzureConfig;
import dev.aksca.azure.Credentials;
import dev.aksca.azure.Lazy;
import dev.aksca.ops.RequestIds;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Builds the one GraphServiceClient the service uses. */
final class GraphClients {

    // Every worker thread blocked on Graph holds one connection. OkHttp's defaults (5 idle connections kept, 5
    // asynchronous calls per host) close and reopen connections under concurrent load; keep as many as the
    // concurrency the service is built for.
    static final int MAX_CONNECTIONS = 128;

    private GraphClients() {
    }

    /** The client, built on first use with the service's credential. */
    static Lazy<GraphServiceClient> lazy(AzureConfig config, Credentials credentials) {
        return new Lazy<>(() -> create(config, credentials.credential()));
    }

    private static GraphServiceClient create(AzureConfig config, TokenCredential credential) {
        String endpoint = config.graphEndpoint();
        // Kiota sends no Authorization header to hosts outside this list, silently: the configured host must be in it.
        String[] allowedHosts = {URI.create(endpoint).getHost()};
        AzureIdentityAuthenticationProvider auth =
                new AzureIdentityAuthenticationProvider(credential, allowedHosts, config.cloud().graphScope());
        Duration timeout = config.graph().timeout();
        // Only the middleware these calls need, each run on every Graph call: the SDK's retry handler would re-send
        // POSTs (a duplicate policy) and sleep on the caller's thread, so the service decides itself what is safe to
        // retry; nothing here follows redirects, replaces /me URLs or inspects headers.
        Interceptor[] interceptors = {
            // First: the telemetry handler sets a random client-request-id unless one is there already.
            GraphClients::clientRequestId,
            new GraphTelemetryHandler(new GraphClientOption()),
            GraphClients::odataParameterNames,
            new UserAgentHandler(),
        };
        OkHttpClient http = GraphClientFactory.create(interceptors)
                .connectionPool(new ConnectionPool(MAX_CONNECTIONS, 5, TimeUnit.MINUTES))
                .dispatcher(dispatcher())
                .connectTimeout(timeout)
                .readTimeout(timeout)
                .callTimeout(timeout)
                .build();
        return new GraphServiceClient(
                new BaseGraphRequestAdapter(auth, parsers(), null, http, new GraphClientOption(), endpoint + "/v1.0"));
    }

    /** The content types the SDK registers for its answers, JSON read by {@link JsonTreeParseNode}. */
    private static ParseNodeFactoryRegistry parsers() {
        ParseNodeFactoryRegistry registry = new ParseNodeFactoryRegistry();
        for (ParseNodeFactory factory : new ParseNodeFactory[] {
            new JsonTreeParseNodeFactory(), new TextParseNodeFactory(), new FormParseNodeFactory()}) {
            registry.contentTypeAssociatedFactories.put(factory.getValidContentType(), factory);
        }
        return registry;
    }

    private static Dispatcher dispatcher() {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(MAX_CONNECTIONS);
        dispatcher.setMaxRequestsPerHost(MAX_CONNECTIONS);
        return dispatcher;
    }

    /**
     * Kiota's URI templates percent-encode the "$" of OData's query options ("%24select"); Graph documents them with
     * "$", as the SDK's own decoding handler sends them. That handler compiles regular expressions for four
     * characters on every call; only "$" starts a parameter name here, and values never hold a raw "&".
     */
    private static Response odataParameterNames(Interceptor.Chain chain) throws IOException {
        Request request = chain.request();
        String url = request.url().toString();
        String decoded = decodedParameterNames(url);
        // One parse of the whole URL: rebuilding through HttpUrl.Builder canonicalised the long $filter twice.
        return chain.proceed(decoded == url ? request : request.newBuilder().url(decoded).build());
    }

    /** The URL with "%24" at the start of each query parameter name as "$"; the very same string when none is. */
    static String decodedParameterNames(String url) {
        int start = url.indexOf('?') + 1;
        if (start == 0 || url.indexOf("%24", start) < 0) {
            return url;
        }
        String query = url.substring(start);
        return url.substring(0, start)
                + (query.startsWith("%24") ? "$" + query.substring(3) : query).replace("&%24", "&$");
    }

    /** OkHttp runs the SDK's synchronous calls on the caller's thread, where the API request's MDC is. */
    private static Response clientRequestId(Interceptor.Chain chain) throws IOException {
        String requestId = RequestIds.current();
        Request request = chain.request();
        if (requestId == null) {
            return chain.proceed(request);
        }
        return chain.proceed(request.newBuilder().header(RequestIds.GRAPH_HEADER, requestId).build());
    }
}
