package dev.aksca.emulator;

import static dev.aksca.support.SignInLogs.read;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aksca.support.Emulator;
import dev.aksca.support.SignInLogs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The emulated sign-in log: simulation through the CA engine, and Graph's auditLogs/signIns read rules. */
@QuarkusTest
class SignInLogRoutesTest {

    private static final String ALICE = "alice@contoso.com";
    private String graph;

    @BeforeEach
    void resetTenant() {
        Emulator.reset();
        graph = Emulator.graphToken();
    }

    private String createPolicy(String state, String appId, List<String> controls) {
        Map<String, Object> policy = Map.of(
                "displayName", "policy " + state + " " + controls,
                "state", state,
                "conditions", Map.of(
                        "applications", Map.of("includeApplications", List.of(appId)),
                        "users", Map.of("includeGroups", List.of(Emulator.AKS_ADMINS)),
                        "clientAppTypes", List.of("all")),
                "grantControls", Map.of("operator", "AND", "builtInControls", controls));
        return given().auth().oauth2(graph).contentType(ContentType.JSON).body(policy)
                .post(Emulator.baseUrl() + Emulator.POLICIES_PATH).then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> filter(String filter) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("$filter", filter);
        return query;
    }

    @Test
    void aSimulatedSignInIsGraphShapedAndCarriesTheEnginesVerdict() {
        String policyId = createPolicy("enabled", Emulator.LINUX_VM_APP, List.of("compliantDevice", "mfa"));

        given().contentType(ContentType.JSON).body(SignInLogs.body("ALICE@contoso.com", "node-ssh", false, true))
                .post(Emulator.baseUrl() + "/emulator/sign-ins")
                .then().statusCode(201)
                .body("id", notNullValue())
                .body("createdDateTime", notNullValue())
                .body("userId", equalTo(Emulator.ALICE))
                .body("userPrincipalName", equalTo(ALICE))
                .body("appId", equalTo(Emulator.LINUX_VM_APP))
                .body("appDisplayName", notNullValue())
                .body("clientAppUsed", equalTo("Mobile Apps and Desktop clients"))
                .body("conditionalAccessStatus", equalTo("failure"))
                .body("status.errorCode", equalTo(53000))
                .body("status.failureReason", containsString("compliant"))
                .body("deviceDetail.isCompliant", equalTo(false))
                .body("deviceDetail.operatingSystem", equalTo("Linux"))
                .body("appliedConditionalAccessPolicies", hasSize(1))
                .body("appliedConditionalAccessPolicies[0].id", equalTo(policyId))
                .body("appliedConditionalAccessPolicies[0].result", equalTo("failure"))
                .body("appliedConditionalAccessPolicies[0].enforcedGrantControls", hasItem("RequireCompliantDevice"))
                .body("appliedConditionalAccessPolicies[0].enforcedSessionControls", hasSize(0));
    }

    @Test
    void missingMfaIs50076AndSatisfiedControlsSucceed() {
        createPolicy("enabled", Emulator.LINUX_VM_APP, List.of("compliantDevice", "mfa"));

        Map<String, Object> noMfa = SignInLogs.signIn(ALICE, "node-ssh", true, false);
        Map<String, Object> ok = SignInLogs.signIn(Emulator.ALICE, "node-ssh", true, true);

        assertEquals(50076, ((Map<?, ?>) noMfa.get("status")).get("errorCode"));
        assertEquals("success", ok.get("conditionalAccessStatus"));
        assertEquals(0, ((Map<?, ?>) ok.get("status")).get("errorCode"));
        assertNull(((Map<?, ?>) ok.get("status")).get("failureReason"));
    }

    @Test
    void aSimulationWithAnUnknownUserOrKindIsRefused() {
        given().contentType(ContentType.JSON).body(SignInLogs.body("nobody@contoso.com", "node-ssh", true, true))
                .post(Emulator.baseUrl() + "/emulator/sign-ins").then().statusCode(404);
        given().contentType(ContentType.JSON).body(SignInLogs.body(ALICE, "windows-rdp", true, true))
                .post(Emulator.baseUrl() + "/emulator/sign-ins").then().statusCode(400)
                .body("error.code", equalTo("BadRequest"));
        Map<String, Object> badDate = SignInLogs.body(ALICE, "node-ssh", true, true);
        badDate.put("createdDateTime", "yesterday");
        given().contentType(ContentType.JSON).body(badDate)
                .post(Emulator.baseUrl() + "/emulator/sign-ins").then().statusCode(400);
    }

    @Test
    void theFilterSelectsByApplicationUserAndWindow() {
        Instant now = Instant.now();
        SignInLogs.signInAt(ALICE, "node-ssh", true, true, now.minus(3, ChronoUnit.HOURS));
        SignInLogs.signInAt(ALICE, "node-ssh", true, true, now.minus(1, ChronoUnit.HOURS));
        SignInLogs.signInAt(ALICE, "control-plane", true, true, now.minus(1, ChronoUnit.HOURS));
        SignInLogs.signInAt("bob@contoso.com", "node-ssh", true, true, now.minus(1, ChronoUnit.HOURS));
        String app = "appId eq '" + Emulator.LINUX_VM_APP + "'";
        String window = " and createdDateTime ge " + now.minus(2, ChronoUnit.HOURS);

        read(graph, filter(app + window), true).then().statusCode(200).body("value", hasSize(2));
        read(graph, filter(app + " and userPrincipalName eq 'Alice@Contoso.com'" + window), true).then()
                .statusCode(200).body("value", hasSize(1)).body("value[0].userPrincipalName", equalTo(ALICE));
        read(graph, filter(app + " and userId eq '" + Emulator.BOB + "'"), true).then()
                .statusCode(200).body("value", hasSize(1));
        read(graph, filter(app + " AND createdDateTime le " + now.minus(2, ChronoUnit.HOURS)), true).then()
                .statusCode(200).body("value", hasSize(1));
        read(graph, Map.of(), true).then().statusCode(200).body("value", hasSize(4));
    }

    @Test
    void aDoubledQuoteInALiteralMatchesOneQuote() {
        given().contentType(ContentType.JSON).body(Map.of("userPrincipalName", "o'neil@contoso.com"))
                .put(Emulator.baseUrl() + "/emulator/users/b0000000-0000-0000-0000-000000000009").then().statusCode(201);
        SignInLogs.signIn("o'neil@contoso.com", "node-ssh", true, true);
        SignInLogs.signIn(ALICE, "node-ssh", true, true);

        read(graph, filter("userPrincipalName eq 'o''neil@contoso.com'"), true).then()
                .statusCode(200).body("value", hasSize(1));
        read(graph, filter("userPrincipalName eq 'o'neil@contoso.com'"), true).then()
                .statusCode(400).body("error.code", equalTo("BadRequest"));
    }

    @Test
    void anythingOutsideTheSupportedFilterIsABadRequestInGraphsEnvelope() {
        for (String unsupported : List.of(
                "appId eq 'a' or userId eq 'b'",
                "status/errorCode eq 0",
                "startswith(userPrincipalName, 'a')",
                "userPrincipalName ne 'a'",
                "appId eq 'unterminated",
                "createdDateTime ge 'yesterday'",
                "createdDateTime eq 2026-01-01T00:00:00Z",
                "",
                "appId eq 'a' and")) {
            read(graph, filter(unsupported), true).then().statusCode(400)
                    .contentType(containsString("application/json"))
                    .body("error.code", equalTo("BadRequest"))
                    .body("error.message", containsString("filter"))
                    .body("error.innerError.request-id", notNullValue());
        }
        read(graph, Map.of("$orderby", "createdDateTime desc"), true).then().statusCode(400);
    }

    @Test
    void reportOnlyResultsNeedThePreferHeader() {
        createPolicy("enabledForReportingButNotEnforced", Emulator.LINUX_VM_APP, List.of("compliantDevice"));
        SignInLogs.signIn(ALICE, "node-ssh", false, true);

        read(graph, Map.of(), false).then().statusCode(200)
                .body("value[0].conditionalAccessStatus", equalTo("notApplied"))
                .body("value[0].appliedConditionalAccessPolicies[0].result", equalTo("unknownFutureValue"));
        read(graph, Map.of(), true).then().statusCode(200)
                .body("value[0].appliedConditionalAccessPolicies[0].result", equalTo("reportOnlyFailure"));
        given().auth().oauth2(graph).header("Prefer", "odata.maxpagesize=10, include-unknown-enum-members")
                .get(Emulator.baseUrl() + SignInLogs.SIGN_INS_PATH).then().statusCode(200)
                .body("value[0].appliedConditionalAccessPolicies[0].result", equalTo("reportOnlyFailure"));
    }

    @Test
    void enforcedResultsAreReturnedWithoutThePreferHeader() {
        createPolicy("enabled", Emulator.LINUX_VM_APP, List.of("compliantDevice"));
        createPolicy("disabled", Emulator.LINUX_VM_APP, List.of("mfa"));
        SignInLogs.signIn(ALICE, "node-ssh", false, true);

        JsonPath page = read(graph, Map.of(), false).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("failure", "notEnabled"), page.getList("value[0].appliedConditionalAccessPolicies.result"));
    }

    @Test
    void pagesAreNewestFirstAndTheNextLinkKeepsTheFilter() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int minutes = 1; minutes <= 5; minutes++) {
            SignInLogs.signInAt(ALICE, "node-ssh", true, true, now.minus(minutes, ChronoUnit.MINUTES));
        }
        SignInLogs.bulk(SignInLogs.body(ALICE, "node-ssh", true, true), 20);
        SignInLogs.signIn("bob@contoso.com", "node-ssh", true, true);
        String aliceOnly = "userId eq '" + Emulator.ALICE + "'";
        Map<String, Object> query = filter(aliceOnly);
        query.put("$top", 10);

        Set<String> ids = new HashSet<>();
        JsonPath page = read(graph, query, true).then().statusCode(200).extract().jsonPath();
        List<String> firstDates = page.getList("value.createdDateTime");
        int pages = 1;
        ids.addAll(page.getList("value.id"));
        String next = page.getString("'@odata.nextLink'");
        while (next != null) {
            String decoded = URLDecoder.decode(URI.create(next).getRawQuery(), StandardCharsets.UTF_8);
            assertTrue(decoded.contains("$filter=" + aliceOnly), decoded);
            assertTrue(decoded.contains("$top=10"), decoded);
            page = given().auth().oauth2(graph).header("Prefer", SignInLogs.PREFER).urlEncodingEnabled(false)
                    .get(next).then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("value.id"));
            next = page.getString("'@odata.nextLink'");
            pages++;
        }
        assertEquals(3, pages);
        assertEquals(25, ids.size());
        List<String> lastDates = page.getList("value.createdDateTime");
        assertEquals(5, lastDates.size());
        assertEquals(now.minus(1, ChronoUnit.MINUTES).toString(), lastDates.get(0));
        assertEquals(now.minus(5, ChronoUnit.MINUTES).toString(), lastDates.get(4));
        assertTrue(firstDates.get(0).compareTo(lastDates.get(0)) > 0, "newest first");
    }

    @Test
    void topAcceptsUpToOneThousand() {
        SignInLogs.bulk(SignInLogs.body(ALICE, "node-ssh", true, true), 1001);

        read(graph, Map.of("$top", 1000), true).then().statusCode(200)
                .body("value", hasSize(1000)).body("'@odata.nextLink'", notNullValue());
        read(graph, Map.of("$top", 1001), true).then().statusCode(400).body("error.code", equalTo("BadRequest"));
        read(graph, Map.of("$top", 0), true).then().statusCode(400);
        read(graph, Map.of("$skiptoken", "garbage"), true).then().statusCode(400);
        read(graph, Map.of(), true).then().statusCode(200).body("value.size()", equalTo(100));
    }

    @Test
    void resetClearsTheSignInLog() {
        SignInLogs.signIn(ALICE, "node-ssh", true, true);
        Emulator.reset();

        read(graph, Map.of(), true).then().statusCode(200).body("value", hasSize(0))
                .body("'@odata.nextLink'", nullValue());
    }

    @Test
    void readingTheLogNeedsAGraphToken() {
        read(Emulator.token("aksca-admin"), Map.of(), true).then().statusCode(401)
                .body("error.code", equalTo("InvalidAuthenticationToken"));
    }
}
