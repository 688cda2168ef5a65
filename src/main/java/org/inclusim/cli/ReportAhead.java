package org.inclusim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.inclusim.analysis.Analysis;
import org.inclusim.analysis.RunDigests;
import org.inclusim.analysis.cost.CostAnalysis;
import org.inclusim.experiment.BatchOptions;
import org.inclusim.experiment.BatchRunner;
import org.inclusim.experiment.EventsMode;
import org.inclusim.experiment.Progress;
import org.inclusim.experiment.RunSpec;
import org.inclusim.experiment.RunTables;
import org.inclusim.experiment.Shard;
import org.inclusim.io.Durable;
import org.inclusim.presentation.Language;
import org.inclusim.report.Report;
import org.inclusim.scenario.Design;
import org.inclusim.scenario.Scenario;

/**
 * The report's work that need not wait for a batch's last run, so that the report after the runs
 * is short. Two parts, both started with the batch:
 *
 * <ul>
 *   <li><b>Digests of the runs.</b> As a listener of the batch, each run's rows of weekly.csv and
 *   events.csv are parsed when the run finishes, on the worker that ran it, from the very bytes
 *   it appends to its part segment ({@link RunDigests}); the report then reads neither table
 *   again.</li>
 *   <li><b>A warm-up of the report's code.</b> A fresh JVM spends most of a report's time on the
 *   code, not the data: loading and initialising JFreeChart, Java2D, fonts, the workbook library
 *   and the message catalogue, then interpreting and compiling the statistics, chart and page
 *   code. A background thread does that work by writing the report of a small batch of the same
 *   scenario into a temporary folder: every variant, {@value #REPLICATIONS} replications of
 *   {@value #WEEKS} weeks at the scenario's first design point, on one thread, reported the way
 *   the batch's own report is (from digests). The folder is deleted (also if the process is
 *   stopped; one left by a killed process is deleted by the next batch's warm-up); nothing
 *   reaches the batch folder, and the real report computes everything from the
 *   batch's own runs, so its results cannot depend on this. A failure costs only time and is not
 *   reported. {@link #stopWarmUp} stops it where it is when the runs end (a small batch of many
 *   variants may not be finished); the real report then does what is left.</li>
 * </ul>
 */
final class ReportAhead implements BatchRunner.RunListener {
    static final int REPLICATIONS = 2;
    static final int WEEKS = 30;
    /** The warm-up's temporary folder: this prefix, the process id, a dash and a random number. */
    static final String FOLDER_PREFIX = "inclusim-report-warm-up-";
    /** How long {@link #stopWarmUp} waits for the thread to stop and remove its folder. */
    private static final long STOP_MILLIS = 2_000;

    private final RunDigests digests;
    private final Thread thread;
    /** Removes the temporary folder if the process ends (Ctrl-C) before the warm-up has. */
    private final Thread removeAtExit;

    private ReportAhead(RunDigests digests, Thread thread, Thread removeAtExit) {
        this.digests = digests;
        this.thread = thread;
        this.removeAtExit = removeAtExit;
    }

    /** Starts the work ahead of a report in {@code language} (null: the scenario's or the locale's) for a batch of {@code scenario}. */
    static ReportAhead start(Scenario scenario, Language language) {
        RunDigests digests = digests(scenario);
        Path folder;
        try {
            folder = Files.createTempDirectory(FOLDER_PREFIX + ProcessHandle.current().pid() + "-");
        } catch (IOException e) {
            return new ReportAhead(digests, null, null);
        }
        removeStale(folder.getParent());
        Thread thread = new Thread(() -> {
            run(small(scenario), language, folder.resolve("batch"));
            remove(folder);
        }, "inclusim-report-warm-up");
        thread.setDaemon(true);
        Thread removeAtExit = new Thread(() -> {
            stop(thread);
            remove(folder);
        }, "inclusim-report-warm-up-removal");
        Runtime.getRuntime().addShutdownHook(removeAtExit);
        thread.start();
        return new ReportAhead(digests, thread, removeAtExit);
    }

    /** Empty digests for the runs of a batch of {@code scenario}, to be filled as they are committed. */
    static RunDigests digests(Scenario scenario) {
        List<String> varied = BatchRunner.variedPaths(scenario);
        boolean draws = scenario.draws().active();
        List<String> weekly = RunTables.header(RunTables.WEEKLY, varied, draws);
        List<String> columns = new ArrayList<>(Analysis.weeklyColumns());
        columns.addAll(CostAnalysis.weeklyColumns(weekly));
        return new RunDigests(weekly, RunTables.header(RunTables.EVENTS, varied, draws), columns, scenario.horizonWeeks());
    }

    /** The digests of the runs committed so far. */
    RunDigests digests() {
        return digests;
    }

    /** Digests a committed run (see {@link RunDigests}); never throws. */
    @Override
    public void committed(RunSpec run, BatchRunner.RowSource rows) {
        digest(digests, run, rows);
    }

    private static void digest(RunDigests digests, RunSpec run, BatchRunner.RowSource rows) {
        try (InputStream weekly = rows.open(RunTables.WEEKLY); InputStream events = rows.open(RunTables.EVENTS)) {
            digests.add(Integer.toString(run.runId()), weekly, events);
        } catch (IOException e) {
            digests.giveUp();
        }
    }

    /** Interrupts the warm-up and waits briefly for it to end. */
    private static void stop(Thread thread) {
        thread.interrupt();
        try {
            thread.join(STOP_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The scenario at one design point, with a short horizon; seed, variants and parameters as they are. */
    static Scenario small(Scenario s) {
        return new Scenario(s.name(), s.description(), WEEKS, REPLICATIONS, s.seed(), s.parameters(), s.file(), s.sha256(),
                s.variants(), s.policyStartWeek() == null ? null : Math.min(s.policyStartWeek(), WEEKS), s.origins(), Design.NONE,
                null, s.language(), s.labels(), s.extended(), s.claims(), org.inclusim.scenario.ParameterDraws.NONE);
    }

    private static void run(Scenario small, Language language, Path batch) {
        try {
            RunDigests digests = digests(small);
            new BatchRunner().withListener((run, rows) -> digest(digests, run, rows))
                    .run(small, new BatchOptions(1, REPLICATIONS, EventsMode.ALL, Shard.ALL), batch, Progress.forConsole(true));
            if (!Thread.currentThread().isInterrupted()) {
                Report.make(batch, ReportSettings.options(language, false), digests);
            }
        } catch (IOException | RuntimeException e) {
            // only time is lost: the real report does this work itself
        }
    }

    /** Removes the warm-up folders of processes that are gone (killed before they could remove theirs). */
    private static void removeStale(Path temporary) {
        try (Stream<Path> entries = Files.list(temporary)) {
            for (Path p : entries.filter(p -> p.getFileName().toString().startsWith(FOLDER_PREFIX)).toList()) {
                String rest = p.getFileName().toString().substring(FOLDER_PREFIX.length());
                int dash = rest.indexOf('-');
                long pid = dash > 0 && rest.substring(0, dash).chars().allMatch(Character::isDigit) ? Long.parseLong(rest.substring(0, dash)) : -1;
                if (pid > 0 && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)) {
                    remove(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // stale folders stay in the system's temporary directory; nothing depends on them
        }
    }

    private static void remove(Path folder) {
        try {
            Durable.deleteTree(folder);
        } catch (IOException e) {
            // a temporary folder left in the system's temporary directory; nothing else depends on it
        }
    }

    /** Stops the warm-up (if it is still going) and waits briefly for its folder to be removed. */
    void stopWarmUp() {
        if (thread == null) {
            return;
        }
        stop(thread);
        if (!thread.isAlive()) {
            try {
                Runtime.getRuntime().removeShutdownHook(removeAtExit);
            } catch (IllegalStateException e) {
                // the JVM is shutting down; the hook removes the folder
            }
        }
    }
}
