package dev.aksca.readiness;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "aksca.readiness")
public interface ReadinessConfig {

    /**
     * How long a service principal that exists (and is enabled) is remembered. A missing one is never remembered,
     * so that the check passes on the very next call after its remediation.
     */
    @WithDefault("10m")
    Duration servicePrincipalCacheTtl();

    /**
     * Whether the two apps' service principals are looked up once at start-up, off any request, so that the first
     * readiness call finds them remembered (one Graph read per replica start).
     */
    @WithDefault("true")
    boolean prefetchServicePrincipals();
}
