package dev.aksca.ops;

import static dev.aksca.support.Emulator.AKS_DEMO;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aksca.support.Emulator;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With tracing switched on, a request's Graph calls are spans of the request's own trace: the context reaches the
 * worker thread that calls Graph without Mutiny's context propagation, which the build leaves out.
 */
@QuarkusTest
@TestProfile(TracingOnTest.TracingOn.class)
class TracingOnTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.bsp.schedule.delay", "50ms");
        }
    }

    @Inject
    InMemorySpanExporter exporter;

    @BeforeEach
    void resetTenant() {
        Emulator.reset();
        exporter.reset();
    }

    @Test
    void aRequestsGraphCallsAreSpansUnderTheRequestsServerSpan() throws InterruptedException {
        String admin = Emulator.token("aksca-admin");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}")
                .put(AKS_DEMO + "/accessPolicies/control-plane").then().statusCode(201);
        exporter.reset();

        given().auth().oauth2(admin).header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .get(AKS_DEMO + "/accessPolicies/control-plane").then().statusCode(200);

        List<SpanData> trace = traceWithServerSpan();
        List<SpanData> servers = trace.stream().filter(span -> span.getKind() == SpanKind.SERVER).toList();
        assertEquals(1, servers.size(), () -> "server spans of the trace, among: " + allSpans());
        Set<String> ids = trace.stream().map(SpanData::getSpanId).collect(Collectors.toSet());
        List<SpanData> graphCalls = trace.stream()
                .filter(span -> span.getInstrumentationScopeInfo().getName().contains("kiota")).toList();
        assertFalse(graphCalls.isEmpty(), () -> "no Graph SDK span in the request's trace: " + allSpans());
        graphCalls.forEach(span -> assertTrue(ids.contains(span.getParentSpanId()),
                () -> span.getName() + " has no parent in the request's trace: " + allSpans()));
    }

    // Spans are exported in batches after they end, the server span after the answer is written.
    private List<SpanData> traceWithServerSpan() throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            List<SpanData> trace = exporter.getFinishedSpanItems().stream()
                    .filter(span -> span.getTraceId().equals(TRACE_ID)).toList();
            if (trace.stream().anyMatch(span -> span.getKind() == SpanKind.SERVER) || System.nanoTime() > deadline) {
                return trace;
            }
            Thread.sleep(20);
        }
    }

    private String allSpans() {
        return exporter.getFinishedSpanItems().stream()
                .map(span -> span.getInstrumentationScopeInfo().getName() + " " + span.getKind() + " " + span.getName()
                        + " " + span.getTraceId() + "/" + span.getSpanId() + "<-" + span.getParentSpanId())
                .collect(Collectors.joining("; "));
    }
}
