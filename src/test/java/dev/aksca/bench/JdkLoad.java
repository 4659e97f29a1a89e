package dev.aksca.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default load generator: {@code concurrency} threads of a fixed pool each send the next request on the JDK's
 * HttpClient as soon as the previous one is answered, until the request budget or the time budget is spent (Java 17
 * has no virtual threads). The client takes 0.19-0.28 ms of CPU per request on the cores the service and the emulated
 * tenant use, about ten times wrk's.
 */
final class JdkLoad implements Load {

    private final HttpClient http;
    private final Sinces sinces;

    JdkLoad(HttpClient http, Sinces sinces) {
        this.http = http;
        this.sinces = sinces;
    }

    @Override
    public String name() {
        return "java.net.http.HttpClient (Java " + System.getProperty("java.version") + ")";
    }

    @Override
    public Stats run(String target, int concurrency, Duration budget, int maxRequests, LoadRequest request)
            throws InterruptedException {
        AtomicInteger issued = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<long[]>> workers = new ArrayList<>();
        long[] window = new long[2];
        for (int t = 0; t < concurrency; t++) {
            workers.add(pool.submit(() -> {
                start.await();
                long deadline = window[0] + budget.toNanos();
                LongList latencies = new LongList();
                int index;
                while (System.nanoTime() < deadline && (index = issued.getAndIncrement()) < maxRequests) {
                    HttpRequest next = build(request);
                    long begin = System.nanoTime();
                    if (!ok(next)) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - begin);
                }
                return latencies.toArray();
            }));
        }
        window[0] = System.nanoTime();
        start.countDown();
        List<long[]> all = new ArrayList<>();
        try {
            for (Future<long[]> worker : workers) {
                all.add(worker.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a load thread failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long wall = System.nanoTime() - window[0];
        return Stats.of(target, concurrency, LongList.concat(all), errors.get(), wall);
    }

    private HttpRequest build(LoadRequest request) {
        String url = request.distinct() ? request.url().replace(LoadRequest.SINCE, sinces.next()) : request.url();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url));
        request.headers().forEach(builder::header);
        return builder.build();
    }

    private boolean ok(HttpRequest request) throws InterruptedException {
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300;
        } catch (IOException e) {
            return false;
        }
    }

    /** Growable primitive list: boxing a Long per sample would itself load the machine being measured. */
    static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }

        static long[] concat(List<long[]> parts) {
            int total = parts.stream().mapToInt(part -> part.length).sum();
            long[] all = new long[total];
            int at = 0;
            for (long[] part : parts) {
                System.arraycopy(part, 0, all, at, part.length);
                at += part.length;
            }
            return all;
        }
    }
}
