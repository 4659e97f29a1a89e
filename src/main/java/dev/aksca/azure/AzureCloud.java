package dev.aksca.azure;

/** The sovereign clouds the service can run against, with their well-known endpoints and token scopes. */
public enum AzureCloud {
    AzurePublic("https://graph.microsoft.com", "https://management.azure.com", "https://login.microsoftonline.com"),
    AzureUSGovernment("https://graph.microsoft.us", "https://management.usgovcloudapi.net", "https://login.microsoftonline.us"),
    AzureChina("https://microsoftgraph.chinacloudapi.cn", "https://management.chinacloudapi.cn", "https://login.chinacloudapi.cn");

    private final String graphEndpoint;
    private final String armEndpoint;
    private final String authorityHost;

    AzureCloud(String graphEndpoint, String armEndpoint, String authorityHost) {
        this.graphEndpoint = graphEndpoint;
        this.armEndpoint = armEndpoint;
        this.authorityHost = authorityHost;
    }

    public String graphEndpoint() {
        return graphEndpoint;
    }

    public String armEndpoint() {
        return armEndpoint;
    }

    public String authorityHost() {
        return authorityHost;
    }

    /** Tokens are asked for the cloud's resource, even when the endpoint is overridden (an emulated tenant). */
    public String graphScope() {
        return graphEndpoint + "/.default";
    }

    public String armScope() {
        return armEndpoint + "/.default";
    }
}
