package dev.aksca.ops;

import java.util.Map;
import java.util.Properties;

/**
 * Chooses OpenTelemetry's context storage before Quarkus starts: Quarkus creates it early in its start-up, and
 * OpenTelemetry reads its choice once.
 *
 * <p>Quarkus' storage keeps the context in the Vert.x context and copies its trace and span ids into the MDC on every
 * attach and detach. The Graph SDK (Kiota) attaches about eight scopes per Graph call, so while tracing is off the
 * copying of ids that do not exist took 5-7 % of the service's CPU under load. While tracing is off, OpenTelemetry's
 * own thread-local storage serves instead; with tracing on, or with a storage the operator chose, nothing changes.
 */
public final class ContextStorageChoice {

    static final String PROPERTY = "io.opentelemetry.context.contextStorageProvider";
    static final String THREAD_LOCAL = "default";
    // As application.properties has it: tracing stays off until QUARKUS_OTEL_SDK_DISABLED=false switches it on.
    static final boolean TRACING_OFF_BY_DEFAULT = true;
    private static final String ENV = "IO_OPENTELEMETRY_CONTEXT_CONTEXTSTORAGEPROVIDER";
    private static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";
    private static final String SDK_DISABLED_ENV = "QUARKUS_OTEL_SDK_DISABLED";

    private ContextStorageChoice() {
    }

    /** Reads the switch where a deployment sets it: a system property, else the environment. */
    public static void apply(Properties system, Map<String, String> env) {
        String sdkDisabled = system.getProperty(SDK_DISABLED, env.get(SDK_DISABLED_ENV));
        boolean tracingOff = sdkDisabled == null ? TRACING_OFF_BY_DEFAULT : Boolean.parseBoolean(sdkDisabled.trim());
        if (tracingOff && chosen(system, env) == null) {
            system.setProperty(PROPERTY, THREAD_LOCAL);
        }
    }

    /** True when OpenTelemetry's context lives in thread locals, which do not follow a request across threads. */
    static boolean threadLocal(Properties system, Map<String, String> env) {
        return THREAD_LOCAL.equals(chosen(system, env));
    }

    /** The storage a system property, else the environment, names for OpenTelemetry; null when neither does. */
    private static String chosen(Properties system, Map<String, String> env) {
        return system.getProperty(PROPERTY, env.get(ENV));
    }
}
