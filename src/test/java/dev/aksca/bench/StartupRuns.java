package dev.aksca.bench;

import dev.aksca.support.Emulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start-to-ready and RSS of fresh service processes: plain {@code java -jar}, and again with a class archive written
 * by one training run of the same jar (an AOT cache, {@code -XX:AOTCache}, on JDK 25 and later; a dynamic AppCDS
 * archive, {@code -XX:SharedArchiveFile}, before that), as a container image would ship it.
 */
final class StartupRuns {

    private static final Duration ARCHIVE_WRITE_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration QUIET_PATIENCE = Duration.ofSeconds(30);

    private final Path jar;
    private final Path out;
    private final int emulatorPort;
    private final List<String> jvmOptions;
    private final Tenant tenant;

    StartupRuns(Path jar, Path out, int emulatorPort, List<String> jvmOptions, Tenant tenant) {
        this.jar = jar;
        this.out = out;
        this.emulatorPort = emulatorPort;
        this.jvmOptions = jvmOptions;
        this.tenant = tenant;
    }

    Map<String, Object> measure(int starts) throws Exception {
        Map<String, Object> startup = new LinkedHashMap<>();
        startup.put("java", ServiceProcess.javaVersion());
        startup.put("plain", series("start-", starts, jvmOptions));
        List<String> archive = train();
        startup.put("archiveOptions", archive);
        startup.put("withArchive", series("start-archived-", starts, with(archive)));
        return startup;
    }

    private Map<String, Object> series(String logPrefix, int starts, List<String> options) throws Exception {
        List<Double> ready = new ArrayList<>();
        List<Double> quarkus = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        for (int i = 0; i < starts; i++) {
            // Not while the emulated tenant, just started, or the previous service, just stopped, still use the CPUs.
            CpuTicks.awaitQuietMachine(QUIET_PATIENCE);
            try (ServiceProcess service = ServiceProcess.service(jar, out.resolve(logPrefix + i + ".log"), emulatorPort,
                    options)) {
                ready.add(service.readyMillis);
                quarkus.add(service.quarkusStartedSeconds);
                rss.add(service.rssMiB());
            }
        }
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("startToReadyMillis", ready);
        series.put("quarkusStartedInSeconds", quarkus);
        series.put("rssAtReadyMiB", rss);
        series.put("medianStartToReadyMillis", median(ready));
        series.put("medianQuarkusStartedInSeconds", median(quarkus));
        return series;
    }

    /**
     * One service run that answers the API's reads, then exits normally so the JVM records what it loaded. On JDK 25
     * the cache is then assembled by a JVM of its own, with room for it (the service's own heap cap may be too small).
     */
    private List<String> train() throws Exception {
        boolean aotCache = ServiceProcess.javaFeatureVersion() >= 25;
        Path archive = out.resolve(aotCache ? "app.aot" : "app-cds.jsa");
        Path configuration = out.resolve("app.aotconf");
        Files.deleteIfExists(archive);
        List<String> record = aotCache
                ? List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + configuration)
                : List.of("-XX:ArchiveClassesAtExit=" + archive);
        ServiceProcess service = ServiceProcess.service(jar, out.resolve("training.log"), emulatorPort, with(record));
        try {
            exercise(service);
        } finally {
            service.stop(ARCHIVE_WRITE_TIMEOUT);
        }
        if (aotCache) {
            List<String> create = new ArrayList<>(List.of(ServiceProcess.java()));
            create.addAll(with(List.of("-Xmx1g", "-XX:AOTMode=create", "-XX:AOTConfiguration=" + configuration,
                    "-XX:AOTCache=" + archive, "-jar", jar.toString())));
            Process assembly = new ProcessBuilder(create).redirectErrorStream(true)
                    .redirectOutput(out.resolve("training-assembly.log").toFile()).start();
            if (!assembly.waitFor(ARCHIVE_WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                assembly.destroyForcibly();
            }
        }
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("the training run wrote no archive; see " + out.resolve("training.log"));
        }
        return List.of(aotCache ? "-XX:AOTCache=" + archive : "-XX:SharedArchiveFile=" + archive);
    }

    private void exercise(ServiceProcess service) throws IOException, InterruptedException {
        String token = tenant.token("aksca-admin", "aksca-admin-secret", Emulator.API_SCOPE);
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/accessPolicies/node-ssh", "/readiness",
                "/accessPolicies/node-ssh/verification?user=" + Tenant.enc(Benchmark.USER))) {
            for (int i = 0; i < 20; i++) {
                http.send(HttpRequest.newBuilder(URI.create(service.serviceUrl() + Emulator.AKS_DEMO + path))
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding());
            }
        }
    }

    private List<String> with(List<String> extra) {
        List<String> options = new ArrayList<>(jvmOptions);
        options.addAll(extra);
        return options;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
    }
}
