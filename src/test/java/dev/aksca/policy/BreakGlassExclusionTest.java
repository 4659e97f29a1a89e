package dev.aksca.policy;

import static dev.aksca.support.Emulator.AKS_DEMO;
import static dev.aksca.support.Emulator.BREAKGLASS;
import static dev.aksca.support.Emulator.POLICIES_PATH;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(BreakGlassExclusionTest.WithBreakGlassUser.class)
class BreakGlassExclusionTest {

    public static class WithBreakGlassUser implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("aksca.break-glass.user-ids", BREAKGLASS);
        }
    }

    @BeforeEach
    void resetTenant() {
        Emulator.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theConfiguredBreakGlassUserIsAlwaysExcludedAndAllowsEnabling() {
        given().auth().oauth2(Emulator.token("aksca-admin")).contentType(ContentType.JSON)
                .body("{\"state\":\"enabled\",\"excludeUsers\":[\"b0000000-0000-0000-0000-000000000002\"]}")
                .put(AKS_DEMO + "/accessPolicies/node-ssh")
                .then().statusCode(201)
                .body("state", equalTo("enabled"))
                .body("excludeUsers", contains("b0000000-0000-0000-0000-000000000002", BREAKGLASS));

        Map<String, Object> body = (Map<String, Object>) Emulator.requests("POST", POLICIES_PATH).get(0).get("body");
        Map<String, Object> users = (Map<String, Object>) ((Map<String, Object>) body.get("conditions")).get("users");
        assertEquals(List.of("b0000000-0000-0000-0000-000000000002", BREAKGLASS), users.get("excludeUsers"));
        assertEquals("enabled", body.get("state"));
    }
}
