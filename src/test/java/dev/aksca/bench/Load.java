package dev.aksca.bench;

import java.time.Duration;

/** A closed-loop load generator: {@code concurrency} connections, each sending its next request on an answer. */
interface Load {

    Stats run(String target, int concurrency, Duration budget, LoadRequest request) throws Exception;

    /** What generated the load, for the report. */
    String name();
}
