package org.inclusim.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.inclusim.analysis.Analysis;

/**
 * Wall time and processor time of the report's phases, for {@code --timing}. Phases run side by
 * side on several threads, so a phase's processor time is its own thread's; the total's is the
 * whole process's (every thread, the JIT compilers' and the garbage collector's included), which
 * on a busy machine shows the work the report costs when wall time mostly shows waiting.
 */
public final class Timing implements Analysis.Steps {
    /** One phase: its wall time and its thread's processor time, in milliseconds (NaN where the JVM does not tell). */
    public record Phase(String name, double millis, double cpuMillis) {
    }

    /** Something timed that may fail with an I/O error. */
    @FunctionalInterface
    interface Step<T> {
        T run() throws IOException;
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final List<Phase> phases = Collections.synchronizedList(new ArrayList<>());
    private final long created = System.nanoTime();
    private final long createdCpu = processCpuNanos();
    private volatile double wallMillis;
    private volatile double totalCpuMillis;

    <T> T time(String name, Step<T> step) throws IOException {
        long start = System.nanoTime();
        long cpu = threadCpuNanos();
        try {
            return step.run();
        } finally {
            record(name, start, cpu);
        }
    }

    /** Times a step of the statistics. */
    @Override
    public <T> T step(String name, Supplier<T> work) {
        long start = System.nanoTime();
        long cpu = threadCpuNanos();
        try {
            return work.get();
        } finally {
            record(name, start, cpu);
        }
    }

    private void record(String name, long startNanos, long startCpuNanos) {
        double cpu = startCpuNanos < 0 ? Double.NaN : (threadCpuNanos() - startCpuNanos) / 1e6;
        phases.add(new Phase(name, (System.nanoTime() - startNanos) / 1e6, cpu));
    }

    /** The calling thread's processor time so far, or -1 where the JVM does not measure it. */
    private static long threadCpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }

    /** The processor time of the whole process so far, or 0 where the JVM does not tell. */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    /** The phases in the order they ended. */
    public List<Phase> phases() {
        synchronized (phases) {
            return List.copyOf(phases);
        }
    }

    /** Wall time from this object's creation to {@link #finish} (phases may overlap). */
    public double totalMillis() {
        return wallMillis;
    }

    /** Marks the end of the report. */
    void finish() {
        wallMillis = (System.nanoTime() - created) / 1e6;
        totalCpuMillis = (processCpuNanos() - createdCpu) / 1e6;
    }

    /** One line per phase, then the total: wall and processor milliseconds. */
    public String table() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "  %-30s %8s %8s%n", "phase", "wall ms", "cpu ms"));
        sb.append(String.format(Locale.ROOT, "  (phases run side by side on three threads, listed as they ended; a phase's cpu is its"
                + " thread's, the total's the whole process's)%n"));
        for (Phase p : phases()) {
            sb.append(String.format(Locale.ROOT, "  %-30s %8.0f %8.0f%n", p.name(), p.millis(), p.cpuMillis()));
        }
        return sb.append(String.format(Locale.ROOT, "  %-30s %8.0f %8.0f%n", "total", totalMillis(), totalCpuMillis)).toString();
    }
}
