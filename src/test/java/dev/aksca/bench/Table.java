package dev.aksca.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The printed report: service next to direct Graph, then round trips, burst and footprint. */
final class Table {

    /** Service target, and the direct Graph read it needs. */
    private static final String[][] PAIRS = {
        {"service GET policy", "direct policy read"},
        {"service verification (uncached)", "direct sign-in read"},
        {"service verification (cache hit)", "direct sign-in read"},
    };

    private Table() {
    }

    /** Service/direct ratios of one latency block, per pair and concurrency. */
    static List<Map<String, Object>> compare(List<Stats> runs) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Stats service : runs) {
            for (String[] pair : PAIRS) {
                if (!pair[0].equals(service.target())) {
                    continue;
                }
                Stats direct = runs.stream().filter(s -> s.target().equals(pair[1])
                        && s.concurrency() == service.concurrency()).findFirst().orElseThrow();
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("service", service.target());
                row.put("direct", direct.target());
                row.put("concurrency", service.concurrency());
                row.put("p50Ratio", service.p50Millis() / direct.p50Millis());
                row.put("addedP50Millis", service.p50Millis() - direct.p50Millis());
                row.put("throughputRatio", service.throughput() / direct.throughput());
                rows.add(row);
            }
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    static String render(Map<String, Object> results) {
        StringBuilder t = new StringBuilder("\n== Latency and throughput (service next to direct Graph) ==\n");
        Map<String, Object> warmUp = (Map<String, Object>) results.get("warmUp");
        Map<String, Object> machine = (Map<String, Object>) results.get("machine");
        t.append(String.format("load generator: %s%n", machine.get("loadGenerator")));
        t.append(String.format("after %.0f s of warm-up (JIT compiler threads at %.1f %% of the service's CPU)%n",
                warmUp.get("seconds"), 100 * (double) warmUp.get("lastRoundJitShareOfServiceCpu")));
        for (Map<String, Object> block : (List<Map<String, Object>>) results.get("latency")) {
            t.append(String.format("%nGraph delay %s ms%n", block.get("graphDelayMillis")));
            t.append(String.format("| %-34s | %3s | %9s | %9s | %9s | %6s | %13s | %12s | %12s |%n", "target", "c",
                    "p50 ms", "p99 ms", "req/s", "errors", "service CPU ms", "tenant CPU ms", "client CPU ms"));
            t.append("|").append("-".repeat(36)).append("|-----|-----------|-----------|-----------|--------|")
                    .append("---------------|--------------|--------------|\n");
            for (Stats s : (List<Stats>) block.get("runs")) {
                t.append(String.format("| %-34s | %3d | %9.2f | %9.2f | %9.1f | %6d | %13.3f | %12.3f | %12.3f |%n",
                        s.target(), s.concurrency(), s.p50Millis(), s.p99Millis(), s.throughput(), s.errors(),
                        s.serviceCpuMillisPerRequest(), s.tenantCpuMillisPerRequest(), s.clientCpuMillisPerRequest()));
            }
            t.append(String.format("%n| %-34s | %3s | %14s | %12s | %13s |%n", "service / direct", "c", "p50 ratio",
                    "added p50 ms", "req/s ratio"));
            t.append("|").append("-".repeat(36)).append("|-----|----------------|--------------|---------------|\n");
            for (Map<String, Object> row : (List<Map<String, Object>>) block.get("comparison")) {
                t.append(String.format("| %-34s | %3d | %14.3f | %12.2f | %13.3f |%n", row.get("service"),
                        row.get("concurrency"), row.get("p50Ratio"), row.get("addedP50Millis"), row.get("throughputRatio")));
            }
        }
        t.append("\n== Round trips per operation ==\n| operation | Graph | of which sign-in reads | ARM |\n|---|---|---|---|\n");
        ((Map<String, Map<String, Object>>) results.get("roundTrips")).forEach((operation, trips) -> t.append(
                String.format("| %s | %s | %s | %s |%n", operation, trips.get("graph"), trips.get("signInReads"),
                        trips.get("arm"))));
        Map<String, Object> burst = (Map<String, Object>) results.get("burst");
        t.append(String.format("%n== Burst of %s identical verifications, Graph throttling on ==%n", burst.get("callers")));
        t.append(String.format("sign-in reads issued: %s, Graph calls: %s, caller 429s: %s, statuses: %s, %.0f ms%n",
                burst.get("signInReads"), burst.get("graphCalls"), burst.get("caller429s"), burst.get("callerStatuses"),
                burst.get("millis")));
        Map<String, Object> startup = (Map<String, Object>) results.get("startup");
        t.append(String.format("%n== Footprint (%s) ==%n", startup.get("java")));
        footprint(t, "plain java -jar", (Map<String, Object>) startup.get("plain"));
        footprint(t, "with " + startup.get("archiveOptions"), (Map<String, Object>) startup.get("withArchive"));
        t.append(String.format("measured service %s: start-to-ready %.0f ms, RSS at ready %.1f MiB, after the load runs"
                + " %.1f MiB%n", results.get("loadServiceJvmOptions"), results.get("loadServiceStartToReadyMillis"),
                results.get("loadServiceRssAtReadyMiB"), results.get("rssAfterLoadMiB")));
        t.append("\n== Goals (issue 7), this run ==\n| goal | measured | met |\n|---|---|---|\n");
        for (Map<String, Object> goal : (List<Map<String, Object>>) results.get("goals")) {
            t.append(String.format("| %s | %s | %s |%n", goal.get("goal"), goal.get("measured"),
                    Boolean.TRUE.equals(goal.get("met")) ? "yes" : "NO"));
        }
        return t.toString();
    }

    private static void footprint(StringBuilder t, String label, Map<String, Object> series) {
        t.append(String.format("%s: start-to-ready ms %s (median %.0f); Quarkus \"started in\" s %s; RSS at ready MiB %s%n",
                label, series.get("startToReadyMillis"), series.get("medianStartToReadyMillis"),
                series.get("quarkusStartedInSeconds"), series.get("rssAtReadyMiB")));
    }
}
