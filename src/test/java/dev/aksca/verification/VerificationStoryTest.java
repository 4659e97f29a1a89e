package dev.aksca.verification;

import static dev.aksca.support.Emulator.AKS_DEMO;
import static dev.aksca.support.Emulator.BREAKGLASS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.nullValue;

import dev.aksca.support.Emulator;
import dev.aksca.support.SignInLogs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract section 4 end to end: node-ssh applied through the API, sign-ins simulated, verdicts read back. */
@QuarkusTest
class VerificationStoryTest {

    private static final String ALICE_UPN = "alice@contoso.com";
    private String admin;

    @BeforeEach
    void resetTenant() {
        Emulator.reset();
        admin = Emulator.token("aksca-admin");
    }

    private void applyNodeSsh(String state) {
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("state", state, "excludeUsers", List.of(BREAKGLASS)))
                .put(AKS_DEMO + "/accessPolicies/node-ssh")
                .then().statusCode(in(List.of(200, 201)));
    }

    private ValidatableResponse verify(String user, Instant since) {
        return given().auth().oauth2(Emulator.token("aksca-reader"))
                .queryParam("user", user).queryParam("since", SignInLogs.since(since))
                .get(AKS_DEMO + "/accessPolicies/node-ssh/verification")
                .then().statusCode(200);
    }

    @Test
    void aNonCompliantDeviceUnderTheEnabledPolicyIsBlocked() {
        applyNodeSsh("enabled");
        SignInLogs.signIn(ALICE_UPN, "node-ssh", false, true);

        verify(ALICE_UPN, Instant.now().minus(1, ChronoUnit.HOURS))
                .body("verdict", equalTo("blocked"))
                .body("summary.signIns", equalTo(1))
                .body("summary.failure", equalTo(1))
                .body("signIns", hasSize(1))
                .body("signIns[0].policyResult", equalTo("failure"))
                .body("signIns[0].conditionalAccessStatus", equalTo("failure"))
                .body("signIns[0].errorCode", equalTo(53000))
                .body("signIns[0].deviceCompliant", equalTo(false))
                .body("signIns[0].userPrincipalName", equalTo(ALICE_UPN));
    }

    @Test
    void aCompliantSignInWithMfaVerifiesThePolicy() {
        applyNodeSsh("enabled");
        Instant now = Instant.now();
        SignInLogs.signInAt(ALICE_UPN, "node-ssh", false, true, now.minus(10, ChronoUnit.MINUTES));
        SignInLogs.signIn(ALICE_UPN, "node-ssh", true, true);

        verify(ALICE_UPN, now.minus(1, ChronoUnit.HOURS))
                .body("verdict", equalTo("verified"))
                .body("summary.signIns", equalTo(2))
                .body("summary.success", equalTo(1))
                .body("summary.failure", equalTo(1))
                .body("signIns[0].policyResult", equalTo("success"))
                .body("signIns[0].errorCode", equalTo(0))
                .body("signIns[0].failureReason", nullValue())
                .body("signIns[1].policyResult", equalTo("failure"));
    }

    @Test
    void aUserOutsideTheClusterAdminGroupIsNotApplied() {
        applyNodeSsh("enabled");
        SignInLogs.signIn("bob@contoso.com", "node-ssh", true, true);

        verify(Emulator.BOB, Instant.now().minus(1, ChronoUnit.HOURS))
                .body("verdict", equalTo("notApplied"))
                .body("signIns[0].policyResult", in(List.of("notApplied", "notListed")))
                .body("signIns[0].conditionalAccessStatus", equalTo("notApplied"));
    }

    @Test
    void theBreakGlassUserIsExcludedAndSoNotApplied() {
        applyNodeSsh("enabled");
        SignInLogs.signIn("breakglass@contoso.com", "node-ssh", false, false);

        verify("breakglass@contoso.com", Instant.now().minus(1, ChronoUnit.HOURS))
                .body("verdict", equalTo("notApplied"))
                .body("signIns[0].errorCode", equalTo(0));
    }

    @Test
    void afterSwitchingToReportOnlyTheWindowShowsOnlyReportOnlyResults() {
        applyNodeSsh("enabled");
        Instant now = Instant.now();
        SignInLogs.signInAt(ALICE_UPN, "node-ssh", false, true, now.minus(20, ChronoUnit.MINUTES));
        applyNodeSsh("reportOnly");
        SignInLogs.signIn(ALICE_UPN, "node-ssh", false, true);

        verify(ALICE_UPN, now.minus(5, ChronoUnit.MINUTES))
                .body("verdict", equalTo("reportOnly"))
                .body("summary.signIns", equalTo(1))
                .body("summary.reportOnlyFailure", equalTo(1))
                .body("signIns[0].policyResult", equalTo("reportOnlyFailure"))
                .body("signIns[0].conditionalAccessStatus", equalTo("notApplied"))
                .body("signIns[0].errorCode", equalTo(0));
        verify(ALICE_UPN, now.minus(1, ChronoUnit.HOURS))
                .body("verdict", equalTo("blocked"))
                .body("summary.signIns", equalTo(2));
    }

    @Test
    void aWindowWithoutSignInsIsNoSignIns() {
        applyNodeSsh("enabled");
        SignInLogs.signInAt(ALICE_UPN, "node-ssh", true, true, Instant.now().minus(2, ChronoUnit.HOURS));
        SignInLogs.signIn("bob@contoso.com", "node-ssh", true, true);

        verify(ALICE_UPN, Instant.now().minus(1, ChronoUnit.HOURS))
                .body("verdict", equalTo("noSignIns"))
                .body("summary.signIns", equalTo(0))
                .body("signIns", hasSize(0));
    }

    @Test
    void signInsToTheOtherApplicationDoNotCount() {
        applyNodeSsh("enabled");
        SignInLogs.signIn(ALICE_UPN, "control-plane", false, false);

        verify(ALICE_UPN, Instant.now().minus(1, ChronoUnit.HOURS)).body("verdict", equalTo("noSignIns"));
    }

    @Test
    void withoutAManagedPolicyVerificationIsNotFound() {
        given().auth().oauth2(admin).queryParam("since", SignInLogs.since(Instant.now().minusSeconds(60)))
                .get(AKS_DEMO + "/accessPolicies/control-plane/verification")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://aksca.dev/problems/policy-not-found"));
    }
}
