package dev.aksca.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Which OpenTelemetry context storage a start chooses, from what a deployment sets. */
class ContextStorageChoiceTest {

    @Test
    void withTracingOffByDefaultTheContextStaysInThreadLocals() {
        Properties system = new Properties();

        ContextStorageChoice.apply(system, Map.of());

        assertEquals("default", system.getProperty(ContextStorageChoice.PROPERTY));
        assertTrue(ContextStorageChoice.threadLocal(system, Map.of()));
    }

    @Test
    void tracingSwitchedOnByEnvironmentOrSystemPropertyKeepsQuarkusStorage() {
        Properties fromEnv = new Properties();
        ContextStorageChoice.apply(fromEnv, Map.of("QUARKUS_OTEL_SDK_DISABLED", "false"));
        Properties fromProperty = new Properties();
        fromProperty.setProperty("quarkus.otel.sdk.disabled", "false");
        ContextStorageChoice.apply(fromProperty, Map.of("QUARKUS_OTEL_SDK_DISABLED", "true"));

        assertNull(fromEnv.getProperty(ContextStorageChoice.PROPERTY));
        assertNull(fromProperty.getProperty(ContextStorageChoice.PROPERTY));
        assertFalse(ContextStorageChoice.threadLocal(fromEnv, Map.of()));
    }

    @Test
    void aStorageTheOperatorChoseIsLeftAlone() {
        Properties byProperty = new Properties();
        byProperty.setProperty(ContextStorageChoice.PROPERTY, "com.example.Storage");
        ContextStorageChoice.apply(byProperty, Map.of());
        Properties byEnv = new Properties();
        Map<String, String> env = Map.of("IO_OPENTELEMETRY_CONTEXT_CONTEXTSTORAGEPROVIDER", "default",
                "QUARKUS_OTEL_SDK_DISABLED", "false");
        ContextStorageChoice.apply(byEnv, env);

        assertEquals("com.example.Storage", byProperty.getProperty(ContextStorageChoice.PROPERTY));
        assertNull(byEnv.getProperty(ContextStorageChoice.PROPERTY));
        assertTrue(ContextStorageChoice.threadLocal(byEnv, env), "what TracingOff warns about with tracing on");
    }
}
