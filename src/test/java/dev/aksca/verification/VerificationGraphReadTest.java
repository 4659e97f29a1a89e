package dev.aksca.verification;

import static dev.aksca.support.Emulator.AKS_DEMO;
import static dev.aksca.support.Emulator.BREAKGLASS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aksca.support.Emulator;
import dev.aksca.support.SignInLogs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What verification sends to Graph, how it pages, and what it makes of Graph's refusals. */
@QuarkusTest
class VerificationGraphReadTest {

    private String reader;

    @BeforeEach
    void resetTenant() {
        Emulator.reset();
        reader = Emulator.token("aksca-reader");
        given().auth().oauth2(Emulator.token("aksca-admin")).contentType(ContentType.JSON)
                .body(Map.of("state", "enabled", "excludeUsers", List.of(BREAKGLASS)))
                .put(AKS_DEMO + "/accessPolicies/node-ssh").then().statusCode(201);
    }

    private io.restassured.response.Response verify(String user) {
        return given().auth().oauth2(reader)
                .queryParam("user", user).queryParam("since", SignInLogs.since(Instant.now().minusSeconds(3600)))
                .get(AKS_DEMO + "/accessPolicies/node-ssh/verification");
    }

    @Test
    void theSignInReadCarriesPreferAndAFilterOnAppUserAndWindow() {
        verify("alice@contoso.com").then().statusCode(200);

        List<Map<String, Object>> reads = SignInLogs.reads();
        assertEquals(1, reads.size());
        @SuppressWarnings("unchecked")
        Map<String, Object> headers = (Map<String, Object>) reads.get(0).get("headers");
        assertEquals(SignInLogs.PREFER, headers.get("prefer"));
        String query = String.valueOf(reads.get(0).get("query"));
        assertTrue(query.contains("appId eq '" + Emulator.LINUX_VM_APP + "'"), query);
        assertTrue(query.contains("userPrincipalName eq 'alice@contoso.com'"), query);
        assertTrue(query.contains("createdDateTime ge "), query);
        assertTrue(query.contains("$top=1000"), query);
        assertEquals(200, reads.get(0).get("status"));
    }

    @Test
    void anObjectIdIsFilteredAsUserId() {
        verify(Emulator.ALICE).then().statusCode(200);

        String query = String.valueOf(SignInLogs.reads().get(0).get("query"));
        assertTrue(query.contains("userId eq '" + Emulator.ALICE + "'"), query);
    }

    @Test
    void aQuoteInTheUserPrincipalNameIsDoubledOnTheWire() {
        given().contentType(ContentType.JSON)
                .body(Map.of("userPrincipalName", "o'neil@contoso.com", "displayName", "O'Neil"))
                .put(Emulator.baseUrl() + "/emulator/users/b0000000-0000-0000-0000-000000000009")
                .then().statusCode(201);
        SignInLogs.signIn("o'neil@contoso.com", "node-ssh", true, true);

        verify("o'neil@contoso.com").then().statusCode(200)
                .body("summary.signIns", equalTo(1))
                .body("signIns[0].userPrincipalName", equalTo("o'neil@contoso.com"));
        String query = String.valueOf(SignInLogs.reads().get(0).get("query"));
        assertTrue(query.contains("userPrincipalName eq 'o''neil@contoso.com'"), query);
    }

    @Test
    void aUserWithControlCharactersIsRefusedBeforeGraph() {
        verify("alice@contoso.com\n or 1 eq 1").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("user"))
                .body("errors[0].in", equalTo("query"));
        assertEquals(0, SignInLogs.reads().size());
    }

    @Test
    void aUserOverTwoHundredFiftySixCharactersIsRefused() {
        verify("a".repeat(250) + "@contoso.com").then().statusCode(400)
                .body("type", equalTo("https://aksca.dev/problems/validation"))
                .body("detail", containsString("256"));
        assertEquals(0, SignInLogs.reads().size());
    }

    @Test
    void twentyFiveHundredSignInsAreSummarisedFromThreePages() {
        SignInLogs.bulk(SignInLogs.body("alice@contoso.com", "node-ssh", true, true), 2000);
        SignInLogs.bulk(SignInLogs.body("alice@contoso.com", "node-ssh", false, true), 500);

        verify("alice@contoso.com").then().statusCode(200)
                .body("verdict", equalTo("verified"))
                .body("summary.signIns", equalTo(2500))
                .body("summary.success", equalTo(2000))
                .body("summary.failure", equalTo(500))
                .body("signIns", hasSize(Verification.MAX_LISTED));
        List<Map<String, Object>> reads = SignInLogs.reads();
        assertEquals(3, reads.size());
        for (Map<String, Object> read : reads) {
            @SuppressWarnings("unchecked")
            Map<String, Object> headers = (Map<String, Object>) read.get("headers");
            assertEquals(SignInLogs.PREFER, headers.get("prefer"), "every page asks for report-only results");
            assertTrue(String.valueOf(read.get("query")).contains("appId eq '" + Emulator.LINUX_VM_APP + "'"));
        }
    }

    @Test
    void graphThrottlingTheReadIsA503WithRetryAfter() {
        given().contentType(ContentType.JSON)
                .body(Map.of("pathRegex", "auditLogs/signIns", "status", 429, "count", -1, "retryAfterSeconds", 30))
                .post(Emulator.baseUrl() + "/emulator/faults").then().statusCode(201);

        verify("alice@contoso.com").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "30")
                .body("type", equalTo("https://aksca.dev/problems/upstream-unavailable"));
    }
}
