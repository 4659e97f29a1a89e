package dev.aksca.emulator;

import jakarta.enterprise.context.ApplicationScoped;

/** The emulated tenant's fixed identity and the absolute URLs it hands out (issuer, discovery, next links). */
@ApplicationScoped
public class TenantUrls {

    public static final String TENANT_ID = "11111111-2222-3333-4444-555555555555";
    public static final String GRAPH_AUDIENCE = "https://graph.microsoft.com";
    public static final String ARM_AUDIENCE = "https://management.azure.com";
    public static final String API_AUDIENCE = "22222222-2222-2222-2222-222222222222";

    private final EmulatorConfig config;

    TenantUrls(EmulatorConfig config) {
        this.config = config;
    }

    /** Always {@code localhost}: the service's profiles point their base URLs there, and the issuer must match. */
    public String base() {
        return "http://" + hostAndPort();
    }

    /** {@code localhost:port}, the authority's only alias in MSAL's instance discovery. */
    public String hostAndPort() {
        return "localhost:" + config.port();
    }

    public String issuer() {
        return base() + "/" + TENANT_ID + "/v2.0";
    }

    public String graphBase() {
        return base() + "/v1.0";
    }
}
