package dev.aksca.security;

import static dev.aksca.support.Emulator.AKS_DEMO;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives the main flows with every logger at DEBUG and reads everything logged: no token, no secret. */
@QuarkusTest
@TestProfile(NoSecretsInLogsTest.DebugLogging.class)
class NoSecretsInLogsTest {

    public static class DebugLogging implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // org.apache.http is this test's own HTTP client (RestAssured), not the service.
            return Map.of("quarkus.log.level", "DEBUG", "quarkus.log.console.level", "INFO",
                    "quarkus.log.category.\"org.apache.http\".level", "INFO");
        }
    }

    private final List<String> captured = Collections.synchronizedList(new ArrayList<>());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
            StringWriter text = new StringWriter().append(String.valueOf(message));
            if (record.getThrown() != null) {
                record.getThrown().printStackTrace(new PrintWriter(text));
            }
            captured.add(record.getLoggerName() + ": " + text);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        Emulator.reset();
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void mainFlowsAndFailuresLogNoTokenSecretOrAuthorizationValue() {
        String admin = Emulator.token("aksca-admin");
        String policy = AKS_DEMO + "/accessPolicies/node-ssh";
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}").put(policy).then().statusCode(201);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"state\":\"disabled\"}").put(policy)
                .then().statusCode(200);
        given().auth().oauth2(admin).get(AKS_DEMO + "/accessPolicies").then().statusCode(200);
        given().auth().oauth2(admin).get(policy + "/verification").then().statusCode(200);
        given().auth().oauth2(admin).get(AKS_DEMO + "/readiness").then().statusCode(200);
        given().auth().oauth2(admin + "x").get("/api/v1/accessPolicies").then().statusCode(401);
        given().auth().oauth2(Emulator.token("aksca-reader")).delete(policy).then().statusCode(403);
        Emulator.fault("conditionalAccess/policies", 403, 1);
        given().auth().oauth2(admin).get("/api/v1/accessPolicies").then().statusCode(502);
        given().auth().oauth2(admin).delete(policy).then().statusCode(204);

        List<String> leaks = new ArrayList<>();
        synchronized (captured) {
            for (String line : captured) {
                if (line.contains("eyJ") || line.contains("-secret") || line.contains(admin.substring(20, 60))
                        || line.matches("(?is).*authorization[\"']?\\s*[:=]\\s*[\"']?bearer\\s+\\S{20,}.*")) {
                    leaks.add(line.length() > 300 ? line.substring(0, 300) : line);
                }
            }
            assertTrue(captured.size() > 20, "DEBUG logging was captured: " + captured.size() + " records");
        }
        System.out.printf("log records checked for secrets: %d%n", captured.size());
        assertEquals(List.of(), leaks);
    }
}
