package org.redgrid.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who used the machine's CPU during a measured window: the benchmark JVM (the load's client), the
 * platform JVM and the embedded PostgreSQL, in percent of one core (so up to 100 % times the number of
 * cores). On a small machine all of them share the same cores, and these shares tell a bound on CPU from
 * a bound on waiting. The platform's share is split by the kind of thread that used it (request threads,
 * JIT compiler, garbage collector and VM operations), which tells the work per request from a JVM still
 * warming up. Read from {@code /proc}; on a system without it every share is unknown.
 */
record CpuUse(
        double machine,
        double ioWait,
        double bench,
        double platform,
        Map<String, Double> platformThreads,
        double postgres) {

    // The kernel reports process and machine times in USER_HZ ticks, 100 per second on Linux.
    private static final long NANOS_PER_TICK = 10_000_000L;
    private static final double UNKNOWN = -1;

    /** The CPU times at one moment, to be subtracted from a later one; a negative time is unknown. */
    record Snapshot(
            long wallNanos,
            MachineTicks machine,
            long benchNanos,
            long platformNanos,
            Map<String, Long> platformThreadTicks,
            long postgresNanos) {}

    /** Ticks of all cores since boot: busy, waiting for I/O, and all together. */
    record MachineTicks(long busy, long ioWait, long total) {}

    static Snapshot snapshot(PlatformProcess platform) {
        return new Snapshot(
                System.nanoTime(),
                machineTicks(),
                cpuNanos(ProcessHandle.current()),
                cpuNanos(platform.handle()),
                threadTicks(platform.handle().pid()),
                postgresNanos(platform));
    }

    static CpuUse between(Snapshot before, Snapshot after) {
        double wall = after.wallNanos() - before.wallNanos();
        double machine = UNKNOWN;
        double ioWait = UNKNOWN;
        if (before.machine() != null && after.machine() != null) {
            double total = after.machine().total() - before.machine().total();
            int cores = Runtime.getRuntime().availableProcessors();
            machine = 100.0 * cores * (after.machine().busy() - before.machine().busy()) / total;
            ioWait =
                    100.0 * cores * (after.machine().ioWait() - before.machine().ioWait()) / total;
        }
        Map<String, Double> threads = new LinkedHashMap<>();
        after.platformThreadTicks()
                .forEach((kind, ticks) -> threads.put(
                        kind,
                        share(
                                before.platformThreadTicks().getOrDefault(kind, 0L) * NANOS_PER_TICK,
                                ticks * NANOS_PER_TICK,
                                wall)));
        return new CpuUse(
                machine,
                ioWait,
                share(before.benchNanos(), after.benchNanos(), wall),
                share(before.platformNanos(), after.platformNanos(), wall),
                threads,
                share(before.postgresNanos(), after.postgresNanos(), wall));
    }

    String summary() {
        String threads = platformThreads.isEmpty()
                ? ""
                : platformThreads.entrySet().stream()
                        .map(entry -> entry.getKey() + " " + percent(entry.getValue()))
                        .collect(Collectors.joining(", ", " [", "]"));
        return "CPU (100 %% = one core): machine busy %s (benchmark client %s, platform JVM %s%s, PostgreSQL %s,"
                        .formatted(percent(machine), percent(bench), percent(platform), threads, percent(postgres))
                + " kernel and other programs %s), iowait %s".formatted(percent(rest()), percent(ioWait));
    }

    /** What the three measured processes do not account for: the kernel's own work, and other programs. */
    double rest() {
        if (machine < 0 || bench < 0 || platform < 0 || postgres < 0) return UNKNOWN;
        return Math.max(0, machine - bench - platform - postgres);
    }

    static String percent(double value) {
        return value < 0 ? "unknown" : "%.0f %%".formatted(value);
    }

    private static double share(long before, long after, double wallNanos) {
        return before < 0 || after < 0 ? UNKNOWN : 100.0 * (after - before) / wallNanos;
    }

    /** Busy, iowait and total ticks of all cores since boot, from the first line of {@code /proc/stat}. */
    private static MachineTicks machineTicks() {
        try {
            String[] fields =
                    Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal; guest time is already in user and nice.
            long total = 0;
            for (int i = 1; i <= 8 && i < fields.length; i++) total += Long.parseLong(fields[i]);
            long idle = Long.parseLong(fields[4]);
            long ioWait = Long.parseLong(fields[5]);
            return new MachineTicks(total - idle - ioWait, ioWait, total);
        } catch (IOException | RuntimeException notLinux) {
            return null;
        }
    }

    private static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    /**
     * The postmaster's own time, the time of its server processes that have exited (the kernel adds it to
     * the parent when the postmaster reaps them) and that of those still running.
     */
    private static long postgresNanos(PlatformProcess platform) {
        try {
            Optional<ProcessHandle> postmaster = platform.postmaster();
            if (postmaster.isEmpty()) return -1;
            long ticks = ticks(postmaster.get().pid(), true);
            if (ticks < 0) return -1;
            for (ProcessHandle child : postmaster.get().children().toList()) {
                // A server process may exit between listing and reading; its time is then in the parent's.
                ticks += Math.max(0, ticks(child.pid(), false));
            }
            return ticks * NANOS_PER_TICK;
        } catch (IOException | RuntimeException notLinux) {
            return -1;
        }
    }

    /**
     * The CPU ticks of the platform JVM's live threads by kind, from {@code /proc/PID/task/TID/stat};
     * the kernel cuts thread names to 15 characters, enough to tell the kinds apart.
     */
    private static Map<String, Long> threadTicks(long pid) {
        Map<String, Long> ticks = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.merge(threadKind(name), Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                } catch (IOException exited) {
                    // a thread that ended between listing and reading
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            return Map.of();
        }
        return ticks;
    }

    private static String threadKind(String name) {
        if (name.startsWith("http-nio")) return "Tomcat (requests)";
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) return "JIT";
        if (name.startsWith("GC ") || name.startsWith("G1 ") || name.equals("VM Thread")) return "GC and VM";
        return "other";
    }

    /** utime + stime, and with {@code reaped} also cutime + cstime, of one process from {@code /proc/PID/stat}. */
    private static long ticks(long pid, boolean reaped) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name in parentheses may contain spaces; the numbered fields start after it.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            if (reaped) ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            return ticks;
        } catch (IOException gone) {
            return -1;
        }
    }
}
