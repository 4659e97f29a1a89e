package dev.aksca.policy;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Emergency-access accounts that every managed policy excludes, so that a bad policy cannot lock everyone out. */
@ConfigMapping(prefix = "aksca.break-glass")
public interface BreakGlassConfig {

    Optional<List<String>> userIds();

    Optional<List<String>> groupIds();
}
