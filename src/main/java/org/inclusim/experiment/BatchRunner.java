package org.inclusim.experiment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.inclusim.io.Durable;
import org.inclusim.io.IoErrors;
import org.inclusim.io.LockFile;
import org.inclusim.io.OutputException;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.ParameterDefinition;
import org.inclusim.model.parameters.UserGroups;
import org.inclusim.scenario.Scenario;
import org.inclusim.scenario.Variant;

/**
 * Runs a scenario's plan (or one shard of it) into a batch folder: on several threads, each
 * worker appending its finished runs to its own part segment and committing them every second
 * (see {@link Parts}), resumable after any interruption, and the tables assembled in plan order
 * at the end, so they are byte-identical for any number of threads, shards or restarts. A run
 * that throws is recorded as failed and the others go on. Variants of a scenario with a policy
 * start week fork from one warm-up per design point and replicate.
 */
public final class BatchRunner {
    /** Executes one run; replaceable in tests (for example to make a run fail). */
    @FunctionalInterface
    public interface RunExecutor {
        RunResult execute(RunSpec spec, RunRecorder recorder);
    }

    /**
     * Told of each run finished and added to its worker's part segment, for work on its rows that
     * need not wait for the whole batch (the report's statistics start this way). Called on the
     * worker thread that ran the run, with the very bytes appended to the segment. The run's index
     * line follows within a second ({@link Parts}); a batch that cannot commit it stops with an
     * error and assembles no tables, so a listener's work counts only for runs that end up in
     * them. A listener must not throw.
     */
    @FunctionalInterface
    public interface RunListener {
        /** @param rows opens the run's rows of one table ({@link RunTables#WEEKLY}, ...) as CSV without a header */
        void committed(RunSpec run, RowSource rows);
    }

    /** Opens a finished run's rows of one table. */
    @FunctionalInterface
    public interface RowSource {
        InputStream open(String table) throws IOException;
    }

    private final RunExecutor executor;
    private final boolean forkWarmStarts;
    private final RunListener listener;

    public BatchRunner() {
        this((spec, recorder) -> ModelRun.execute(spec, recorder, true), true);
    }

    /** A runner with another executor; warm-start forks are then off (they bypass the executor). */
    public BatchRunner(RunExecutor executor) {
        this(executor, false);
    }

    private BatchRunner(RunExecutor executor, boolean forkWarmStarts) {
        this(executor, forkWarmStarts, (run, rows) -> {
        });
    }

    private BatchRunner(RunExecutor executor, boolean forkWarmStarts, RunListener listener) {
        this.executor = executor;
        this.forkWarmStarts = forkWarmStarts;
        this.listener = listener;
    }

    /** This runner, telling {@code runListener} of each run finished. */
    public BatchRunner withListener(RunListener runListener) {
        return new BatchRunner(executor, forkWarmStarts, runListener);
    }

    /** Parameters varied across the plan (by variants or the design), in catalogue order. */
    public static List<String> variedPaths(Scenario scenario) {
        return variedPaths(scenario, scenario.variants());
    }

    /**
     * Parameters the given variants or the design set, in catalogue order, then the user groups'
     * values they set ({@code groups.NAME.…}) in the order first set: the varied columns of runs.csv.
     */
    static List<String> variedPaths(Scenario scenario, List<Variant> variants) {
        java.util.function.Predicate<String> set = p -> scenario.design().paths().contains(p)
                || variants.stream().anyMatch(v -> v.overrides().containsKey(p));
        List<String> paths = new ArrayList<>(ParameterCatalog.instance().definitions().stream().map(ParameterDefinition::path)
                .filter(set).toList());
        java.util.LinkedHashSet<String> groups = new java.util.LinkedHashSet<>();
        variants.forEach(v -> groups.addAll(v.overrides().keySet()));
        groups.addAll(scenario.design().paths());
        groups.stream().filter(UserGroups::isGroupPath).forEach(paths::add);
        return paths;
    }

    /**
     * Runs one run as a batch worker does (the model with weekly observation, its rows formatted
     * as the batch appends them), without writing them: for estimates of a batch's time. Returns
     * the size of the run's rows in bytes.
     */
    public static long runAsInBatch(RunSpec spec, List<String> varied, boolean events) {
        RunRows rows = new RunRows();
        RunTables tables = RunTables.inMemory(varied, events, rows);
        tables.finished(ModelRun.execute(spec, tables, true));
        long bytes = 0;
        for (byte[] table : rows.encode()) {
            bytes += table.length;
        }
        return bytes;
    }

    /** What one call works on. */
    private record Job(Scenario scenario, BatchOptions options, List<RunSpec> mine, List<String> varied, BatchFolder folder,
                       Progress progress) {
        boolean sharded() {
            return options.shard().count() > 1;
        }
    }

    public BatchReport run(Scenario scenario, BatchOptions options, Path dir, Progress progress) {
        ExperimentPlan plan = ExperimentPlan.of(scenario, options.replications());
        List<RunSpec> mine = plan.runs().stream().filter(options.shard()::contains).toList();
        List<String> varied = variedPaths(scenario);
        Properties identity = BatchIdentity.of(scenario, plan, options, varied);
        BatchFolder folder = new BatchFolder(dir);
        folder.create();
        Job job = new Job(scenario, options, mine, varied, folder, progress);
        LockFile lock = folder.lock();
        boolean finished = false;
        try {
            folder.claim(identity);
            if (plan.draws().active()) {
                plan.draws().write(folder.dir().resolve(DrawnSets.FILE));
            }
            BatchReport report = resumeOrFinish(job);
            finished = report.assembled() && !job.sharded();
            return report;
        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof IOException x ? x : ((UncheckedIOException) e).getCause();
            throw new OutputException(dir + ": cannot write the batch (" + IoErrors.describe(io) + "); rerun the same command to resume");
        } finally {
            release(lock, finished || !job.sharded() && folder.finalized());
        }
    }

    /** Finishes an interrupted cleanup, or runs what is left and assembles the tables. */
    private BatchReport resumeOrFinish(Job job) throws IOException {
        BatchFolder folder = job.folder();
        Map<String, Long> sizes = folder.finished();
        if (sizes != null && !job.sharded()) {
            folder.checkTables(sizes);
            folder.dropParts();
            job.progress().start(job.mine().size(), job.mine().size());
            return new BatchReport(folder.dir(), job.mine().size(), job.mine().size(), Map.of(), 0, true);
        }
        Durable.removeTemporaries(folder.dir());
        try (Parts parts = Parts.open(folder.parts())) {
            if (parts.damage() != null) {
                job.progress().note(parts.damage());
            }
            Map<Integer, String> damaged = parts.verify(job.mine().stream().map(RunSpec::runId).toList());
            damaged.forEach((run, why) -> job.progress().note("run " + run + " is damaged (" + why + "); it is redone"));
            List<RunSpec> pending = job.mine().stream().filter(r -> !parts.done(r.runId())).toList();
            if (sizes != null && pending.isEmpty() && tablesIntact(folder, sizes)) {
                job.progress().start(job.mine().size(), job.mine().size());
                return new BatchReport(folder.dir(), job.mine().size(), job.mine().size(), Map.of(), 0, true);
            }
            if (sizes != null) {
                folder.unmarkFinished();
            }
            return runAndAssemble(job, parts, pending);
        }
    }

    private static boolean tablesIntact(BatchFolder folder, Map<String, Long> sizes) {
        try {
            folder.checkTables(sizes);
            return true;
        } catch (OutputException | IOException e) {
            return false;
        }
    }

    private BatchReport runAndAssemble(Job job, Parts parts, List<RunSpec> pending) throws IOException {
        Manifest manifest = new Manifest("batch", job.scenario());
        manifest.option("threads", job.options().threads());
        manifest.option("replications", job.options().replications());
        manifest.option("events", job.options().events().toString());
        manifest.option("shard", job.options().shard().toString());
        job.progress().start(job.mine().size(), job.mine().size() - pending.size());
        Map<Integer, String> failures = new ConcurrentHashMap<>();
        AtomicLong weeks = new AtomicLong();
        BatchFolder folder = job.folder();
        try (TableAssembler tables = new TableAssembler(folder.dir(), job.varied(), job.scenario().draws().active())) {
            Frontier frontier = new Frontier(job.mine(), parts, tables);
            execute(tasks(job.scenario(), pending), job, parts, failures, weeks, frontier);
            int done = 0;
            for (RunSpec run : job.mine()) {
                boolean ok = parts.done(run.runId());
                done += ok ? 1 : 0;
                String error = ok ? null : failures.computeIfAbsent(run.runId(), id -> parts.failure(id).orElse(null));
                manifest.run(run, ok ? "done" : error != null ? "failed" : "pending", error, Double.NaN);
            }
            manifest.option("simulated_weeks", weeks.get());
            boolean complete = done == job.mine().size();
            Map<String, Long> sizes = null;
            if (complete) {
                frontier.advance();
                sizes = tables.finish();
            }
            manifest.finish();
            manifest.write(folder.dir().resolve(Manifest.FILE));
            if (complete) {
                folder.markFinished(sizes);
                if (!job.sharded()) {
                    parts.close();
                    folder.dropParts();
                }
            }
            return new BatchReport(folder.dir(), job.mine().size(), done, new LinkedHashMap<>(failures), weeks.get(), complete);
        }
    }

    /**
     * The finished runs at the head of the plan, appended to the tables while later runs are still
     * computed, so that little is left to copy when the last run ends.
     */
    private static final class Frontier {
        private final List<RunSpec> runs;
        private final Parts parts;
        private final TableAssembler tables;
        private int next;

        Frontier(List<RunSpec> runs, Parts parts, TableAssembler tables) {
            this.runs = runs;
            this.parts = parts;
            this.tables = tables;
        }

        /** Appends every committed run from the head of the plan on, up to the first that is not. */
        void advance() throws IOException {
            while (next < runs.size()) {
                java.util.Optional<Parts.Part> part = parts.part(runs.get(next).runId());
                if (part.isEmpty()) {
                    return;
                }
                tables.append(part.get());
                next++;
            }
        }
    }

    /**
     * Releases the lock. A finished unsharded batch also deletes its lock file: nothing in the
     * folder changes any more, so a process that still locks the deleted file finds it finished.
     */
    private static void release(LockFile lock, boolean finished) {
        try {
            if (finished) {
                Files.deleteIfExists(lock.file());
            }
        } catch (IOException e) {
            // a lock file left in a finished folder is harmless
        }
        try {
            lock.close();
        } catch (IOException e) {
            // the operating system releases the lock when this process ends
        }
    }

    /** Groups runs that can fork from one warm-up: same design point and replicate, with a policy week. */
    private List<List<RunSpec>> tasks(Scenario scenario, List<RunSpec> pending) {
        List<List<RunSpec>> tasks = new ArrayList<>();
        boolean fork = forkWarmStarts && scenario.policyStartWeek() != null && scenario.policyStartWeek() > 0
                && scenario.variants().size() > 1;
        if (!fork) {
            pending.forEach(r -> tasks.add(List.of(r)));
            return tasks;
        }
        Map<String, List<RunSpec>> groups = new LinkedHashMap<>();
        for (RunSpec r : pending) {
            groups.computeIfAbsent(r.point() + "/" + r.replicate(), k -> new ArrayList<>()).add(r);
        }
        tasks.addAll(groups.values());
        return tasks;
    }

    private void execute(List<List<RunSpec>> tasks, Job job, Parts parts, Map<Integer, String> failures, AtomicLong weeks,
                         Frontier frontier) throws IOException {
        AtomicReference<Throwable> fatal = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(job.options().threads(), r -> {
            Thread t = new Thread(r, "inclusim-batch");
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<RunRows> rows = ThreadLocal.withInitial(RunRows::new);
        for (List<RunSpec> task : tasks) {
            pool.submit(() -> {
                if (fatal.get() != null) {
                    return;
                }
                try {
                    runTask(task, job, parts, rows.get(), failures, weeks);
                } catch (UncheckedIOException e) {
                    fatal.compareAndSet(null, e.getCause());
                } catch (IOException | RuntimeException | Error e) {
                    fatal.compareAndSet(null, e);
                }
            });
        }
        await(pool, frontier, fatal);
        Throwable e = fatal.get();
        if (e == null) {
            parts.commit();
            return;
        }
        try {
            parts.commit();
        } catch (IOException again) {
            e.addSuppressed(again);
        }
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof Error error) {
            throw error;
        }
        throw (RuntimeException) e;
    }

    /** Waits for the workers, meanwhile appending finished runs to the tables; an error there stops the workers. */
    private static void await(ExecutorService pool, Frontier frontier, AtomicReference<Throwable> fatal) throws IOException {
        pool.shutdown();
        try {
            while (!pool.awaitTermination(200, TimeUnit.MILLISECONDS)) {
                if (fatal.get() == null) {
                    try {
                        frontier.advance();
                    } catch (IOException e) {
                        fatal.compareAndSet(null, e);
                    }
                }
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private void runTask(List<RunSpec> task, Job job, Parts parts, RunRows rows, Map<Integer, String> failures, AtomicLong weeks)
            throws IOException {
        ModelRun.WarmState warm = null;
        if (task.size() > 1) {
            try {
                warm = ModelRun.warmUp(task.get(0), task.stream().mapToInt(RunSpec::policyStartWeek).max().orElse(0));
                weeks.addAndGet(warm.week());
            } catch (Throwable e) {
                for (RunSpec run : task) {
                    fail(parts, run, e, job.progress(), failures);
                }
                return;
            }
        }
        for (RunSpec run : task) {
            rows.clear();
            try {
                RunTables tables = RunTables.inMemory(job.varied(), job.options().events().records(run), rows);
                RunResult result = warm == null ? executor.execute(run, tables) : ModelRun.fork(warm, run, tables);
                tables.finished(result);
            } catch (Throwable e) {
                rows.clear();
                fail(parts, run, e, job.progress(), failures);
                continue;
            }
            byte[][] encoded = rows.encode();
            parts.add(run.runId(), encoded, rows.lines());
            weeks.addAndGet(warm == null ? run.horizonWeeks() : run.horizonWeeks() - warm.week());
            job.progress().finished(true);
            listener.committed(run, table -> new ByteArrayInputStream(encoded[RunTables.TABLES.indexOf(table)]));
        }
    }

    private static void fail(Parts parts, RunSpec run, Throwable e, Progress progress, Map<Integer, String> failures)
            throws IOException {
        String error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        parts.fail(run.runId(), error);
        failures.put(run.runId(), error);
        progress.finished(false);
    }
}
