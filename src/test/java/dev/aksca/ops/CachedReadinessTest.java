package dev.aksca.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(CachedReadinessProfile.class)
class CachedReadinessTest {

    @BeforeEach
    void resetTenant() {
        Emulator.reset();
    }

    @Test
    void frequentReadinessProbesReadGraphAndArmOncePerCachePeriod() {
        for (int i = 0; i < 5; i++) {
            given().get("/q/health/ready").then().statusCode(200);
        }

        assertEquals(1, Emulator.requests("GET", "/v1.0/subscribedSkus").size());
        assertEquals(1, Emulator.requests("GET", "/subscriptions").size());
    }
}
