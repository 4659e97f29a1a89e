package dev.aksca.emulator;

import static dev.aksca.support.Emulator.POLICIES_PATH;
import static dev.aksca.support.Emulator.anonymous;
import static dev.aksca.support.Emulator.graph;
import static dev.aksca.support.Emulator.policy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ThrottlingTest {

    @BeforeEach
    void reset() {
        Emulator.reset();
    }

    private static void throttling(boolean on) {
        anonymous().contentType(ContentType.JSON).body("{\"throttling\":" + on + "}").post("/emulator/settings")
                .then().statusCode(200).body("throttling", equalTo(on));
    }

    @Test
    void secondPolicyWriteWithinASecondIs429WithoutRetryAfter() {
        throttling(true);
        String id = Emulator.createPolicy("first");
        graph().body(policy("second").encode()).post(POLICIES_PATH).then()
                .statusCode(429)
                .header("Retry-After", nullValue())
                .body("error.code", equalTo("TooManyRequests"))
                .body("error.innerError.request-id", notNullValue());
        graph().body("{\"state\":\"enabled\"}").patch(POLICIES_PATH + "/" + id).then().statusCode(429);
        graph().delete(POLICIES_PATH + "/" + id).then().statusCode(429);
        // Reads are not limited by this rule, and the refused create stored nothing.
        graph().get(POLICIES_PATH).then().statusCode(200).body("value", hasSize(1));
    }

    @Test
    void writeIsAcceptedAgainAfterTheOneSecondWindow() throws InterruptedException {
        throttling(true);
        Emulator.createPolicy("first");
        Thread.sleep(1100);
        Emulator.createPolicy("second");
    }

    @Test
    void throttlingOffAllowsBurstsAndResetRestoresTheConfiguredDefault() {
        throttling(true);
        throttling(false);
        Emulator.createPolicy("a");
        Emulator.createPolicy("b");
        Emulator.createPolicy("c");
        throttling(true);
        Emulator.reset();
        // %test configures throttling off, so reset switches it off again.
        anonymous().get("/emulator/settings").then().statusCode(200).body("throttling", equalTo(false));
    }
}
