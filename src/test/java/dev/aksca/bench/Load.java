package dev.aksca.bench;

import java.time.Duration;

/** A closed-loop load generator: {@code concurrency} connections, each sending its next request on an answer. */
interface Load {

    /** Until {@code budget} is spent, or {@code maxRequests} are sent where the generator can count them. */
    Stats run(String target, int concurrency, Duration budget, int maxRequests, LoadRequest request) throws Exception;

    /** What generated the load, for the report. */
    String name();
}
