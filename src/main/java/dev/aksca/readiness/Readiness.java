package dev.aksca.readiness;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether the tenant and the cluster meet the prerequisites of Conditional Access for AKS."
        + " ready is false when any check fails; warnings do not block.")
public record Readiness(
        boolean ready,
        @Schema(description = "'emulated' for the embedded emulated tenant, else the Entra tenant id",
                examples = "11111111-2222-3333-4444-555555555555") String tenant,
        List<ReadinessCheck> checks) {

    static Readiness of(String tenant, List<ReadinessCheck> checks) {
        boolean ready = checks.stream().noneMatch(check -> check.status() == CheckStatus.FAIL);
        return new Readiness(ready, tenant, List.copyOf(checks));
    }
}
