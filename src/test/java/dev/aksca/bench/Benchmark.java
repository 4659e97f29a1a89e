package dev.aksca.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aksca.support.Emulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures what the service adds on top of the Graph round trips it needs: the same reads through the service and
 * straight to the emulated tenant, side by side in one run, plus round trips per operation, a throttled burst,
 * start-to-ready time and RSS of the packaged jar. Run with {@code ./mvnw -Pbench verify}; it reports, never asserts.
 */
public final class Benchmark {

    static final String USER = "alice@contoso.com";
    // Longer than aksca.policy.confirm-create-after (2 s by default).
    private static final Duration CONFIRMATION_SETTLE = Duration.ofSeconds(3);
    private static final String SIGN_INS = "/v1.0/auditLogs/signIns";
    private static final double JIT_QUIET_SHARE = 0.03;

    private final Path out;
    private final Duration runBudget = Duration.ofMillis(Long.getLong("bench.run-millis", 3000));
    // Per target and concurrency, so that both processes have run every measured path before the rounds below.
    private final Duration warmUp = Duration.ofMillis(Long.getLong("bench.warmup-millis", 5000));
    // The service's code paths (Graph SDK, OIDC, REST) keep the JIT compiling for a minute or more under load; until
    // it is done, compiler threads take CPU from the requests being measured. Warm-up goes on until they are quiet.
    private final Duration warmUpLimit = Duration.ofMillis(Long.getLong("bench.warmup-limit-millis", 180_000));
    private final int maxRequests = Integer.getInteger("bench.max-requests", 20_000);
    private final int[] concurrencies = Arrays.stream(System.getProperty("bench.concurrency", "1,16,64").split(","))
            .mapToInt(Integer::parseInt).toArray();
    // Extra JVM options for the service process, e.g. -Dbench.service-jvm-options=-Xmx128m; none by default.
    private final List<String> serviceOptions = Arrays.stream(System.getProperty("bench.service-jvm-options", "")
            .trim().split("\\s+")).filter(option -> !option.isEmpty()).toList();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final Sinces sinces = new Sinces();
    private final Load load;

    private Benchmark(Path out) throws Exception {
        this.out = out;
        this.load = load(System.getProperty("bench.load-generator", "auto"));
    }

    /**
     * wrk where it is installed ({@code auto}, the default), the JDK's client elsewhere or when asked for ({@code jdk}):
     * on two shared cores the generator's CPU is taken from the service and the tenant, and the JDK's client takes ten
     * times wrk's per request, about as much as the emulated tenant.
     */
    private Load load(String choice) throws Exception {
        JdkLoad jdk = new JdkLoad(http, sinces);
        if (!List.of("jdk", "wrk", "auto").contains(choice)) {
            throw new IllegalArgumentException("bench.load-generator is jdk, wrk or auto, not " + choice);
        }
        if (choice.equals("jdk")) {
            return jdk;
        }
        Optional<WrkLoad> wrk = WrkLoad.find(out.resolve("wrk"), sinces);
        if (wrk.isPresent()) {
            return wrk.get();
        }
        if (choice.equals("wrk")) {
            throw new IllegalStateException("-Dbench.load-generator=wrk, and no wrk on the PATH: apt-get install wrk");
        }
        return jdk;
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "target");
        Path out = target.resolve("bench");
        Files.createDirectories(out);
        new Benchmark(out).run(target.resolve("quarkus-app/quarkus-run.jar"));
    }

    private void run(Path jar) throws Exception {
        results.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.version"), "runMillis", runBudget.toMillis(),
                "serviceJvmOptions", serviceOptions, "serviceEnvironment", ServiceProcess.environment(),
                "loadGenerator", load.name()));
        try (ServiceProcess tenant = ServiceProcess.emulatedTenant(jar, out.resolve("emulated-tenant.log"))) {
            Map<String, Object> startup = new StartupRuns(jar, out, tenant.emulatorPort, serviceOptions,
                    new Tenant(http, tenant.emulatorUrl())).measure(Integer.getInteger("bench.starts", 3));
            results.put("startup", startup);
            // -Dbench.load-with-archive=true: the measured service starts from the class archive too, so that one
            // process shows start-to-ready, throughput and RSS after load of the configuration an image would ship.
            List<String> loadOptions = new ArrayList<>(serviceOptions);
            boolean withArchive = Boolean.getBoolean("bench.load-with-archive");
            results.put("loadWithArchive", withArchive);
            if (withArchive) {
                @SuppressWarnings("unchecked")
                List<String> archive = (List<String>) startup.get("archiveOptions");
                loadOptions.addAll(archive);
            }
            results.put("loadServiceJvmOptions", loadOptions);
            measure(jar, tenant, loadOptions);
        }
        results.put("goals", Goals.evaluate(results));
        Files.writeString(out.resolve("results.json"),
                Tenant.json().writerWithDefaultPrettyPrinter().writeValueAsString(results));
        System.out.println(Table.render(results));
        System.out.println("JSON: " + out.resolve("results.json"));
    }

    private void measure(Path jar, ServiceProcess emulatedTenant, List<String> options) throws Exception {
        // What the service's own start costs upstream (readiness probe, service principal look-up) is counted too.
        new Tenant(http, emulatedTenant.emulatorUrl()).clearRequests();
        try (ServiceProcess service = ServiceProcess.service(jar, out.resolve("service.log"),
                emulatedTenant.emulatorPort, options)) {
            results.put("loadServiceStartToReadyMillis", service.readyMillis);
            results.put("loadServiceRssAtReadyMiB", service.rssMiB());
            Session session = new Session(service, emulatedTenant);
            // The start-up look-up runs on a thread of its own after ready; this is ample time for it to land.
            Thread.sleep(CONFIRMATION_SETTLE.toMillis());
            Map<String, Object> startUp = session.trips();
            session.prepare();
            Map<String, Object> trips = new LinkedHashMap<>();
            trips.put("start-up, off any request", startUp);
            trips.putAll(session.roundTrips());
            results.put("roundTrips", trips);
            results.put("warmUp", session.warmUp());
            List<Map<String, Object>> latency = new ArrayList<>();
            for (long delay : new long[] {0, 50}) {
                latency.add(session.latency(delay));
            }
            results.put("latency", latency);
            results.put("rssAfterLoadMiB", service.rssMiB());
            results.put("burst", session.burst(200));
        }
    }

    /** One service start: its tokens, the Graph reads it was seen to send, and the measurements made on it. */
    private final class Session {
        private final ServiceProcess service;
        private final ServiceProcess emulatedTenant;
        private final Tenant tenant;
        private String callerToken;
        private String graphToken;
        private String policyQuery;
        private String signInQuery;

        private final String emulator;

        Session(ServiceProcess service, ServiceProcess emulatedTenant) {
            this.service = service;
            this.emulatedTenant = emulatedTenant;
            this.emulator = emulatedTenant.emulatorUrl();
            this.tenant = new Tenant(http, emulator);
        }

        void prepare() throws Exception {
            callerToken = tenant.token("aksca-admin", "aksca-admin-secret", Emulator.API_SCOPE);
            graphToken = tenant.token("aksca-service", "aksca-service-secret", Emulator.GRAPH_SCOPE);
            tenant.throttling(false);
            tenant.expect(put(Emulator.AKS_DEMO + "/accessPolicies/node-ssh", "{}"), 201);
            tenant.signIns(USER, "node-ssh", 3);
            // Lets the deferred confirmation of that create land before round trips are counted.
            Thread.sleep(CONFIRMATION_SETTLE.toMillis());
        }

        /** Graph and ARM calls per operation, each counted alone from the emulator's record. */
        Map<String, Object> roundTrips() throws Exception {
            Map<String, Object> trips = new LinkedHashMap<>();
            trips.put("apply create", count(put(Emulator.AKS_DEMO + "/accessPolicies/control-plane", "{}"), 201));
            trips.put("apply create: confirmation after the answer", afterwards(CONFIRMATION_SETTLE));
            trips.put("apply unchanged", count(put(Emulator.AKS_DEMO + "/accessPolicies/control-plane", "{}"), 200));
            trips.put("apply update",
                    count(put(Emulator.AKS_DEMO + "/accessPolicies/control-plane", "{\"state\":\"disabled\"}"), 200));
            trips.put("get policy", count(get(Emulator.AKS_DEMO + "/accessPolicies/node-ssh"), 200));
            policyQuery = query(tenant.recorded(Emulator.POLICIES_PATH).get(0));
            trips.put("verification", count(get(verification(sinces.next())), 200));
            signInQuery = query(tenant.recorded(SIGN_INS).get(0));
            trips.put("readiness (first)", count(get(Emulator.AKS_DEMO + "/readiness"), 200));
            trips.put("readiness", count(get(Emulator.AKS_DEMO + "/readiness"), 200));
            return trips;
        }

        private Map<String, Object> count(HttpRequest request, int status) throws Exception {
            tenant.clearRequests();
            tenant.expect(request, status);
            return trips();
        }

        /** What the service sends on its own after an answer, e.g. the deferred confirmation of a create. */
        private Map<String, Object> afterwards(Duration settle) throws Exception {
            tenant.clearRequests();
            Thread.sleep(settle.toMillis());
            return trips();
        }

        Map<String, Object> trips() throws Exception {
            Tenant.RoundTrips trips = tenant.roundTrips();
            return Map.of("graph", trips.graph(), "signInReads", trips.signInReads(), "arm", trips.arm());
        }

        Map<String, Object> warmUp() throws Exception {
            long start = System.nanoTime();
            for (int c : concurrencies) {
                load.run("warm-up", c, warmUp, Integer.MAX_VALUE, servicePolicy());
                load.run("warm-up", c, warmUp, Integer.MAX_VALUE, serviceVerification(false));
                load.run("warm-up", c, warmUp.dividedBy(2), Integer.MAX_VALUE, directPolicy());
                load.run("warm-up", c, warmUp.dividedBy(2), Integer.MAX_VALUE, directSignIns());
            }
            int busiest = Arrays.stream(concurrencies).max().orElse(1);
            double jitShare;
            do {
                long jit = jitTicks();
                long all = CpuTicks.process(service.pid());
                load.run("warm-up", busiest, warmUp, Integer.MAX_VALUE, servicePolicy());
                load.run("warm-up", busiest, warmUp, Integer.MAX_VALUE, serviceVerification(false));
                long spent = CpuTicks.process(service.pid()) - all;
                long compiling = jitTicks() - jit;
                // Without /proc there is nothing to wait for; a compiler thread that ended took its ticks with it,
                // so a negative difference says nothing and another round is measured.
                jitShare = spent <= 0 ? 0 : compiling < 0 ? 1 : (double) compiling / spent;
                System.out.printf("  warm-up: JIT compiler threads took %.1f %% of the service's CPU%n", 100 * jitShare);
            } while (jitShare > JIT_QUIET_SHARE && System.nanoTime() - start < warmUpLimit.toNanos());
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("seconds", (System.nanoTime() - start) / 1e9);
            result.put("lastRoundJitShareOfServiceCpu", jitShare);
            return result;
        }

        private long jitTicks() {
            return CpuTicks.threads(service.pid(), name -> name.contains("CompilerThre"));
        }

        /** Each pair runs back to back at each concurrency, so drift on the machine hits both sides alike. */
        Map<String, Object> latency(long delayMillis) throws Exception {
            tenant.graphDelay(delayMillis);
            List<Stats> runs = new ArrayList<>();
            for (int c : concurrencies) {
                runs.add(measure("direct policy read", c, directPolicy()));
                runs.add(measure("service GET policy", c, servicePolicy()));
                runs.add(measure("direct sign-in read", c, directSignIns()));
                runs.add(measure("service verification (uncached)", c, serviceVerification(false)));
                runs.add(measure("service verification (cache hit)", c, serviceVerification(true)));
            }
            tenant.graphDelay(0);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("graphDelayMillis", delayMillis);
            result.put("runs", runs);
            result.put("comparison", Table.compare(runs));
            return result;
        }

        private Stats measure(String name, int concurrency, LoadRequest request) throws Exception {
            load.run(name, concurrency, runBudget.dividedBy(6), maxRequests, request);
            long serviceTicks = CpuTicks.process(service.pid());
            long tenantTicks = CpuTicks.process(emulatedTenant.pid());
            long clientTicks = CpuTicks.selfAndChildren();
            Stats stats = load.run(name, concurrency, runBudget, maxRequests, request).withCpu(
                    CpuTicks.process(service.pid()) - serviceTicks,
                    CpuTicks.process(emulatedTenant.pid()) - tenantTicks, CpuTicks.selfAndChildren() - clientTicks);
            System.out.printf("  %-34s c=%-3d p50 %8.2f ms  p99 %8.2f ms  %8.1f req/s  (%d requests, %d errors)"
                    + "  CPU/request: service %.3f ms, tenant %.3f ms, load generator %.3f ms%n", name, concurrency,
                    stats.p50Millis(), stats.p99Millis(), stats.throughput(), stats.requests(), stats.errors(),
                    stats.serviceCpuMillisPerRequest(), stats.tenantCpuMillisPerRequest(),
                    stats.clientCpuMillisPerRequest());
            return stats;
        }

        /** Identical verifications at once, with Graph's sign-in read limit on: what Graph and the callers see. */
        Map<String, Object> burst(int callers) throws Exception {
            tenant.throttling(true);
            tenant.clearRequests();
            HttpRequest request = get(verification(sinces.next()));
            Map<Integer, Integer> statuses = new TreeMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(callers);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return tenant.send(request).statusCode();
                }));
            }
            long begin = System.nanoTime();
            go.countDown();
            for (Future<Integer> answer : answers) {
                statuses.merge(answer.get(), 1, Integer::sum);
            }
            double millis = (System.nanoTime() - begin) / 1e6;
            pool.shutdown();
            Tenant.RoundTrips trips = tenant.roundTrips();
            tenant.throttling(false);
            Map<String, Object> burst = new LinkedHashMap<>();
            burst.put("callers", callers);
            burst.put("signInReads", trips.signInReads());
            burst.put("graphCalls", trips.graph());
            burst.put("callerStatuses", statuses);
            burst.put("caller429s", statuses.getOrDefault(429, 0));
            burst.put("millis", millis);
            return burst;
        }

        private LoadRequest servicePolicy() {
            return api(Emulator.AKS_DEMO + "/accessPolicies/node-ssh");
        }

        private LoadRequest serviceVerification(boolean cached) {
            return api(verification(cached ? sinces.fixed() : LoadRequest.SINCE));
        }

        private LoadRequest api(String path) {
            return new LoadRequest(service.serviceUrl() + path,
                    Map.of("Authorization", "Bearer " + callerToken, "Accept", "application/json"));
        }

        private LoadRequest directPolicy() {
            return graph(Emulator.POLICIES_PATH, encode(policyQuery), Map.of());
        }

        private LoadRequest directSignIns() {
            String query = signInQuery.replaceFirst("createdDateTime ge [^ &]+", "createdDateTime ge " + LoadRequest.SINCE);
            return graph(SIGN_INS, encode(query).replace(Tenant.enc(LoadRequest.SINCE), LoadRequest.SINCE),
                    Map.of("Prefer", "include-unknown-enum-members"));
        }

        private LoadRequest graph(String path, String encodedQuery, Map<String, String> extra) {
            Map<String, String> headers = new LinkedHashMap<>(extra);
            headers.put("Authorization", "Bearer " + graphToken);
            headers.put("Accept", "application/json");
            return new LoadRequest(emulator + path + "?" + encodedQuery, headers);
        }

        private HttpRequest get(String path) {
            return HttpRequest.newBuilder(URI.create(service.serviceUrl() + path))
                    .header("Authorization", "Bearer " + callerToken).header("Accept", "application/json").build();
        }

        private HttpRequest put(String path, String body) {
            return HttpRequest.newBuilder(URI.create(service.serviceUrl() + path))
                    .header("Authorization", "Bearer " + callerToken).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
        }

        private String verification(String since) {
            return Emulator.AKS_DEMO + "/accessPolicies/node-ssh/verification?user=" + Tenant.enc(USER)
                    + "&since=" + since;
        }
    }

    /** The recorded (decoded) query of a request the service sent, to send the very same read directly. */
    private static String query(JsonNode recorded) {
        return recorded.path("query").asText();
    }

    private static String encode(String decodedQuery) {
        StringBuilder encoded = new StringBuilder();
        for (String pair : decodedQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (encoded.length() > 0) {
                encoded.append('&');
            }
            encoded.append(Tenant.enc(pair.substring(0, eq))).append('=').append(Tenant.enc(pair.substring(eq + 1)));
        }
        return encoded.toString();
    }
}
