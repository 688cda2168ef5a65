package org.inclusim.experiment;

import java.io.IOException;
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
import org.inclusim.io.IoErrors;
import org.inclusim.io.OutputException;
import org.inclusim.io.OutputFolder;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.ParameterDefinition;
import org.inclusim.scenario.Scenario;

/**
 * Runs a scenario's plan (or one shard of it) into a batch folder: on several threads, each
 * finished run committed on its own (see {@link BatchFolder}), resumable after any interruption,
 * and the tables assembled in plan order at the end, so they are byte-identical for any number
 * of threads, shards or restarts. A run that throws is recorded as failed and the others go on.
 * Variants of a scenario with a policy start week fork from one warm-up per design point and
 * replicate.
 */
public final class BatchRunner {
    /** Executes one run; replaceable in tests (for example to make a run fail). */
    @FunctionalInterface
    public interface RunExecutor {
        RunResult execute(RunSpec spec, RunRecorder recorder);
    }

    private final RunExecutor executor;
    private final boolean forkWarmStarts;

    public BatchRunner() {
        this((spec, recorder) -> ModelRun.execute(spec, recorder, true), true);
    }

    /** A runner with another executor; warm-start forks are then off (they bypass the executor). */
    public BatchRunner(RunExecutor executor) {
        this(executor, false);
    }

    private BatchRunner(RunExecutor executor, boolean forkWarmStarts) {
        this.executor = executor;
        this.forkWarmStarts = forkWarmStarts;
    }

    /** Parameters varied across the plan (by variants or the design), in catalogue order. */
    public static List<String> variedPaths(Scenario scenario) {
        return ParameterCatalog.instance().definitions().stream().map(ParameterDefinition::path)
                .filter(p -> scenario.design().paths().contains(p)
                        || scenario.variants().stream().anyMatch(v -> v.overrides().containsKey(p)))
                .toList();
    }

    static Properties identity(Scenario scenario, ExperimentPlan plan, BatchOptions options, List<String> varied) {
        Properties p = new Properties();
        p.setProperty("scenario.name", scenario.name());
        p.setProperty("scenario.sha256", scenario.sha256());
        p.setProperty("scenario.seed", Long.toString(scenario.seed()));
        p.setProperty("horizon.weeks", Integer.toString(scenario.horizonWeeks()));
        p.setProperty("plan.runs", Integer.toString(plan.size()));
        p.setProperty("replications", Integer.toString(options.replications()));
        p.setProperty("events", options.events().toString());
        p.setProperty("shard", options.shard().toString());
        p.setProperty("varied", String.join(",", varied));
        return p;
    }

    public BatchReport run(Scenario scenario, BatchOptions options, Path dir, Progress progress) {
        ExperimentPlan plan = ExperimentPlan.of(scenario, options.replications());
        List<RunSpec> mine = plan.runs().stream().filter(options.shard()::contains).toList();
        List<String> varied = variedPaths(scenario);
        refuseForeignFolder(dir);
        BatchFolder folder = new BatchFolder(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new OutputException(dir + ": cannot create the batch folder (" + IoErrors.describe(e) + ")");
        }
        Properties identity = identity(scenario, plan, options, varied);
        if (complete(dir, identity)) {
            progress.start(mine.size(), mine.size());
            return new BatchReport(dir, mine.size(), mine.size(), Map.of(), 0, true);
        }
        folder.lock();
        Thread unlockOnExit = new Thread(folder::unlock, "inclusim-batch-unlock");
        Runtime.getRuntime().addShutdownHook(unlockOnExit);
        try {
            folder.open(identity);
            Manifest manifest = new Manifest("batch", scenario);
            manifest.option("threads", options.threads());
            manifest.option("replications", options.replications());
            manifest.option("events", options.events().toString());
            manifest.option("shard", options.shard().toString());
            List<RunSpec> pending = mine.stream().filter(r -> !folder.done(r.runId())).toList();
            progress.start(mine.size(), mine.size() - pending.size());
            Map<Integer, String> failures = new ConcurrentHashMap<>();
            AtomicLong weeks = new AtomicLong();
            execute(tasks(scenario, pending), options, folder, varied, progress, failures, weeks);
            for (RunSpec run : mine) {
                if (!failures.containsKey(run.runId())) {
                    folder.failureOf(run.runId()).ifPresent(e -> failures.put(run.runId(), e));
                }
            }
            int done = (int) mine.stream().filter(r -> folder.done(r.runId())).count();
            boolean complete = done == mine.size();
            for (RunSpec run : mine) {
                String error = failures.get(run.runId());
                manifest.run(run, folder.done(run.runId()) ? "done" : error != null ? "failed" : "pending", error, Double.NaN);
            }
            manifest.option("simulated_weeks", weeks.get());
            if (complete) {
                List<Path> parts = mine.stream().map(r -> folder.part(r.runId())).toList();
                TableAssembler.assemble(parts, varied, dir);
            }
            manifest.finish();
            writeAtomically(dir.resolve(Manifest.FILE), manifest.toJson());
            if (complete && options.shard().count() == 1) {
                folder.dropParts();
            }
            return new BatchReport(dir, mine.size(), done, new LinkedHashMap<>(failures), weeks.get(), complete);
        } catch (IOException e) {
            throw new OutputException(dir + ": cannot write the batch (" + IoErrors.describe(e) + ")");
        } finally {
            folder.unlock();
            try {
                Runtime.getRuntime().removeShutdownHook(unlockOnExit);
            } catch (IllegalStateException e) {
                // the JVM is shutting down; the hook unlocks
            }
        }
    }

    /** A finished, unsharded batch: its tables were assembled and its parts dropped. Nothing to do. */
    private static boolean complete(Path dir, Properties identity) {
        try {
            Path file = dir.resolve(BatchFolder.IDENTITY);
            return Files.exists(file) && BatchFolder.read(file).equals(identity) && Files.exists(dir.resolve(Manifest.FILE))
                    && Files.exists(dir.resolve(RunTables.RUNS)) && !Files.exists(dir.resolve(BatchFolder.PARTS));
        } catch (IOException e) {
            return false;
        }
    }

    private static void refuseForeignFolder(Path dir) {
        try {
            if (Files.isDirectory(dir) && !Files.exists(dir.resolve(BatchFolder.IDENTITY)) && !Files.exists(dir.resolve(BatchFolder.LOCK))
                    && !BatchFolder.isEmptyDir(dir)) {
                throw new OutputException(dir + " exists and is not a batch folder; choose another --out");
            }
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new OutputException(dir + " is a file, not a folder; choose another --out");
            }
        } catch (IOException e) {
            throw new OutputException(dir + ": cannot read the folder (" + IoErrors.describe(e) + ")");
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

    private void execute(List<List<RunSpec>> tasks, BatchOptions options, BatchFolder folder, List<String> varied,
                         Progress progress, Map<Integer, String> failures, AtomicLong weeks) throws IOException {
        AtomicReference<IOException> fatal = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "inclusim-batch");
            t.setDaemon(true);
            return t;
        });
        for (List<RunSpec> task : tasks) {
            pool.submit(() -> {
                if (fatal.get() != null) {
                    return;
                }
                try {
                    runTask(task, options, folder, varied, progress, failures, weeks);
                } catch (IOException e) {
                    fatal.compareAndSet(null, e);
                } catch (UncheckedIOException e) {
                    fatal.compareAndSet(null, e.getCause());
                } catch (Throwable e) {
                    for (RunSpec run : task) {
                        if (!folder.done(run.runId()) && !failures.containsKey(run.runId())) {
                            fail(folder, run, e, progress, failures);
                        }
                    }
                }
            });
        }
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.HOURS)) {
                Thread.onSpinWait();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException again) {
                // give up waiting; the lock is released by the caller
            }
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (fatal.get() != null) {
            throw fatal.get();
        }
    }

    private void runTask(List<RunSpec> task, BatchOptions options, BatchFolder folder, List<String> varied,
                         Progress progress, Map<Integer, String> failures, AtomicLong weeks) throws IOException {
        ModelRun.WarmState warm = null;
        if (task.size() > 1) {
            try {
                warm = ModelRun.warmUp(task.get(0), task.stream().mapToInt(RunSpec::policyStartWeek).max().orElse(0));
                weeks.addAndGet(warm.week());
            } catch (RuntimeException e) {
                for (RunSpec run : task) {
                    fail(folder, run, e, progress, failures);
                }
                return;
            }
        }
        for (RunSpec run : task) {
            Path staging = folder.staging(run.runId());
            try {
                RunResult result;
                try (RunTables tables = new RunTables(staging, varied, false, options.events().records(run))) {
                    result = warm == null ? executor.execute(run, tables) : ModelRun.fork(warm, run, tables);
                    tables.finished(result);
                }
                folder.commit(run.runId(), staging);
                weeks.addAndGet(warm == null ? run.horizonWeeks() : run.horizonWeeks() - warm.week());
                progress.finished(true);
            } catch (IOException | UncheckedIOException e) {
                OutputFolder.deleteTree(staging);
                throw e;
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                OutputFolder.deleteTree(staging);
                fail(folder, run, e, progress, failures);
            }
        }
    }

    private static void fail(BatchFolder folder, RunSpec run, Throwable e, Progress progress, Map<Integer, String> failures) {
        String error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        folder.recordFailure(run.runId(), error);
        failures.put(run.runId(), error);
        progress.finished(false);
    }

    static void writeAtomically(Path file, String content) throws IOException {
        Path staging = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(staging, content);
        Files.move(staging, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
