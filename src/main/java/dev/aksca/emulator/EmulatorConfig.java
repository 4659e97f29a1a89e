package dev.aksca.emulator;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The embedded emulated tenant (contract section 10); never enabled in the prod profile. */
@ConfigMapping(prefix = "aksca.emulator")
public interface EmulatorConfig {

    @WithDefault("false")
    boolean enabled();

    @WithDefault("8089")
    int port();

    /** Interface the emulator binds to; loopback by default because its control API has no authentication. */
    @WithDefault("localhost")
    String host();

    /** Graph's throttling rules (CA writes 1/s per tenant, sign-in reads 5 per 10 s); tests switch them per case. */
    @WithDefault("true")
    boolean throttling();

    /** Page size of Graph list responses when the caller sends no {@code $top}. */
    @WithDefault("100")
    int pageSize();

    /** Conditional Access policies a tenant may hold; Entra's limit is 195. */
    @WithDefault("195")
    int maxPolicies();

    /** Recorded Graph/ARM requests kept for {@code GET /emulator/requests}; the oldest are dropped beyond it. */
    @WithDefault("10000")
    int maxRecordedRequests();
}
