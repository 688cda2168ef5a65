package org.inclusim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inclusim.experiment.BatchOptions;
import org.inclusim.experiment.BatchRunner;
import org.inclusim.experiment.EventsMode;
import org.inclusim.experiment.Progress;
import org.inclusim.experiment.Shard;
import org.inclusim.io.Durable;
import org.inclusim.presentation.Language;
import org.inclusim.report.Report;
import org.inclusim.scenario.Design;
import org.inclusim.scenario.Scenario;

/**
 * Gets the report's code ready while a batch runs, so that the report after the runs is short.
 *
 * <p>A fresh JVM spends most of a report's time on the code, not the data: loading and
 * initialising JFreeChart, Java2D, fonts, the workbook library and the message catalogue, then
 * interpreting and compiling the statistics, chart and page code. This does that work on a
 * background thread as soon as the batch starts, by writing the report of a small batch of the
 * same scenario into a temporary folder: every variant, {@value #REPLICATIONS} replications of
 * {@value #WEEKS} weeks at the scenario's first design point, on one thread. The temporary folder
 * is deleted; nothing reaches the batch folder, and the real report computes everything again
 * from the batch's own tables, so its results cannot depend on this. A failure here costs only
 * time and is not reported.
 *
 * <p>{@link #close} stops it where it is when the runs end (a small batch of many variants may
 * not be finished); the real report then does what is left, as it would have anyway.
 */
final class ReportWarmUp implements AutoCloseable {
    static final int REPLICATIONS = 2;
    static final int WEEKS = 30;
    /** How long {@link #close} waits for the thread to stop and remove its folder. */
    private static final long STOP_MILLIS = 2_000;

    private final Thread thread;
    /** Removes the temporary folder if the process ends (Ctrl-C) before the warm-up has. */
    private final Thread removeAtExit;

    private ReportWarmUp(Thread thread, Thread removeAtExit) {
        this.thread = thread;
        this.removeAtExit = removeAtExit;
    }

    /** Starts the warm-up of a report in {@code language} (null: the scenario's or the locale's); null if it cannot start. */
    static ReportWarmUp start(Scenario scenario, Language language) {
        Path folder;
        try {
            folder = Files.createTempDirectory("inclusim-report-warm-up-");
        } catch (IOException e) {
            return null;
        }
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
        return new ReportWarmUp(thread, removeAtExit);
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
                null, s.language(), s.labels(), s.extended());
    }

    private static void run(Scenario small, Language language, Path batch) {
        try {
            new BatchRunner().run(small, new BatchOptions(1, REPLICATIONS, EventsMode.ALL, Shard.ALL), batch, Progress.forConsole(true));
            if (!Thread.currentThread().isInterrupted()) {
                Report.make(batch, ReportSettings.options(language, false));
            }
        } catch (IOException | RuntimeException e) {
            // only time is lost: the real report does this work itself
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
    @Override
    public void close() {
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
