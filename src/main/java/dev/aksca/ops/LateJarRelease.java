package dev.aksca.ops;

import io.quarkus.bootstrap.runner.RunnerClassLoader;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;

/**
 * Closes the jars the application's class loader opened after start-up, once class loading has gone quiet.
 *
 * <p>Quarkus closes every jar at the end of its start-up and afterwards keeps the four it read last open. The Graph
 * SDK's jar is opened again at the first Graph call (its classes load lazily) and then stays open until four other
 * jars have been read, which on a service past its warm-up may be never. An open jar keeps its central directory in
 * the heap: 8.2 MB for the SDK's 50,000 entries plus a 3.5 MB index, more than half of the 26 MiB old generation that
 * the scale-from-zero options (README, run C) leave, so that the next burst of requests ran into a full collection
 * every third of a second. Closing a jar costs nothing while no class is loaded from it; a later load opens it again,
 * and this closes it again once that loading has finished. Only the packaged application runs on the
 * {@link RunnerClassLoader}; dev mode, tests and a native image are left alone.
 */
@Singleton
class LateJarRelease {

    private static final long CHECK_EVERY_MILLIS = 2_000;

    void onStart(@Observes StartupEvent event, Vertx vertx) {
        if (Thread.currentThread().getContextClassLoader() instanceof RunnerClassLoader loader) {
            vertx.setPeriodic(CHECK_EVERY_MILLIS, new Check(loader));
        }
    }

    /** Reads the count on an event loop, so that nothing of this runs on the start-up path. */
    private static final class Check implements Handler<Long> {

        private final RunnerClassLoader loader;
        private final QuietClassLoading quiet = new QuietClassLoading();
        private ClassLoadingMXBean classLoading;

        Check(RunnerClassLoader loader) {
            this.loader = loader;
        }

        @Override
        public void handle(Long timer) {
            if (classLoading == null) {
                classLoading = ManagementFactory.getClassLoadingMXBean();
            }
            if (quiet.releaseNow(classLoading.getTotalLoadedClassCount())) {
                loader.resetInternalCaches();
            }
        }
    }

    /**
     * Decides, from the count of classes loaded so far read once per period, when jars are worth closing. The first
     * quiet period after start-up closes too: the first Graph calls may come before the first reading.
     */
    static final class QuietClassLoading {

        private long previous;
        private long atLastRelease;

        /**
         * True once per spell of class loading, at the first period in which no class was loaded: while classes still
         * load the jar would only be opened again, and with nothing loaded since the last release there is nothing
         * new to close.
         */
        boolean releaseNow(long loaded) {
            boolean release = loaded == previous && loaded != atLastRelease;
            if (release) {
                atLastRelease = loaded;
            }
            previous = loaded;
            return release;
        }
    }
}
