package dev.aksca.ops;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * While tracing is off, hands the global OpenTelemetry to libraries as the no-op one.
 *
 * <p>With {@code quarkus.otel.sdk.disabled=true} Quarkus still registers an SDK as the global instance, one that
 * samples everything and exports nothing. The Graph SDK (Kiota) takes its tracer from that global on every call, so
 * each Graph call built and ended recording spans, with fresh ids and attributes, that went nowhere (5-8 % of a
 * Graph call's CPU in a JFR profile). Quarkus' own instrumentation is off either way; switching tracing on at deploy
 * time ({@code QUARKUS_OTEL_SDK_DISABLED=false}) leaves the global alone. The context storage is chosen before start-up
 * ({@link ContextStorageChoice}).
 */
@Singleton
class TracingOff {

    private static final Logger LOG = Logger.getLogger(TracingOff.class);

    private final boolean disabled;
    private final Instance<OpenTelemetry> sdk;

    TracingOff(@ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "false") boolean disabled,
            Instance<OpenTelemetry> sdk) {
        this.disabled = disabled;
        this.sdk = sdk;
    }

    void onStart(@Observes StartupEvent event) {
        if (!disabled && ContextStorageChoice.threadLocal(System.getProperties(), System.getenv())) {
            LOG.warnf("tracing is on, but OpenTelemetry keeps its context in thread locals (%s=%s), so spans will not "
                    + "follow a request from thread to thread: switch tracing on with QUARKUS_OTEL_SDK_DISABLED=false "
                    + "or -Dquarkus.otel.sdk.disabled=false, which the start-up reads", ContextStorageChoice.PROPERTY,
                    ContextStorageChoice.THREAD_LOCAL);
        }
        // A package built with quarkus.otel.enabled=false has no SDK bean and leaves the global no-op by itself.
        if (!disabled || !sdk.isResolvable()) {
            return;
        }
        // Creating Quarkus' instance first makes it register itself as the global; replacing it afterwards is the
        // only order in which neither side finds the global already taken.
        sdk.get().getTracerProvider();
        GlobalOpenTelemetry.resetForTest();
        GlobalOpenTelemetry.set(OpenTelemetry.noop());
    }
}
