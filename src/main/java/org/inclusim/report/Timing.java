package org.inclusim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Wall time of the report's phases, for {@code report --timing} and the benchmark. */
public final class Timing {
    /** One phase and its wall time in milliseconds. */
    public record Phase(String name, double millis) {
    }

    /** Something timed that may fail with an I/O error. */
    @FunctionalInterface
    interface Step<T> {
        T run() throws java.io.IOException;
    }

    private final List<Phase> phases = new ArrayList<>();

    <T> T time(String name, Step<T> step) throws java.io.IOException {
        long start = System.nanoTime();
        try {
            return step.run();
        } finally {
            phases.add(new Phase(name, (System.nanoTime() - start) / 1e6));
        }
    }

    public List<Phase> phases() {
        return List.copyOf(phases);
    }

    public double totalMillis() {
        return phases.stream().mapToDouble(Phase::millis).sum();
    }

    /** One line per phase and the total, e.g. {@code   charts      412 ms}. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        for (Phase p : phases) {
            sb.append(String.format(Locale.ROOT, "  %-12s %7.0f ms%n", p.name(), p.millis()));
        }
        return sb.append(String.format(Locale.ROOT, "  %-12s %7.0f ms%n", "total", totalMillis())).toString();
    }
}
