package dev.aksca.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long a caller's verified bearer token is trusted without checking its signature again. */
@ConfigMapping(prefix = "aksca.auth.verified-tokens")
public interface VerifiedTokenConfig {

    /** Upper bound per token (never past its own exp); 0s checks every request's signature. */
    @WithDefault("5m")
    Duration ttl();

    /**
     * Tokens remembered at most (a few KiB of heap each); past that, new tokens are verified on every request until
     * older ones expire. Pipelines and platforms each present one token per hour, so a replica sees few at a time.
     */
    @WithDefault("1000")
    int maxTokens();
}
