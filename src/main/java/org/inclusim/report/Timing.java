package org.inclusim.report;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.inclusim.analysis.Analysis;

/**
 * Wall time and processor time of the report's phases, for {@code report --timing}. Processor
 * time is the whole process's (every thread, the JIT compiler's included), so on a busy machine
 * it shows the work a phase costs when wall time mostly shows waiting.
 */
public final class Timing implements Analysis.Steps {
    /** One phase: its wall time and the process's processor time during it, in milliseconds. */
    public record Phase(String name, double millis, double cpuMillis) {
    }

    /** Something timed that may fail with an I/O error. */
    @FunctionalInterface
    interface Step<T> {
        T run() throws java.io.IOException;
    }

    /** Times a step of the statistics. */
    @Override
    public <T> T step(String name, Supplier<T> work) {
        long start = System.nanoTime();
        long cpu = processCpuNanos();
        try {
            return work.get();
        } finally {
            record(name, start, cpu);
        }
    }

    private final List<Phase> phases = java.util.Collections.synchronizedList(new ArrayList<>());

    <T> T time(String name, Step<T> step) throws java.io.IOException {
        long start = System.nanoTime();
        long cpu = processCpuNanos();
        try {
            return step.run();
        } finally {
            record(name, start, cpu);
        }
    }

    private void record(String name, long startNanos, long startCpuNanos) {
        phases.add(new Phase(name, (System.nanoTime() - startNanos) / 1e6, (processCpuNanos() - startCpuNanos) / 1e6));
    }

    /** The processor time of the whole process so far, or 0 where the JVM does not tell. */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    public List<Phase> phases() {
        synchronized (phases) {
            return List.copyOf(phases);
        }
    }

    /** Wall time from the start of the first phase to the end of the last (phases may overlap). */
    public double totalMillis() {
        return wallMillis;
    }

    private final long created = System.nanoTime();
    private volatile double wallMillis;

    /** Marks the end of the report (the total's wall time runs from this object's creation). */
    void finish() {
        wallMillis = (System.nanoTime() - created) / 1e6;
        totalCpuMillis = (processCpuNanos() - createdCpu) / 1e6;
    }

    private final long createdCpu = processCpuNanos();
    private volatile double totalCpuMillis;

    /** One line per phase and the total: wall and processor milliseconds. */
    public String table() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "  %-12s %8s %8s%n", "phase", "wall ms", "cpu ms"));
        sb.append(String.format(Locale.ROOT, "  (phases run side by side on up to three threads, in the order they ended;"
                + " cpu is the whole process's during the phase)%n"));
        for (Phase p : phases()) {
            sb.append(String.format(Locale.ROOT, "  %-12s %8.0f %8.0f%n", p.name(), p.millis(), p.cpuMillis()));
        }
        return sb.append(String.format(Locale.ROOT, "  %-12s %8.0f %8.0f%n", "total", totalMillis(), totalCpuMillis)).toString();
    }
}
