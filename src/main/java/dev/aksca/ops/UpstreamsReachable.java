package dev.aksca.ops;

/**
 * Fired once, asynchronously, when the readiness probe first finds Graph and ARM reachable. Cache warming observes
 * it instead of the start-up event, so that it neither delays readiness nor competes with the start-up for the CPU.
 */
public final class UpstreamsReachable {
}
