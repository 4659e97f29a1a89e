package dev.aksca.ops;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The readiness check of Graph and ARM. */
@ConfigMapping(prefix = "aksca.health")
public interface HealthConfig {

    /** How long one probe's result answers readiness; probes cost a token check and a Graph and an ARM read. */
    @WithDefault("30s")
    Duration cacheFor();

    /** Upper bound for each probe request. */
    @WithDefault("5s")
    Duration timeout();
}
