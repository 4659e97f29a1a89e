package dev.aksca.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Issue 7's goals read from one run's results, so a report says at a glance which the measured configuration met.
 * It reports; it asserts nothing (the figures are this machine's on this day).
 */
final class Goals {

    private static final List<String> UNCACHED = List.of("service GET policy", "service verification (uncached)");
    private static final double BYTES_PER_MIB = 1024 * 1024;

    private Goals() {
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> evaluate(Map<String, Object> results) {
        List<Map<String, Object>> goals = new ArrayList<>();
        List<Map<String, Object>> blocks = (List<Map<String, Object>>) results.get("latency");
        List<Map<String, Object>> delayed = comparison(blocks, 50);
        List<Map<String, Object>> immediate = comparison(blocks, 0);
        int highest = delayed.stream().mapToInt(row -> integer(row.get("concurrency"))).max().orElse(0);

        double p50 = delayed.stream().mapToDouble(row -> decimal(row.get("p50Ratio"))).max().orElse(Double.NaN);
        goals.add(goal("50 ms delay: service p50 <= 1.05 x direct", String.format("max %.3f", p50), p50 <= 1.05));
        double throughput = delayed.stream().filter(row -> integer(row.get("concurrency")) == highest)
                .mapToDouble(row -> decimal(row.get("throughputRatio"))).min().orElse(Double.NaN);
        goals.add(goal("50 ms delay: req/s at c = " + highest + " >= 0.95 x direct", String.format("min %.3f", throughput),
                throughput >= 0.95));
        double added = immediate.stream().filter(row -> integer(row.get("concurrency")) == 1)
                .mapToDouble(row -> decimal(row.get("addedP50Millis"))).max().orElse(Double.NaN);
        goals.add(goal("no delay: added p50 <= 1 ms at c = 1", String.format("max %.2f ms", added), added <= 1));

        Map<String, Map<String, Object>> trips = (Map<String, Map<String, Object>>) results.get("roundTrips");
        goals.add(trips(trips, "apply unchanged", "= 1 Graph", graph -> graph == 1));
        goals.add(trips(trips, "apply create", "= 2 Graph", graph -> graph == 2));
        goals.add(trips(trips, "verification", "= 1 Graph per page", graph -> graph == 1));
        for (String readiness : List.of("readiness (first)", "readiness")) {
            Map<String, Object> counted = trips.get(readiness);
            int graph = integer(counted.get("graph"));
            int arm = integer(counted.get("arm"));
            goals.add(goal(readiness + " <= 3 Graph + 2 ARM", graph + " + " + arm, graph <= 3 && arm <= 2));
        }

        Map<String, Object> burst = (Map<String, Object>) results.get("burst");
        int reads = integer(burst.get("signInReads"));
        int throttled = integer(burst.get("caller429s"));
        goals.add(goal("burst of " + burst.get("callers") + ": <= 5 sign-in reads, 0 caller 429s",
                reads + " reads, " + throttled + " 429s", reads <= 5 && throttled == 0));

        Map<String, Object> startup = (Map<String, Object>) results.get("startup");
        String series = Boolean.TRUE.equals(results.get("loadWithArchive")) ? "withArchive" : "plain";
        List<Object> starts = new ArrayList<>((List<Object>) ((Map<String, Object>) startup.get(series))
                .get("startToReadyMillis"));
        starts.add(results.get("loadServiceStartToReadyMillis"));
        double slowest = starts.stream().mapToDouble(Goals::decimal).max().orElse(Double.NaN);
        goals.add(goal("start-to-ready < 1.2 s (" + series + " starts and the loaded service)",
                String.format("max %.0f ms of %d", slowest, starts.size()), slowest < 1200));
        double rssMegabytes = decimal(results.get("rssAfterLoadMiB")) * BYTES_PER_MIB / 1e6;
        goals.add(goal("RSS < 200 MB after the load runs", String.format("%.1f MB", rssMegabytes), rssMegabytes < 200));
        return goals;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> comparison(List<Map<String, Object>> blocks, long delay) {
        return blocks.stream().filter(block -> integer(block.get("graphDelayMillis")) == delay)
                .flatMap(block -> ((List<Map<String, Object>>) block.get("comparison")).stream())
                .filter(row -> UNCACHED.contains(row.get("service"))).toList();
    }

    private static Map<String, Object> trips(Map<String, Map<String, Object>> trips, String operation, String wanted,
            Predicate<Integer> met) {
        int graph = integer(trips.get(operation).get("graph"));
        return goal(operation + " " + wanted, graph + " Graph", met.test(graph));
    }

    private static int integer(Object number) {
        return ((Number) number).intValue();
    }

    private static double decimal(Object number) {
        return ((Number) number).doubleValue();
    }

    private static Map<String, Object> goal(String goal, String measured, boolean met) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("goal", goal);
        row.put("measured", measured);
        row.put("met", met);
        return row;
    }
}
