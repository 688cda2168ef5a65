package org.inclusim.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.inclusim.experiment.BatchOptions;
import org.inclusim.experiment.BatchReport;
import org.inclusim.experiment.BatchRunner;
import org.inclusim.experiment.EventsMode;
import org.inclusim.experiment.ExperimentPlan;
import org.inclusim.experiment.ModelRun;
import org.inclusim.experiment.Progress;
import org.inclusim.experiment.RunSpec;
import org.inclusim.experiment.Shard;
import org.inclusim.io.Durable;
import org.inclusim.scenario.Scenario;

/**
 * {@code inclusim bench --batch}: what a batch costs beyond its runs, measured in one process.
 * Each round times, on the same runs of the scenario's plan: the model in memory (weekly
 * observation, events counted, nothing kept; as {@code bench} times the baseline), then a batch
 * on one thread with {@code --events none} and with all events (process CPU time: every thread,
 * garbage collection and compilation included), then the batch's wall time on one thread and on
 * two. It reports medians over rounds of each round's ratios, so that other load on the machine
 * affects both sides of a ratio alike, and checks the targets.
 */
public final class BatchBenchmark {
    /** A batch's CPU time per run at most this multiple of the model's, with --events none. */
    static final double MAX_CPU_RATIO_NO_EVENTS = 1.5;
    /** The same with all events. */
    static final double MAX_CPU_RATIO_ALL_EVENTS = 2.0;
    /** Two threads at least this multiple of one thread's throughput (on two or more cores). */
    static final double MIN_SPEED_UP_TWO_THREADS = 1.7;

    private final Scenario scenario;
    private final int replications;
    private final int rounds;
    private final PrintStream out;

    /** @param replications of the scenario's plan (variants x points x replications runs per batch) */
    public BatchBenchmark(Scenario scenario, int replications, int rounds, PrintStream out) {
        this.scenario = scenario;
        this.replications = replications;
        this.rounds = rounds;
        this.out = out;
    }

    /**
     * One round's figures: CPU seconds per run, and wall seconds of the one- and two-thread
     * batches and of the model in memory on two threads (what the machine allows at that moment).
     */
    record Round(double modelCpu, double modelWall, double modelTwoThreadWall, double noEventsCpu, double allEventsCpu,
                 double oneThreadWall, double twoThreadWall) {
    }

    /** Runs the benchmark and prints it; returns true if every target is met. */
    public boolean run() throws IOException {
        List<RunSpec> runs = ExperimentPlan.of(scenario, replications).runs();
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf(Locale.ROOT, "inclusim bench --batch: scenario %s, %d runs per batch, %d rounds (medians), %d cores%n",
                scenario.name(), runs.size(), rounds, cores);
        Path scratch = Files.createTempDirectory("inclusim-bench-batch");
        try {
            round(runs, scratch); // warm-up: compiles the model and the batch code
            Round[] measured = new Round[rounds];
            for (int r = 0; r < rounds; r++) {
                measured[r] = round(runs, scratch);
            }
            return report(measured, runs.size(), cores);
        } finally {
            Durable.deleteTree(scratch);
        }
    }

    private Round round(List<RunSpec> runs, Path scratch) throws IOException {
        long cpu = cpu();
        long wall = System.nanoTime();
        for (RunSpec spec : runs) {
            ModelRun.execute(spec, new Benchmark.CountingRecorder(), true);
        }
        double modelCpu = (cpu() - cpu) / 1e9 / runs.size();
        double modelWall = (System.nanoTime() - wall) / 1e9;
        double modelTwo = modelOnTwoThreads(runs);
        double[] none = batch(scratch, 1, EventsMode.NONE);
        double[] all = batch(scratch, 1, EventsMode.ALL);
        double[] two = batch(scratch, 2, EventsMode.NONE);
        return new Round(modelCpu, modelWall, modelTwo, none[0] / runs.size(), all[0] / runs.size(), none[1], two[1]);
    }

    /** Wall seconds of the same runs in memory on two threads. */
    private static double modelOnTwoThreads(List<RunSpec> runs) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        long wall = System.nanoTime();
        try {
            List<java.util.concurrent.Future<?>> done = runs.stream()
                    .<java.util.concurrent.Future<?>>map(spec -> pool.submit(() -> ModelRun.execute(spec, new Benchmark.CountingRecorder(), true)))
                    .toList();
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a benchmark run failed", e);
        } finally {
            pool.shutdown();
        }
        return (System.nanoTime() - wall) / 1e9;
    }

    /** A whole batch into a fresh folder: {process CPU seconds, wall seconds}. */
    private double[] batch(Path scratch, int threads, EventsMode events) throws IOException {
        Path dir = scratch.resolve("batch");
        Durable.deleteTree(dir);
        Progress quiet = new Progress(new PrintStream(new ByteArrayOutputStream()), Progress.Mode.QUIET);
        long cpu = cpu();
        long wall = System.nanoTime();
        BatchReport report = new BatchRunner().run(scenario, new BatchOptions(threads, replications, events, Shard.ALL), dir, quiet);
        double[] spent = {(cpu() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9};
        if (!report.assembled()) {
            throw new IllegalStateException("the benchmark batch did not finish: " + report.failures());
        }
        Durable.deleteTree(dir);
        return spent;
    }

    private boolean report(Round[] rounds, int runs, int cores) {
        double model = median(rounds, Round::modelCpu);
        out.printf(Locale.ROOT, "model in memory      %8.2f ms CPU per run (%.2f ms wall); %.0f runs/s on 1 thread, %.0f on 2 (%.2f x)%n",
                model * 1e3, median(rounds, Round::modelWall) * 1e3 / runs, runs / median(rounds, Round::modelWall),
                runs / median(rounds, Round::modelTwoThreadWall), median(rounds, r -> r.modelWall() / r.modelTwoThreadWall()));
        double none = median(rounds, Round::noEventsCpu);
        double all = median(rounds, Round::allEventsCpu);
        double noneRatio = median(rounds, r -> r.noEventsCpu() / r.modelCpu());
        double allRatio = median(rounds, r -> r.allEventsCpu() / r.modelCpu());
        out.printf(Locale.ROOT, "batch --events none  %8.2f ms CPU per run (%.2f x the model)%n", none * 1e3, noneRatio);
        out.printf(Locale.ROOT, "batch --events all   %8.2f ms CPU per run (%.2f x the model)%n", all * 1e3, allRatio);
        double one = median(rounds, Round::oneThreadWall);
        double two = median(rounds, Round::twoThreadWall);
        double speedUp = median(rounds, r -> r.oneThreadWall() / r.twoThreadWall());
        out.printf(Locale.ROOT, "throughput           %8.0f runs/s on 1 thread, %.0f on 2 threads (%.2f x)%n", runs / one, runs / two,
                speedUp);
        boolean ok = verdict(String.format(Locale.ROOT, "batch CPU per run, --events none: %.2f x the model <= %.1f", noneRatio,
                MAX_CPU_RATIO_NO_EVENTS), noneRatio <= MAX_CPU_RATIO_NO_EVENTS);
        ok &= verdict(String.format(Locale.ROOT, "batch CPU per run, all events: %.2f x the model <= %.1f", allRatio,
                MAX_CPU_RATIO_ALL_EVENTS), allRatio <= MAX_CPU_RATIO_ALL_EVENTS);
        double machine = median(rounds, r -> r.modelWall() / r.modelTwoThreadWall());
        if (cores < 2) {
            out.println("SKIP  2 threads / 1 thread throughput: this machine has one core");
        } else if (machine < MIN_SPEED_UP_TWO_THREADS) {
            out.printf(Locale.ROOT, "BUSY  2 threads / 1 thread throughput = %.2f, not measurable now: other load let the model itself"
                    + " gain only %.2f x from a second thread; rerun on an idle machine%n", speedUp, machine);
            ok = false;
        } else {
            ok &= verdict(String.format(Locale.ROOT, "2 threads / 1 thread throughput = %.2f >= %.1f (the model itself: %.2f)", speedUp,
                    MIN_SPEED_UP_TWO_THREADS, machine), speedUp >= MIN_SPEED_UP_TWO_THREADS);
        }
        return ok;
    }

    private boolean verdict(String text, boolean pass) {
        out.println((pass ? "PASS  " : "FAIL  ") + text);
        return pass;
    }

    private static double median(Round[] rounds, java.util.function.ToDoubleFunction<Round> figure) {
        double[] values = new double[rounds.length];
        for (int i = 0; i < rounds.length; i++) {
            values[i] = figure.applyAsDouble(rounds[i]);
        }
        return Benchmark.median(values);
    }

    /** CPU time of the whole process (all threads), in nanoseconds. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
