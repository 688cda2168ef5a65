package org.inclusim.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.inclusim.experiment.ModelRun;
import org.inclusim.experiment.RunRecorder;
import org.inclusim.experiment.RunResult;
import org.inclusim.experiment.RunSpec;
import org.inclusim.experiment.Seeds;
import org.inclusim.model.Transition;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.model.parameters.Scaling;
import org.inclusim.observe.WeeklyRow;

/**
 * The speed benchmark behind {@code inclusim bench}. For each population size it scales the
 * default scenario (users referred over the run, advisers and workplaces in proportion), runs it
 * with weekly observation and streamed (counted, not held) trajectory events, and reports
 * nanoseconds per user-week, peak heap, and MASON's scheduling floors measured in the same
 * process. Figures are medians over repeats.
 */
public final class Benchmark {
    /** Targets from the product's performance contract. */
    static final double MAX_RATIO_TO_FLOOR_100K = 3.0;
    static final double MAX_SECONDS_1M = 60.0;
    static final double MAX_BASELINE_MS = 50.0;
    /** Cost per user-week at 2M users at most this many times that at 1M (linear scaling beyond the cache step). */
    static final double MAX_PER_USER_WEEK_2M_OVER_1M = 1.15;
    /** From this size on, the (slow) MASON floors are measured once, not {@code repeats} times. */
    static final int LARGE = 1_000_000;

    private final String scenarioName;
    private final Parameters base;
    private final int weeks;
    private final int repeats;
    private final long seed;
    private final PrintStream out;

    /**
     * @param scenarioName shown in the report
     * @param base         the scenario's parameters: the baseline line runs them as they are, the
     *                     sizes scale them
     */
    public Benchmark(String scenarioName, Parameters base, int weeks, int repeats, long seed, PrintStream out) {
        this.scenarioName = scenarioName;
        this.base = base;
        this.weeks = weeks;
        this.repeats = repeats;
        this.seed = seed;
        this.out = out;
    }

    /** One size's figures. */
    public record SizeResult(int users, double seconds, double nsPerUserWeek, double nsPerActiveUserWeek,
                             double floorRandomSequence, double ratioToFloor, double floorPerAgentEntry,
                             long peakHeapBytes, long events) {
    }

    /** The parameters scaled so that about {@code users} users are referred over the run. */
    public static Parameters scaled(Parameters p, int users, int weeks) {
        return Scaling.scale(p, users / Scaling.expectedUsers(p, weeks));
    }

    /**
     * Measures one size. Each repeat times a model run and then the RandomSequence floor right
     * after it, so the ratio of the two is taken under the same machine conditions; the reported
     * ratio is the median of these paired ratios. From {@link #LARGE} users on, the (slow) floors
     * are measured once.
     */
    public SizeResult measureSize(int users, boolean perAgentFloor) {
        Parameters p = scaled(base, users, weeks);
        int floorRepeats = users >= LARGE ? 1 : repeats;
        double[] seconds = new double[repeats];
        double[] floors = new double[floorRepeats];
        double[] ratios = new double[floorRepeats];
        long peak = 0;
        RunResult last = null;
        for (int r = 0; r < repeats; r++) {
            System.gc();
            resetPeaks();
            RunSpec spec = new RunSpec(r, "bench", 0, r, Seeds.forReplicate(seed, r), weeks, p);
            last = ModelRun.execute(spec, new CountingRecorder(), true);
            seconds[r] = last.elapsedSeconds();
            peak = Math.max(peak, peakHeap());
            if (r < floorRepeats) {
                floors[r] = SchedulingFloor.randomSequence(users, weeks, seed);
                ratios[r] = seconds[r] * 1e9 / ((double) users * weeks) / floors[r];
            }
        }
        double median = median(seconds);
        double floorEntries = perAgentFloor
                ? median(repeat(floorRepeats, () -> SchedulingFloor.oneEntryPerAgent(users, weeks, seed))) : Double.NaN;
        return new SizeResult(users, median, median * 1e9 / ((double) users * weeks),
                median * 1e9 / last.activeUserWeeks(), median(floors), median(ratios), floorEntries, peak, last.events());
    }

    /** Median milliseconds of one run of the scenario's parameters (260 weeks) after warm-up. */
    public double baselineMillis(int runs) {
        Parameters p = base;
        for (int i = 0; i < 200; i++) {
            ModelRun.execute(new RunSpec(i, "warmup", 0, i, Seeds.forReplicate(seed, i), 260, p), RunRecorder.NONE, true);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            RunSpec spec = new RunSpec(i, "baseline", 0, i, Seeds.forReplicate(seed, i), 260, p);
            ms[i] = ModelRun.execute(spec, new CountingRecorder(), true).elapsedSeconds() * 1000;
        }
        return median(ms);
    }

    /** Runs the whole benchmark and prints a report; returns true if every target is met. */
    public boolean run(int[] sizes) {
        out.printf(Locale.ROOT, "inclusim bench: %d weeks, median of %d, JVM max heap %d MiB, %d cores%n",
                weeks, repeats, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        double baseline = baselineMillis(50);
        out.printf(Locale.ROOT, "scenario %s, as it is (260 weeks): %.2f ms per run, %.0f runs/s on one thread%n",
                scenarioName, baseline, 1000 / baseline);
        out.printf(Locale.ROOT, "%10s %9s %12s %14s %14s %8s %14s %10s %12s%n", "users", "seconds", "ns/user-wk",
                "ns/active-wk", "floor RandSeq", "ratio", "floor 1/agent", "peak MiB", "events");
        List<SizeResult> results = new ArrayList<>();
        for (int size : sizes) {
            SizeResult r = measureSize(size, size <= 10_000);
            results.add(r);
            out.printf(Locale.ROOT, "%10d %9.2f %12.1f %14.1f %14.1f %8.2f %14s %10d %12d%n", r.users(), r.seconds(),
                    r.nsPerUserWeek(), r.nsPerActiveUserWeek(), r.floorRandomSequence(), r.ratioToFloor(),
                    Double.isNaN(r.floorPerAgentEntry()) ? "-" : String.format(Locale.ROOT, "%.1f", r.floorPerAgentEntry()),
                    r.peakHeapBytes() >> 20, r.events());
        }
        Growth.table(results).forEach(out::println);
        return checkTargets(baseline, results);
    }

    private boolean checkTargets(double baselineMs, List<SizeResult> results) {
        boolean ok = verdict(String.format(Locale.ROOT, "baseline run %.2f ms <= %.0f ms", baselineMs, MAX_BASELINE_MS),
                baselineMs <= MAX_BASELINE_MS);
        SizeResult r100k = find(results, 100_000);
        SizeResult r1m = find(results, 1_000_000);
        if (r100k != null) {
            double ratio = r100k.ratioToFloor();
            ok &= verdict(String.format(Locale.ROOT, "100k: model / RandomSequence floor = %.2f (median of paired repeats) <= %.1f", ratio,
                    MAX_RATIO_TO_FLOOR_100K), ratio <= MAX_RATIO_TO_FLOOR_100K);
        }
        if (r1m != null) {
            ok &= verdict(String.format(Locale.ROOT, "1M users x %d weeks in %.1f s <= %.0f s", weeks, r1m.seconds(),
                    MAX_SECONDS_1M), r1m.seconds() <= MAX_SECONDS_1M);
        }
        SizeResult r2m = find(results, 2_000_000);
        if (r1m != null && r2m != null) {
            Growth growth = new Growth(r1m, r2m);
            ok &= verdict(String.format(Locale.ROOT, "2M / 1M ns per user-week = %.2f <= %.2f", growth.perUserWeek(),
                    MAX_PER_USER_WEEK_2M_OVER_1M), growth.perUserWeek() <= MAX_PER_USER_WEEK_2M_OVER_1M);
            out.println(growth.context());
        } else if (r100k != null && r1m != null) {
            out.println(new Growth(r100k, r1m).context());
        }
        return ok;
    }

    private boolean verdict(String text, boolean pass) {
        out.println((pass ? "PASS  " : "FAIL  ") + text);
        return pass;
    }

    private static SizeResult find(List<SizeResult> results, int users) {
        return results.stream().filter(r -> r.users() == users).findFirst().orElse(null);
    }

    private static double[] repeat(int times, java.util.function.DoubleSupplier measurement) {
        double[] values = new double[times];
        for (int i = 0; i < times; i++) {
            values[i] = measurement.getAsDouble();
        }
        return values;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Counts trajectory events and weekly rows as they stream by; holds none of them. */
    static final class CountingRecorder implements RunRecorder {
        long events;
        long weeks;

        @Override
        public void week(RunSpec spec, WeeklyRow row) {
            weeks++;
        }

        @Override
        public void event(RunSpec spec, Transition transition) {
            events++;
        }
    }
}
