package dev.aksca.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aksca.support.Emulator;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The embedded emulated tenant's control API and token endpoint, and plain JSON calls to the service. */
final class Tenant {


    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String emulator;

    Tenant(HttpClient http, String emulator) {
        this.http = http;
        this.emulator = emulator;
    }

    String token(String client, String secret, String scope) throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + enc(client) + "&client_secret=" + enc(secret)
                + "&scope=" + enc(scope);
        URI tokenEndpoint = URI.create(emulator + "/" + Emulator.TENANT + "/oauth2/v2.0/token");
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return expect(request, 200).path("access_token").asText();
    }

    void throttling(boolean on) throws IOException, InterruptedException {
        post("/emulator/settings", Map.of("throttling", on), 200);
    }

    /** A delay-only fault on every Graph call: Graph's own latency, stood in for. */
    void graphDelay(long millis) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(emulator + "/emulator/faults")).DELETE().build());
        if (millis > 0) {
            post("/emulator/faults", Map.of("pathRegex", "^/v1.0/", "delayMs", millis, "count", -1), 201);
        }
    }

    void clearRequests() throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(emulator + "/emulator/requests")).DELETE().build());
    }

    JsonNode requests() throws IOException, InterruptedException {
        return expect(HttpRequest.newBuilder(URI.create(emulator + "/emulator/requests")).build(), 200);
    }

    void signIns(String user, String kind, int count) throws IOException, InterruptedException {
        post("/emulator/sign-ins/bulk", Map.of("user", user, "kind", kind, "count", count, "deviceCompliant", true,
                "mfa", true), 201);
    }

    /** Graph and ARM calls recorded since the last clear, by API. */
    RoundTrips roundTrips() throws IOException, InterruptedException {
        int graph = 0;
        int signIns = 0;
        int arm = 0;
        for (JsonNode request : requests()) {
            String path = request.path("path").asText();
            if (path.startsWith("/v1.0/")) {
                graph++;
                if (path.startsWith("/v1.0/auditLogs/signIns")) {
                    signIns++;
                }
            } else if (path.toLowerCase(Locale.ROOT).startsWith("/subscriptions")) {
                arm++;
            }
        }
        return new RoundTrips(graph, signIns, arm);
    }

    record RoundTrips(int graph, int signInReads, int arm) {
    }

    /** The recorded Graph reads whose path starts with the prefix, oldest first. */
    List<JsonNode> recorded(String pathPrefix) throws IOException, InterruptedException {
        List<JsonNode> found = new ArrayList<>();
        requests().forEach(request -> {
            if (request.path("path").asText().startsWith(pathPrefix)) {
                found.add(request);
            }
        });
        return found;
    }

    private void post(String path, Object body, int status) throws IOException, InterruptedException {
        expect(HttpRequest.newBuilder(URI.create(emulator + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), status);
    }

    JsonNode expect(HttpRequest request, int status) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request);
        if (response.statusCode() != status) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static ObjectMapper json() {
        return JSON;
    }
}
