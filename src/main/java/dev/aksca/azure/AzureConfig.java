package dev.aksca.azure;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Where Graph and ARM are, and how the service's own identity gets tokens for them. */
@ConfigMapping(prefix = "aksca")
public interface AzureConfig {

    @WithDefault("AzurePublic")
    AzureCloud cloud();

    Graph graph();

    Arm arm();

    Azure azure();

    interface Endpoint {
        /** Overrides the cloud's default, e.g. an emulated tenant on localhost. */
        Optional<String> endpoint();

        /** Upper bound for one call, connection included. */
        @WithDefault("10s")
        Duration timeout();

        /** How long throttled or unavailable calls are retried before the caller gets 503 + Retry-After. */
        @WithDefault("20s")
        Duration retryDeadline();
    }

    interface Graph extends Endpoint {
        /** Spacing of Conditional Access policy writes: Graph allows 1 per second per tenant. */
        @WithDefault("1s")
        Duration policyWriteInterval();
    }

    interface Arm extends Endpoint {
        /** Microsoft.ContainerService API version; agent pools report securityProfile.securityProfile.sshAccess in the versions this default names. */
        @WithDefault("2025-05-01")
        String apiVersion();
    }

    interface Azure {
        /**
         * {@code default}: DefaultAzureCredential (managed identity, workload identity, AZURE_* variables, Azure CLI).
         * {@code client-credentials}: a plain OAuth 2.0 client-credentials grant against {@code authority-host},
         * for test tenants served over plain HTTP, which MSAL refuses.
         */
        @WithDefault("default")
        CredentialMode credential();

        Optional<String> authorityHost();

        Optional<String> tenantId();

        Optional<String> clientId();

        Optional<String> clientSecret();

        @WithDefault("false")
        boolean disableInstanceDiscovery();
    }

    enum CredentialMode {
        DEFAULT, CLIENT_CREDENTIALS
    }

    default String graphEndpoint() {
        return trimSlash(graph().endpoint().orElse(cloud().graphEndpoint()));
    }

    default String armEndpoint() {
        return trimSlash(arm().endpoint().orElse(cloud().armEndpoint()));
    }

    default String authorityHost() {
        return trimSlash(azure().authorityHost().orElse(cloud().authorityHost()));
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
