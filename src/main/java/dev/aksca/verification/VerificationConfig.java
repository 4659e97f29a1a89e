package dev.aksca.verification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "aksca.verification")
public interface VerificationConfig {

    /** How long one sign-in log read answers identical verifications (Graph allows 5 reads per 10 s). */
    @WithDefault("30s")
    Duration cacheTtl();
}
