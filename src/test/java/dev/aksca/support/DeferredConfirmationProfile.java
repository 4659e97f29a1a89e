package dev.aksca.support;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The resilience settings, with a create confirmed after the caller's answer, as in production. */
public class DeferredConfirmationProfile extends ResilienceProfile {

    public static final Duration CONFIRM_AFTER = Duration.ofMillis(300);

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.put("aksca.policy.confirm-create-after", CONFIRM_AFTER.toMillis() + "ms");
        return overrides;
    }
}
