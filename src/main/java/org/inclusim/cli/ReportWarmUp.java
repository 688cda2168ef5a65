package org.inclusim.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inclusim.experiment.BatchOptions;
import org.inclusim.experiment.BatchRunner;
import org.inclusim.experiment.EventsMode;
import org.inclusim.experiment.Progress;
import org.inclusim.experiment.Shard;
import org.inclusim.io.OutputFolder;
import org.inclusim.presentation.Language;
import org.inclusim.report.Report;
import org.inclusim.report.ReportOptions;
import org.inclusim.scenario.Scenario;

/**
 * Makes the report's code warm while a batch's runs are going: a background thread runs a tiny
 * batch of the same scenario (two replications, or one, of a short horizon, one thread, at most
 * {@link #MAX_WARM_UP_RUNS} runs) into a temporary
 * folder, writes its report there and deletes it all. On a fresh JVM the report is then no
 * longer paying for class loading and the JIT (the same report took 1.7 to 2.6 s cold and about
 * 0.6 s warm on the README's main command: docs/performance.md). The batch waits for the warm-up
 * before its own report, so the two never compete. Only for plans of {@link #MIN_RUNS} runs or
 * more: below that the runs are too short to hide the warm-up. A warm-up that fails is ignored.
 */
final class ReportWarmUp {
    static final int MIN_RUNS = 20;
    static final int WEEKS = 26;
    /** Largest warm-up batch (variants x design points x replications); larger designs get none. */
    static final int MAX_WARM_UP_RUNS = 12;

    private final Thread thread;

    private ReportWarmUp(Thread thread) {
        this.thread = thread;
    }

    /** Starts the warm-up (or nothing, for a small plan). */
    static ReportWarmUp start(Scenario scenario, long plannedRuns, Language language) {
        int replications = scenario.plannedRuns(2) <= MAX_WARM_UP_RUNS ? 2 : 1;
        if (plannedRuns < MIN_RUNS || scenario.plannedRuns(replications) > MAX_WARM_UP_RUNS) {
            return new ReportWarmUp(null);
        }
        Thread t = new Thread(() -> run(scenario, replications, language), "report-warm-up");
        t.setDaemon(true);
        t.start();
        return new ReportWarmUp(t);
    }

    /** Waits until the warm-up has finished. */
    void await() {
        if (thread == null) {
            return;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void run(Scenario scenario, int replications, Language language) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("inclusim-warm-up-");
            Scenario small = scenario.withHorizonWeeks(Math.min(WEEKS, scenario.horizonWeeks()));
            if (small.policyStartWeek() != null && small.policyStartWeek() >= small.horizonWeeks()) {
                small = scenario;
            }
            Path batch = dir.resolve("batch");
            new BatchRunner().run(small, new BatchOptions(1, replications, EventsMode.ALL, Shard.ALL), batch,
                    new Progress(new PrintStream(new ByteArrayOutputStream()), Progress.Mode.QUIET));
            Report.make(batch, new ReportOptions(language, "", "", java.util.Map.of(), false));
        } catch (RuntimeException | IOException e) {
            // only a warm-up: the real report does the same work and reports what fails there
        } finally {
            if (dir != null) {
                try {
                    OutputFolder.deleteTree(dir);
                } catch (IOException e) {
                    // a temporary folder left behind is harmless
                }
            }
        }
    }
}
