package dev.aksca.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The benchmark's figures come from wrk through a generated script and its one-line result: both must be right. */
class WrkLoadTest {

    @Test
    void theScriptSendsItsOwnSinceWhereTheUrlAsksForOneAndOnlyThere() {
        String script = WrkLoad.script(new LoadRequest(
                "http://localhost:8080/api/v1/x/verification?user=a%40b&since=" + LoadRequest.SINCE + "&top=5",
                Map.of()), 1_700_000_000_000L, 150_000);

        assertTrue(script.contains("[==[/api/v1/x/verification?user=a%40b&since=]==], [==[&top=5]==], true"), script);
        assertTrue(script.contains("thread:set(\"next_ms\", 1700000000000 + created * 150000)"), script);
    }

    @Test
    void aUrlWithoutThePlaceholderIsSentAsItIs() {
        String script = WrkLoad.script(new LoadRequest("http://localhost:8089/v1.0/policies?$select=id", Map.of()), 0,
                1);

        assertTrue(script.contains("[==[/v1.0/policies?$select=id]==], [==[]==], false"), script);
    }

    @Test
    void theResultLineGivesRequestsLatenciesThroughputAndErrors() {
        Stats stats = WrkLoad.parse("service GET policy", 64, """
                Running 3s test @ http://localhost:8080
                  2 threads and 64 connections
                wrk-result 3600 3000000 51234 70100 2
                """);

        assertEquals(3600, stats.requests());
        assertEquals(2, stats.errors());
        assertEquals(51.234, stats.p50Millis(), 1e-9);
        assertEquals(70.1, stats.p99Millis(), 1e-9);
        assertEquals(1200, stats.throughput(), 1e-9);
    }

    @Test
    void outputWithoutAResultLineFailsTheRunWithWhatWrkSaid() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> WrkLoad.parse("direct policy read", 1, "unable to connect to localhost:8089 Connection refused"));

        assertTrue(failure.getMessage().contains("Connection refused"), failure.getMessage());
    }
}
