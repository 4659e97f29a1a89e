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
import okhttp3.OkHttpClient;

/** Builds the one GraphServiceClient the service uses. */
final class GraphClients {

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
                .connectTimeout(timeout)
                .readTimeout(timeout)
                .callTimeout(timeout)
                .build();
        GraphServiceClient client = new GraphServiceClient(auth, http);
        client.getRequestAdapter().setBaseUrl(endpoint + "/v1.0");
        return client;
    }
}
