package dev.aksca.policy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "aksca.policy")
public interface PolicyConfig {

    /**
     * How long after creating a policy this replica checks, off the caller's request, that it is the only policy
     * with its display name (two replicas applying the same new policy at the same moment can each create it).
     * Every later apply converges too. 0 checks inside the request, before answering: one more Graph read there.
     */
    @WithDefault("2s")
    Duration confirmCreateAfter();
}
