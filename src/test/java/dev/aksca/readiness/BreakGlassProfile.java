package dev.aksca.readiness;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The seeded break-glass user plus a break-glass group that the directory does not hold. */
public class BreakGlassProfile implements QuarkusTestProfile {

    static final String MISSING_GROUP = "e0000000-0000-0000-0000-0000000000aa";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("aksca.break-glass.user-ids", "b0000000-0000-0000-0000-000000000003",
                "aksca.break-glass.group-ids", MISSING_GROUP);
    }
}
