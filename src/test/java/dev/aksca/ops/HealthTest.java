package dev.aksca.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTest {

    private static final String CHECK = "checks.find { it.name == 'Graph and ARM' }";

    @BeforeEach
    void resetTenant() {
        Emulator.reset();
    }

    @Test
    void livenessIsUpWithoutAToken() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void readinessIsUpWhenTheServiceGetsTokensAndGraphAndArmAnswer() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(CHECK + ".status", equalTo("UP"))
                .body(CHECK + ".data.graph", equalTo("token acquired, answered 200"))
                .body(CHECK + ".data.arm", equalTo("token acquired, answered 200"));

        given().get(Emulator.baseUrl() + "/emulator/requests").then()
                .body("path", hasItem("/v1.0/subscribedSkus"))
                .body("path", hasItem("/subscriptions"));
    }

    @Test
    void readinessIsDownWhileGraphIsUnavailable() {
        Emulator.fault("/v1\\.0/subscribedSkus", 503, -1);

        given().get("/q/health/ready").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body(CHECK + ".data.graph", containsString("503"))
                .body(CHECK + ".data.arm", equalTo("token acquired, answered 200"));
    }

    @Test
    void readinessIsDownWhileArmFails() {
        Emulator.fault("/subscriptions", 500, -1);

        given().get("/q/health/ready").then().statusCode(503)
                .body(CHECK + ".status", equalTo("DOWN"))
                .body(CHECK + ".data.arm", containsString("500"));
    }
}
