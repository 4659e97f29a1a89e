package dev.aksca.bench;

import java.util.Arrays;

/**
 * Latencies of one load run, summarised, and the CPU time the service, the emulated tenant and the load generator
 * spent per request in it; no thresholds here: the benchmark reports, it does not judge.
 */
record Stats(String target, int concurrency, int requests, int errors, double p50Millis, double p99Millis,
        double throughput, double serviceCpuMillisPerRequest, double tenantCpuMillisPerRequest,
        double clientCpuMillisPerRequest) {

    static Stats of(String target, int concurrency, long[] latencyNanos, int errors, long wallNanos) {
        long[] sorted = latencyNanos.clone();
        Arrays.sort(sorted);
        return new Stats(target, concurrency, sorted.length, errors, percentile(sorted, 0.50), percentile(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted.length / (wallNanos / 1e9), Double.NaN, Double.NaN, Double.NaN);
    }

    /** The same run with the CPU ticks (1/100 s) each process spent during it. */
    Stats withCpu(long serviceTicks, long tenantTicks, long clientTicks) {
        double perRequest = requests == 0 ? Double.NaN : 10.0 / requests;
        return new Stats(target, concurrency, requests, errors, p50Millis, p99Millis, throughput,
                serviceTicks * perRequest, tenantTicks * perRequest, clientTicks * perRequest);
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
