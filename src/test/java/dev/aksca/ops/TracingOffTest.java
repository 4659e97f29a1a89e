package dev.aksca.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** With tracing off (the default), libraries that trace through the global OpenTelemetry record nothing. */
@QuarkusTest
class TracingOffTest {

    @Test
    void theGraphSdksSpansAreNotRecordedWhileTracingIsOff() {
        // Kiota, under the Graph SDK, asks the global instance for this tracer on every call.
        Span span = GlobalOpenTelemetry.getTracer("com.microsoft.kiota:microsoft-kiota-http-okHttp")
                .spanBuilder("getCollectionOfObjectValues").startSpan();
        try {
            assertFalse(span.isRecording());
            assertFalse(span.getSpanContext().isValid(), "no trace id is made up for the log MDC either");
        } finally {
            span.end();
        }
    }

    @Test
    void theStartUpsDefaultForTracingIsTheConfiguredOne() {
        // The context storage is chosen before Quarkus reads its configuration (ContextStorageChoice).
        assertEquals(ContextStorageChoice.TRACING_OFF_BY_DEFAULT,
                ConfigProvider.getConfig().getValue("quarkus.otel.sdk.disabled", Boolean.class));
    }
}
