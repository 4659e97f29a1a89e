package dev.aksca.emulator;

import static dev.aksca.support.SignInLogs.read;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aksca.support.Emulator;
import dev.aksca.support.SignInLogs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Graph's sign-in log limit: five reads per ten seconds per application, 429 with Retry-After beyond it. */
@QuarkusTest
class SignInThrottlingTest {

    @Inject
    TokenIssuer issuer;

    @BeforeEach
    void resetTenant() {
        Emulator.reset();
    }

    @AfterEach
    void throttlingOff() {
        Emulator.throttling(false);
    }

    @Test
    void theSixthReadWithinTenSecondsIsThrottledWithRetryAfter() {
        Emulator.throttling(true);
        String graph = Emulator.graphToken();
        for (int i = 0; i < GraphThrottle.SIGN_IN_READS; i++) {
            read(graph, Map.of(), true).then().statusCode(200);
        }

        Response throttled = read(graph, Map.of(), true);

        throttled.then().statusCode(429)
                .body("error.code", equalTo("TooManyRequests"))
                .body("error.message", containsString("per application"));
        int retryAfter = Integer.parseInt(throttled.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 10, "Retry-After " + retryAfter);
        assertEquals(429, SignInLogs.reads().get(GraphThrottle.SIGN_IN_READS).get("status"));
    }

    @Test
    void eachApplicationHasItsOwnBudget() {
        Emulator.throttling(true);
        String service = Emulator.graphToken();
        Client other = new Client("other-app", "unused", "c0000000-0000-0000-0000-000000000099",
                Map.of(TenantUrls.GRAPH_AUDIENCE, List.of("AuditLog.Read.All")));
        String otherToken = issuer.issue(other, TenantUrls.GRAPH_AUDIENCE, Instant.now(), TokenIssuer.LIFETIME);
        for (int i = 0; i < GraphThrottle.SIGN_IN_READS; i++) {
            read(service, Map.of(), true).then().statusCode(200);
        }

        read(otherToken, Map.of(), true).then().statusCode(200);
        read(service, Map.of(), true).then().statusCode(429);
    }

    @Test
    void withThrottlingOffReadsAreNotLimited() {
        String graph = Emulator.graphToken();
        for (int i = 0; i < 2 * GraphThrottle.SIGN_IN_READS; i++) {
            read(graph, Map.of(), true).then().statusCode(200);
        }
    }

    @Test
    void resetGivesTheBudgetBack() {
        Emulator.throttling(true);
        String graph = Emulator.graphToken();
        for (int i = 0; i < GraphThrottle.SIGN_IN_READS; i++) {
            read(graph, Map.of(), true).then().statusCode(200);
        }
        Emulator.reset();
        Emulator.throttling(true);

        read(graph, Map.of(), true).then().statusCode(200);
    }
}
