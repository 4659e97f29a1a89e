package dev.aksca.azure;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import reactor.core.publisher.Mono;

/**
 * OAuth 2.0 client-credentials grant against an Entra-shaped v2 token endpoint. MSAL only accepts https
 * authorities; this serves test tenants over plain HTTP on the same wire protocol.
 */
final class ClientCredentialsGrant implements TokenCredential {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final URI tokenEndpoint;
    private final String clientId;
    private final String clientSecret;

    ClientCredentialsGrant(String authorityHost, String tenantId, String clientId, String clientSecret) {
        this.tokenEndpoint = URI.create(authorityHost + "/" + tenantId + "/oauth2/v2.0/token");
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    @Override
    public Mono<AccessToken> getToken(TokenRequestContext request) {
        return Mono.fromCallable(() -> getTokenSync(request));
    }

    @Override
    public AccessToken getTokenSync(TokenRequestContext request) {
        String form = "grant_type=client_credentials"
                + "&client_id=" + encode(clientId)
                + "&client_secret=" + encode(clientSecret)
                + "&scope=" + encode(String.join(" ", request.getScopes()));
        HttpRequest post = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());
            JsonNode body = json.readTree(response.body());
            if (response.statusCode() != 200) {
                throw new TokenAcquisitionException("token endpoint answered " + response.statusCode()
                        + " (" + body.path("error").asText("no error code") + ")");
            }
            return new AccessToken(body.path("access_token").asText(),
                    OffsetDateTime.now().plusSeconds(body.path("expires_in").asLong(300)));
        } catch (IOException e) {
            throw new TokenAcquisitionException("token endpoint unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenAcquisitionException("interrupted while acquiring a token");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
