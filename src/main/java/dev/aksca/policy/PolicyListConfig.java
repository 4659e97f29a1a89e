package dev.aksca.policy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "aksca.policy-list")
public interface PolicyListConfig {

    /**
     * How long the tenant's policy list answers the shared-group warnings and verification's policy id before it is
     * read again; this replica's own writes update it at once. 0 reads it on every use.
     */
    @WithDefault("30s")
    Duration cacheTtl();
}
