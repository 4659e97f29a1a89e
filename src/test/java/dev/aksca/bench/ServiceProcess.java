package dev.aksca.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged jar as a child process, as an operator would start it. The emulated tenant runs in a process of its
 * own (the same jar with only the emulator's listener in use), so the service's start-up, heap and RSS are its own.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    final int httpPort;
    final int emulatorPort;
    final double readyMillis;
    final double quarkusStartedSeconds;
    private final Process process;

    private ServiceProcess(Process process, int httpPort, int emulatorPort, double readyMillis, double startedSeconds) {
        this.process = process;
        this.httpPort = httpPort;
        this.emulatorPort = emulatorPort;
        this.readyMillis = readyMillis;
        this.quarkusStartedSeconds = startedSeconds;
    }

    /** The emulated tenant on a free port, ready when its own HTTP port answers. */
    static ServiceProcess emulatedTenant(Path jar, Path log) throws IOException, InterruptedException {
        return start(ProcessHandle.current().info().command().orElse("java"), jar, log, freePort(), true, List.of(),
                Map.of());
    }

    /** The service against an emulated tenant already listening on {@code emulatorPort}, emulator switched off. */
    static ServiceProcess service(Path jar, Path log, int emulatorPort, List<String> jvmOptions)
            throws IOException, InterruptedException {
        return start(java(), jar, log, emulatorPort, false, jvmOptions, environment());
    }

    /** Environment variables for the service process: {@code -Dbench.service-env=MALLOC_ARENA_MAX=2,…}. */
    static Map<String, String> environment() {
        Map<String, String> environment = new TreeMap<>();
        for (String pair : System.getProperty("bench.service-env", "").split(",")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                environment.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
        }
        return environment;
    }

    /** Starts the jar and waits until {@code /q/health/ready} answers 200; the clock starts before the fork. */
    private static ServiceProcess start(String java, Path jar, Path log, int emulatorPort, boolean emulator,
            List<String> jvmOptions, Map<String, String> environment) throws IOException, InterruptedException {
        int httpPort = freePort();
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.add("-Dquarkus.profile=emulator");
        command.add("-Daksca.emulator.enabled=" + emulator);
        command.add("-Daksca.emulator.port=" + emulatorPort);
        command.add("-Dquarkus.http.port=" + httpPort);
        command.add("-jar");
        command.add(jar.toString());
        long begin = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        CompletableFuture<Double> started = new CompletableFuture<>();
        Thread pump = new Thread(() -> pump(process, log, started), "service-log");
        pump.setDaemon(true);
        pump.start();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = begin + READY_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("the service did not become ready; see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // Not listening yet: poll again.
            }
            Thread.sleep(5);
        }
        double readyMillis = (System.nanoTime() - begin) / 1e6;
        double startedSeconds;
        try {
            startedSeconds = started.get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            startedSeconds = Double.NaN;
        }
        return new ServiceProcess(process, httpPort, emulatorPort, readyMillis, startedSeconds);
    }

    private static void pump(Process process, Path log, CompletableFuture<Double> started) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.println(line);
                Matcher matcher = STARTED.matcher(line);
                if (!started.isDone() && matcher.find()) {
                    started.complete(Double.parseDouble(matcher.group(1)));
                }
            }
        } catch (IOException e) {
            started.completeExceptionally(e);
        }
    }

    /** The JVM that runs the service: {@code -Dbench.java=/path/to/bin/java}, else the benchmark's own. */
    static String java() {
        String java = System.getProperty("bench.java", "");
        return java.isBlank() ? ProcessHandle.current().info().command().orElse("java") : java;
    }

    static String javaVersion() throws IOException, InterruptedException {
        Process version = new ProcessBuilder(java(), "-version").redirectErrorStream(true).start();
        String text = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        version.waitFor();
        return text.lines().findFirst().orElse("");
    }

    static int javaFeatureVersion() throws IOException, InterruptedException {
        Matcher matcher = Pattern.compile("version \"(?:1\\.)?(\\d+)").matcher(javaVersion());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    String serviceUrl() {
        return "http://localhost:" + httpPort;
    }

    String emulatorUrl() {
        return "http://localhost:" + emulatorPort;
    }

    long pid() {
        return process.pid();
    }

    /** Resident set size from {@code /proc/<pid>/status}, in MiB; NaN where /proc is not there. */
    double rssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    @Override
    public void close() throws InterruptedException {
        stop(Duration.ofSeconds(10));
    }

    /** SIGTERM, so shutdown hooks run (and a JVM asked to write a class archive writes it), then waits for it. */
    void stop(Duration patience) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
