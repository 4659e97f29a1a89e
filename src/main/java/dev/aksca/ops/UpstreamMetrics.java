package dev.aksca.ops;

import dev.aksca.error.ApiProblem;
import dev.aksca.error.ProblemType;
import dev.aksca.error.UpstreamProblem;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One timer for every Graph and ARM request the service sends, {@value #NAME}, tagged with the upstream, the
 * gateway operation and how it ended. Prometheus shows it as {@code aksca_upstream_calls_seconds_count} and
 * {@code _sum}; each retry is a request of its own, so throttling shows up even when a retry succeeds.
 */
@ApplicationScoped
public class UpstreamMetrics {

    public static final String NAME = "aksca.upstream.calls";

    private final MeterRegistry registry;

    public UpstreamMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Starts timing one request; end it with exactly one of {@link Call#succeeded()} or {@link Call#failed}. */
    public Call start(String upstream, String operation) {
        return new Call(upstream, operation, Timer.start(registry));
    }

    /** How a request ended, from the upstream's HTTP status (0: none) and the problem it was mapped to. */
    static String outcome(int upstreamStatus, ApiProblem problem) {
        if (upstreamStatus == 401 || upstreamStatus == 403) {
            return "denied";
        }
        if (upstreamStatus == 404) {
            return "notFound";
        }
        if (problem instanceof UpstreamProblem upstream) {
            if (upstream.throttled()) {
                return "throttled";
            }
            if (upstream.timedOut()) {
                return "timeout";
            }
            if (upstream.type() == ProblemType.UPSTREAM_UNAVAILABLE) {
                return "unavailable";
            }
        }
        return "error";
    }

    public final class Call {
        private final String upstream;
        private final String operation;
        private final Timer.Sample sample;

        private Call(String upstream, String operation, Timer.Sample sample) {
            this.upstream = upstream;
            this.operation = operation;
            this.sample = sample;
        }

        public void succeeded() {
            stop("success");
        }

        public void failed(int upstreamStatus, ApiProblem problem) {
            stop(outcome(upstreamStatus, problem));
        }

        private void stop(String outcome) {
            sample.stop(Timer.builder(NAME)
                    .description("Graph and ARM requests sent by the service")
                    .tag("upstream", upstream)
                    .tag("operation", operation)
                    .tag("outcome", outcome)
                    .register(registry));
        }
    }
}
