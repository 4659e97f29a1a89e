package dev.aksca.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Simulated sign-ins, Graph reads of the emulated sign-in log, and the emulator's throttling switch. */
public final class SignInLogs {

    public static final String SIGN_INS_PATH = "/v1.0/auditLogs/signIns";
    public static final String PREFER = "include-unknown-enum-members";
    private static final AtomicLong UNIQUE = new AtomicLong();

    private SignInLogs() {
    }

    /** A sign-in body: user, kind, device compliance and MFA; platform and client app take the emulator's defaults. */
    public static Map<String, Object> body(String user, String kind, boolean deviceCompliant, boolean mfa) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user", user);
        body.put("kind", kind);
        body.put("deviceCompliant", deviceCompliant);
        body.put("mfa", mfa);
        return body;
    }

    public static Map<String, Object> signIn(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(Emulator.baseUrl() + "/emulator/sign-ins")
                .then().statusCode(201).extract().jsonPath().getMap("$");
    }

    public static Map<String, Object> signIn(String user, String kind, boolean deviceCompliant, boolean mfa) {
        return signIn(body(user, kind, deviceCompliant, mfa));
    }

    public static Map<String, Object> signInAt(String user, String kind, boolean deviceCompliant, boolean mfa,
            Instant at) {
        Map<String, Object> body = body(user, kind, deviceCompliant, mfa);
        body.put("createdDateTime", at.toString());
        return signIn(body);
    }

    public static void bulk(Map<String, Object> body, int count) {
        Map<String, Object> withCount = new LinkedHashMap<>(body);
        withCount.put("count", count);
        given().contentType(ContentType.JSON).body(withCount).post(Emulator.baseUrl() + "/emulator/sign-ins/bulk")
                .then().statusCode(201);
    }

    /** GET auditLogs/signIns with these query parameters, with or without the Prefer header. */
    public static Response read(String token, Map<String, ?> query, boolean prefer) {
        var request = given().auth().oauth2(token).queryParams(query).urlEncodingEnabled(true);
        if (prefer) {
            request = request.header("Prefer", PREFER);
        }
        return request.get(Emulator.baseUrl() + SIGN_INS_PATH);
    }

    public static List<Map<String, Object>> reads() {
        return Emulator.requests("GET", SIGN_INS_PATH);
    }

    /**
     * An instant before now that no other test used: the service reuses a verification for identical parameters
     * for a while, so every verification in the tests asks with its own {@code since}.
     */
    public static String since(Instant base) {
        return base.truncatedTo(ChronoUnit.SECONDS).minusNanos(1000 * UNIQUE.incrementAndGet()).toString();
    }
}
