package dev.aksca.graph;

import com.azure.core.credential.TokenCredential;
import com.microsoft.graph.core.authentication.AzureIdentityAuthenticationProvider;
import com.microsoft.graph.core.requests.GraphClientFactory;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.RequestOption;
import com.microsoft.kiota.http.middleware.options.RetryHandlerOption;
import dev.aksca.azure.AzureConfig;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/** Builds the one GraphServiceClient the service uses. */
final class GraphClients {

    // Every worker thread blocked on Graph holds one connection. OkHttp's defaults (5 idle connections kept, 5
    // asynchronous calls per host) close and reopen connections under concurrent load; keep as many as the
    // concurrency the service is built for.
    static final int MAX_CONNECTIONS = 128;

    private GraphClients() {
    }

    static GraphServiceClient create(AzureConfig config, TokenCredential credential) {
        String endpoint = config.graphEndpoint();
        // Kiota sends no Authorization header to hosts outside this list, silently: the configured host must be in it.
        String[] allowedHosts = {URI.create(endpoint).getHost()};
        AzureIdentityAuthenticationProvider auth =
                new AzureIdentityAuthenticationProvider(credential, allowedHosts, config.cloud().graphScope());
        // The SDK's own retry would re-send POSTs (a duplicate policy) and sleep on the caller's thread;
        // the service decides itself which calls are safe to retry.
        RequestOption[] noRetry = {new RetryHandlerOption((delay, attempt, request, response) -> false, 0, 0)};
        Duration timeout = config.graph().timeout();
        OkHttpClient http = GraphClientFactory.create(GraphClientFactory.createDefaultGraphInterceptors(noRetry))
                .connectionPool(new ConnectionPool(MAX_CONNECTIONS, 5, TimeUnit.MINUTES))
                .dispatcher(dispatcher())
                .connectTimeout(timeout)
                .readTimeout(timeout)
                .callTimeout(timeout)
                .build();
        GraphServiceClient client = new GraphServiceClient(auth, http);
        client.getRequestAdapter().setBaseUrl(endpoint + "/v1.0");
        return client;
    }

    private static Dispatcher dispatcher() {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(MAX_CONNECTIONS);
        dispatcher.setMaxRequestsPerHost(MAX_CONNECTIONS);
        return dispatcher;
    }
}
