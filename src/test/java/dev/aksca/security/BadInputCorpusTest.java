package dev.aksca.security;

import static dev.aksca.support.Emulator.AKS_DEMO;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every endpoint against a corpus of hostile input: always a 4xx problem, never a 5xx, never an injected filter. */
@QuarkusTest
class BadInputCorpusTest {

    private static final String SUB = "/api/v1/subscriptions/00000000-0000-0000-0000-000000000001";
    private static final String INJECTION = "x' or 1 eq 1 or userPrincipalName eq 'y";
    private static final List<String> BAD_SUBSCRIPTIONS = List.of("not-a-guid", "00000000-0000-0000-0000-00000000000g",
            "%7B00000000-0000-0000-0000-000000000001%7D", "00000000000000000000000000000001",
            "0000000%EF%BC%90-0000-0000-0000-000000000001");
    private static final List<String> BAD_GROUPS = List.of("r".repeat(91), "rg-demo.", "rg%20demo", "rg%09demo", "rg'demo",
            "rg%00demo");
    private static final List<String> BAD_CLUSTERS = List.of("a".repeat(64), "-aks", "aks-", "aks.demo", "%D0%B0ks-demo",
            "aks'%20or%201%20eq%201", "aks%0Ademo");
    private static final List<String> BAD_KINDS = List.of("CONTROL-PLANE", "control_plane", "node-ssh%20", "%2e%2e");
    private static final List<String> BAD_USERS = List.of(INJECTION, "alice@contoso.com\u0000", "a".repeat(257) + "@contoso.com",
            "аlice@contoso.com", "alice", "alice@contoso.com) or (1 eq 1", "alice@contoso.com\n");
    private static final List<String> BAD_SINCE = List.of("yesterday", "P-1D", "PT0S", "P400D", "2999-01-01T00:00:00Z",
            "1970-01-01T00:00:00Z", "P" + "9".repeat(80) + "D");
    private static final List<String> BAD_BODIES = List.of("{\"state\":", "[]", "\"enabled\"", "{\"state\":\"on\"}",
            "{\"stat\":\"enabled\"}", "{\"state\":\"enabled\",\"state\":\"disabled\"}", "{\"includeGroups\":\"x\"}",
            "{\"includeGroups\":[null]}", "{\"includeGroups\":[\"" + INJECTION + "\"]}",
            "{\"excludeUsers\":[\"b0000000-0000-0000-0000-00000000000\"]}",
            "{\"grantControls\":{\"operator\":\"XOR\",\"builtInControls\":[\"mfa\"]}}",
            "{\"grantControls\":{\"builtInControls\":[]}}", "{\"grantControls\":{\"builtInControls\":[\"mfa\",\"mfa\"]}}",
            "{\"acknowledgeNoBreakGlass\":\"yes\"}", "[".repeat(5000) + "]".repeat(5000),
            "{\"a\":" + "{\"a\":".repeat(3000) + "1" + "}".repeat(3001),
            "{\"includeGroups\":[" + "\"a0000000-0000-0000-0000-000000000001\",".repeat(200) + "\"a0000000-0000-0000-0000-000000000001\"]}",
            "{\"excludeUsers\":[\"" + "x".repeat(70_000) + "\"]}");

    private static String admin;

    @BeforeAll
    static void token() {
        Emulator.reset();
        admin = Emulator.token("aksca-admin");
    }

    @BeforeEach
    void resetTenant() {
        Emulator.reset();
    }

    private static RequestSpecification asAdmin() {
        return given().auth().oauth2(admin).urlEncodingEnabled(false);
    }

    @Test
    void everyEndpointAnswersBadInputWithA4xxProblemAndNeverPassesItOn() {
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (String cluster : clusterPaths()) {
            cases += check(wrong, "GET " + cluster + "/accessPolicies", r -> r.get(cluster + "/accessPolicies"));
            cases += check(wrong, "GET " + cluster + "/readiness", r -> r.get(cluster + "/readiness"));
            cases += check(wrong, "PUT " + cluster, r -> r.contentType("application/json").body("{}")
                    .put(cluster + "/accessPolicies/control-plane"));
            cases += check(wrong, "DELETE " + cluster, r -> r.delete(cluster + "/accessPolicies/control-plane"));
            cases += check(wrong, "verify " + cluster, r -> r.get(cluster + "/accessPolicies/node-ssh/verification"));
        }
        for (String kind : BAD_KINDS) {
            cases += check(wrong, "GET kind " + kind, r -> r.get(AKS_DEMO + "/accessPolicies/" + kind));
            cases += check(wrong, "PUT kind " + kind, r -> r.contentType("application/json").body("{}")
                    .put(AKS_DEMO + "/accessPolicies/" + kind));
        }
        applyNodeSsh();
        for (String user : BAD_USERS) {
            cases += check(wrong, "user " + printable(user), r -> r.urlEncodingEnabled(true).queryParam("user", user)
                    .get(AKS_DEMO + "/accessPolicies/node-ssh/verification"));
        }
        for (String since : BAD_SINCE) {
            cases += check(wrong, "since " + since, r -> r.urlEncodingEnabled(true).queryParam("since", since)
                    .get(AKS_DEMO + "/accessPolicies/node-ssh/verification"));
        }
        for (String body : BAD_BODIES) {
            cases += check(wrong, "body " + printable(body), r -> r.contentType("application/json").body(body)
                    .put(AKS_DEMO + "/accessPolicies/control-plane"));
        }
        for (Map.Entry<String, String> type : Map.of("text/plain", "{}", "application/xml", "<a/>",
                "application/x-www-form-urlencoded", "state=enabled").entrySet()) {
            cases += check(wrong, "content type " + type.getKey(), r -> r.contentType(type.getKey()).body(type.getValue())
                    .put(AKS_DEMO + "/accessPolicies/control-plane"));
        }
        boolean injected = Emulator.requests().stream()
                .anyMatch(request -> String.valueOf(request.get("query")).contains("1 eq 1"));
        System.out.printf("bad-input cases: %d answered with a 4xx problem%n", cases - wrong.size());
        assertEquals(List.of(), wrong);
        assertEquals(false, injected, "no Graph or ARM call carried an injected operator");
    }

    private static List<String> clusterPaths() {
        List<String> paths = new ArrayList<>();
        BAD_SUBSCRIPTIONS.forEach(s -> paths.add("/api/v1/subscriptions/" + s + "/resourceGroups/rg-demo/managedClusters/aks-demo"));
        BAD_GROUPS.forEach(g -> paths.add(SUB + "/resourceGroups/" + g + "/managedClusters/aks-demo"));
        BAD_CLUSTERS.forEach(c -> paths.add(SUB + "/resourceGroups/rg-demo/managedClusters/" + c));
        return paths;
    }

    private static void applyNodeSsh() {
        asAdmin().contentType("application/json").body("{}").put(AKS_DEMO + "/accessPolicies/node-ssh")
                .then().statusCode(201);
    }

    private static int check(List<String> wrong, String name, Function<RequestSpecification, Response> call) {
        Response response = call.apply(asAdmin());
        int status = response.statusCode();
        String type = response.contentType();
        if (status < 400 || status >= 500 || type == null || !type.startsWith("application/problem+json")) {
            wrong.add(name + " -> " + status + " " + type);
        }
        return 1;
    }

    private static String printable(String value) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "…(" + value.length() + ")" : value;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
