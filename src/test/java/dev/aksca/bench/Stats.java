package dev.aksca.bench;

import java.util.Arrays;

/** Latencies of one load run, summarised; no thresholds here: the benchmark reports, it does not judge. */
record Stats(String target, int concurrency, int requests, int errors, double p50Millis, double p99Millis,
        double throughput) {

    static Stats of(String target, int concurrency, long[] latencyNanos, int errors, long wallNanos) {
        long[] sorted = latencyNanos.clone();
        Arrays.sort(sorted);
        return new Stats(target, concurrency, sorted.length, errors, percentile(sorted, 0.50), percentile(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted.length / (wallNanos / 1e9));
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
    }
}
