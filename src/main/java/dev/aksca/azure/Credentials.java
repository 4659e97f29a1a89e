package dev.aksca.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.identity.DefaultAzureCredentialBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The service's own identity, built once on first use so that start-up never waits on Entra. */
@ApplicationScoped
public class Credentials {

    private final AzureConfig config;
    private final Lazy<TokenCredential> credential = new Lazy<>(() -> new CachingCredential(build()));

    @Inject
    public Credentials(AzureConfig config) {
        this.config = config;
    }

    public TokenCredential credential() {
        return credential.get();
    }

    private TokenCredential build() {
        AzureConfig.Azure azure = config.azure();
        if (azure.credential() == AzureConfig.CredentialMode.CLIENT_CREDENTIALS) {
            return new ClientCredentialsGrant(config.authorityHost(),
                    azure.tenantId().orElseThrow(() -> missing("aksca.azure.tenant-id")),
                    azure.clientId().orElseThrow(() -> missing("aksca.azure.client-id")),
                    azure.clientSecret().orElseThrow(() -> missing("aksca.azure.client-secret")));
        }
        DefaultAzureCredentialBuilder builder = new DefaultAzureCredentialBuilder();
        // Left unset on the public cloud so that azure-identity's own AZURE_AUTHORITY_HOST still applies.
        if (azure.authorityHost().isPresent() || config.cloud() != AzureCloud.AzurePublic) {
            builder.authorityHost(config.authorityHost());
        }
        azure.tenantId().ifPresent(builder::tenantId);
        if (azure.disableInstanceDiscovery()) {
            builder.disableInstanceDiscovery();
        }
        return builder.build();
    }

    private static IllegalStateException missing(String key) {
        return new IllegalStateException(key + " is required when aksca.azure.credential=client-credentials");
    }
}
