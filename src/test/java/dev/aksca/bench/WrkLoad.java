package dev.aksca.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The load generator wherever Debian's {@code wrk} package is installed, or with {@code -Dbench.load-generator=wrk}:
 * its epoll loop takes about 0.02 ms of CPU per request, a tenth of the JDK client's, which on two cores is CPU the
 * service and the emulated tenant keep. Each run gets a Lua script of its own that sends the request, with a since of
 * its own per request where it asks for one, and prints the figures on one line.
 */
final class WrkLoad implements Load {

    static final String RESULT = "wrk-result";
    // More requests per wrk thread and second than one core can send here.
    private static final long PER_THREAD_AND_SECOND = 50_000;

    private final Path wrk;
    private final Path scripts;
    private final Sinces sinces;
    private final String version;

    private WrkLoad(Path wrk, Path scripts, Sinces sinces, String version) {
        this.wrk = wrk;
        this.scripts = scripts;
        this.sinces = sinces;
        this.version = version;
    }

    /** wrk from the PATH, if there is one. */
    static Optional<WrkLoad> find(Path scripts, Sinces sinces) throws IOException, InterruptedException {
        Optional<Path> wrk = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, "wrk")).filter(Files::isExecutable).findFirst();
        if (wrk.isEmpty()) {
            return Optional.empty();
        }
        Process version = new ProcessBuilder(wrk.get().toString(), "-v").redirectErrorStream(true).start();
        String first = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .findFirst().orElse("wrk");
        version.waitFor();
        Files.createDirectories(scripts);
        return Optional.of(new WrkLoad(wrk.get(), scripts, sinces, first.replaceAll("\\s*Copyright.*", "")));
    }

    @Override
    public String name() {
        return version;
    }

    @Override
    public Stats run(String target, int concurrency, Duration budget, int maxRequests, LoadRequest request)
            throws Exception {
        // wrk has no request budget: a run lasts its time, in whole seconds.
        int threads = Math.min(2, concurrency);
        long seconds = Math.max(1, Math.round(budget.toMillis() / 1000.0));
        long block = PER_THREAD_AND_SECOND * seconds;
        Path script = scripts.resolve("load.lua");
        Files.writeString(script, script(request, request.distinct() ? sinces.reserve(threads * block) : 0, block));
        List<String> command = new ArrayList<>(List.of(wrk.toString(), "-t" + threads, "-c" + concurrency,
                "-d" + seconds + "s", "--timeout", "10s", "-s", script.toString()));
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            command.add("-H");
            command.add(header.getKey() + ": " + header.getValue());
        }
        command.add(request.origin());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + output);
        }
        return parse(target, concurrency, output);
    }

    /**
     * The script of one run: the path, where it holds {@link LoadRequest#SINCE} the instants from {@code first} on,
     * {@code block} milliseconds apart per wrk thread, so that no two requests of a run (or of two runs) share one.
     */
    static String script(LoadRequest request, long first, long block) {
        String path = request.path();
        int since = path.indexOf(LoadRequest.SINCE);
        String before = since < 0 ? path : path.substring(0, since);
        String after = since < 0 ? "" : path.substring(since + LoadRequest.SINCE.length());
        return """
                local before, after, distinct = [==[%s]==], [==[%s]==], %s
                local created = 0
                function setup(thread)
                  thread:set("next_ms", %d + created * %d)
                  created = created + 1
                end
                function request()
                  if not distinct then
                    return wrk.format(nil, before)
                  end
                  local ms = next_ms
                  next_ms = next_ms + 1
                  local since = os.date("!%%Y-%%m-%%dT%%H:%%M:%%S", math.floor(ms / 1000))
                      .. string.format(".%%03dZ", ms %% 1000)
                  return wrk.format(nil, before .. since .. after)
                end
                function done(summary, latency, requests)
                  local e = summary.errors
                  io.write(string.format("%s %%d %%d %%d %%d %%d\\n", summary.requests, summary.duration,
                      latency:percentile(50), latency:percentile(99), e.status + e.connect + e.read + e.write + e.timeout))
                end
                """.formatted(before, after, since >= 0, first, block, RESULT);
    }

    /** The figures from the script's last line: requests, microseconds, p50 and p99 in microseconds, errors. */
    static Stats parse(String target, int concurrency, String output) {
        String[] figures = output.lines().filter(line -> line.startsWith(RESULT + " ")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("no figures from wrk: " + output))
                .substring(RESULT.length() + 1).trim().split(" ");
        long requests = Long.parseLong(figures[0]);
        double seconds = Long.parseLong(figures[1]) / 1e6;
        return new Stats(target, concurrency, (int) requests, Integer.parseInt(figures[4]),
                Long.parseLong(figures[2]) / 1e3, Long.parseLong(figures[3]) / 1e3, requests / seconds, Double.NaN,
                Double.NaN, Double.NaN);
    }
}
