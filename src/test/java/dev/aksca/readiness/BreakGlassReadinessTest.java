package dev.aksca.readiness;

import static dev.aksca.readiness.ReadinessSeeds.check;
import static dev.aksca.readiness.ReadinessSeeds.readiness;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aksca.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(BreakGlassProfile.class)
class BreakGlassReadinessTest {

    private String reader;

    @BeforeEach
    void resetTenant() {
        Emulator.reset();
        reader = Emulator.token("aksca-reader");
    }

    @Test
    void aConfiguredBreakGlassGroupThatDoesNotExistFailsNamingItsIdAndKey() {
        JsonPath result = readiness(reader, "aks-demo");

        assertFalse(result.getBoolean("ready"));
        Map<String, Object> breakGlass = check(result, "breakGlass");
        assertEquals("fail", breakGlass.get("status"));
        String detail = String.valueOf(breakGlass.get("detail"));
        assertTrue(detail.contains(BreakGlassProfile.MISSING_GROUP + " (aksca.break-glass.group-ids)"), detail);
        assertFalse(detail.contains(Emulator.BREAKGLASS), "the existing user is not blamed: " + detail);
    }

    @Test
    void adminGroupsAndBreakGlassAccountsShareOneGetByIdsCall() {
        ReadinessSeeds.putGroup(BreakGlassProfile.MISSING_GROUP, "break-glass");
        ReadinessSeeds.clearRecordedRequests();

        JsonPath result = readiness(reader, "aks-demo");

        Map<String, Object> breakGlass = check(result, "breakGlass");
        assertEquals("pass", breakGlass.get("status"), breakGlass.toString());
        assertTrue(String.valueOf(breakGlass.get("detail")).contains("Break Glass (" + Emulator.BREAKGLASS + ")"));
        assertTrue(result.getBoolean("ready"));
        List<Map<String, Object>> calls = Emulator.requests("POST", "/v1.0/directoryObjects/getByIds");
        assertEquals(1, calls.size());
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) calls.get(0).get("body");
        assertEquals(List.of(Emulator.AKS_ADMINS, BreakGlassProfile.MISSING_GROUP, Emulator.BREAKGLASS), body.get("ids"));
        assertEquals(List.of("group", "user"), body.get("types"));
    }
}
