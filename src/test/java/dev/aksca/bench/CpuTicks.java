package dev.aksca.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** CPU time from Linux' /proc, in clock ticks: of a process' threads by name, and of the whole machine. */
final class CpuTicks {

    private static final double QUIET_BUSY_SHARE = 0.10;
    /** Where utime is among a stat line's fields after the command name. */
    private static final int UTIME = 11;

    private CpuTicks() {
    }

    /** User + system ticks of process {@code pid}, its ended threads included; 0 where /proc is not there. */
    static long process(long pid) {
        try {
            return ticks(Files.readString(Path.of("/proc", String.valueOf(pid), "stat")));
        } catch (IOException e) {
            return 0;
        }
    }

    /** User + system ticks of this process and of its children that have ended (a wrk run); 0 without /proc. */
    static long selfAndChildren() {
        try {
            // utime and stime, then cutime and cstime: what waited-for children spent.
            return sum(Files.readString(Path.of("/proc/self/stat")), 4);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * User + system ticks of the live threads of {@code pid} whose name matches (a thread that has ended no longer
     * counts, so only differences over a short time mean anything); 0 where /proc is not there.
     */
    static long threads(long pid, Predicate<String> name) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            return tasks.mapToLong(task -> ticks(task, name)).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    /** A thread that ended between listing and reading counts 0. */
    private static long ticks(Path task, Predicate<String> name) {
        try {
            return name.test(Files.readString(task.resolve("comm")).trim())
                    ? ticks(Files.readString(task.resolve("stat"))) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Waits, at most {@code patience}, for half a second in which the machine's CPUs are at least 90 % idle. */
    static void awaitQuietMachine(Duration patience) throws InterruptedException {
        if (!Files.isReadable(Path.of("/proc/stat"))) {
            return;
        }
        long deadline = System.nanoTime() + patience.toNanos();
        long[] before = machine();
        while (System.nanoTime() < deadline) {
            Thread.sleep(500);
            long[] after = machine();
            long total = after[0] - before[0];
            if (total > 0 && 1 - (double) (after[1] - before[1]) / total < QUIET_BUSY_SHARE) {
                return;
            }
            before = after;
        }
    }

    /** {total, idle} ticks of all CPUs since boot. */
    private static long[] machine() {
        String[] cpu = read(Path.of("/proc/stat")).lines().findFirst().orElse("cpu 0 0 0 0").trim().split("\\s+");
        long[] values = Arrays.stream(cpu).skip(1).mapToLong(Long::parseLong).toArray();
        long idle = values[3] + (values.length > 4 ? values[4] : 0);
        return new long[] {Arrays.stream(values).limit(8).sum(), idle};
    }

    /** utime + stime of a /proc stat line; the name in parentheses may itself hold spaces. */
    private static long ticks(String stat) {
        return sum(stat, 2);
    }

    /** The first {@code count} of utime, stime, cutime and cstime of a stat line, whose command name may hold spaces. */
    private static long sum(String stat, int count) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = 0;
        for (int i = UTIME; i < UTIME + count; i++) {
            ticks += Long.parseLong(fields[i]);
        }
        return ticks;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
