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
     * Whether the two apps' service principals are looked up once per replica start, off any request, as soon as the
     * first readiness probe finds Graph and ARM reachable, so that the first readiness call finds them remembered.
     */
    @WithDefault("true")
    boolean prefetchServicePrincipals();
}
