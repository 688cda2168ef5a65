package org.inclusim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.inclusim.experiment.BatchOptions;
import org.inclusim.experiment.BatchReport;
import org.inclusim.experiment.BatchRunner;
import org.inclusim.experiment.EventsMode;
import org.inclusim.experiment.Progress;
import org.inclusim.experiment.RunTables;
import org.inclusim.scenario.Scenario;
import org.inclusim.observe.RunOutcomes;
import org.inclusim.presentation.Messages;
import org.inclusim.report.Report;
import org.inclusim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inclusim batch}: every run of a scenario's plan, in parallel, resumable. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Run a scenario's whole plan (variants x design points x replications) on all cores.",
                "Writes runs.csv, weekly.csv, events.csv, mentors.csv, manifest.json and the report. Rerunning the same",
                "command on the same folder resumes it. Exit code 4 if some runs failed."})
final class BatchCommand implements Callable<Integer> {
    /** Exit code when some runs failed (the others are kept). */
    static final int SOME_FAILED = 4;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file.")
    Path scenarioFile;

    @Mixin
    BatchOptionsMixin batch;

    @Option(names = "--events", paramLabel = "all|none|sample:K", defaultValue = "all",
            description = "Which runs write events.csv rows: all, none, or the first K replicates (default: ${DEFAULT-VALUE}).")
    String events;

    @Option(names = "--parameter-draws", paramLabel = "N",
            description = "Run every variant over N draws from the accepted parameter sets of the calibration the scenario"
                    + " extends (overrides the scenario's parameter_draws); effects then get intervals that combine parameter"
                    + " and stochastic uncertainty.")
    Integer parameterDraws;

    @Option(names = "--no-report", description = "Do not write the report (analysis/, charts/, report.html) at the end.")
    boolean noReport;

    @Mixin
    LanguageOption language;

    @Option(names = "--timing", description = "Print how long the runs and the report took, and each phase of the report.")
    boolean timing;

    @Override
    public Integer call() throws IOException {
        Scenario scenario = withDraws(new ScenarioLoader(RunOutcomes.COLUMNS).load(scenarioFile), parameterDraws);
        Messages messages = language.messages(scenario.language());
        EventsMode eventsMode;
        try {
            eventsMode = EventsMode.parse(events);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        BatchOptions options = batch.options(scenario, eventsMode);
        Path dir = batch.folder(scenario);
        boolean reportAtEnd = !noReport && options.shard().count() == 1;
        ReportAhead ahead = reportAtEnd ? ReportAhead.start(scenario, language.given()) : null;
        BatchReport report;
        try {
            BatchRunner runner = ahead == null ? new BatchRunner() : new BatchRunner().withListener(ahead);
            report = runner.run(scenario, options, dir, Progress.forConsole(batch.quiet));
        } finally {
            if (ahead != null) {
                ahead.stopWarmUp();
            }
        }
        if (!batch.quiet) {
            System.out.printf("inclusim batch: %s, %d of %d runs done%s, folder %s%n", scenario.name(), report.done(),
                    report.runs(), report.failures().isEmpty() ? "" : ", " + report.failures().size() + " failed", dir);
            for (Map.Entry<Integer, String> f : report.failures().entrySet()) {
                System.out.printf("  run %d failed: %s%n", f.getKey(), f.getValue());
            }
            if (report.assembled() && Files.exists(dir.resolve(RunTables.RUNS))) {
                System.out.print(BatchSummary.table(dir.resolve(RunTables.RUNS), messages));
            }
        }
        if (report.assembled() && reportAtEnd) {
            long reportStart = System.nanoTime();
            Report.Result result = ReportSettings.write(dir, language.given(), timing, ahead.digests());
            if (timing) {
                printTiming(reportStart, result);
            }
            System.out.println(messages.text("cli.report_written", result.file()));
        }
        return report.failures().isEmpty() && report.assembled() ? 0 : SOME_FAILED;
    }

    /** The scenario with {@code --parameter-draws}, if given. */
    static Scenario withDraws(Scenario scenario, Integer draws) {
        try {
            return draws == null ? scenario : scenario.withParameterDraws(draws);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /**
     * The wall time of the whole command (from the start of the process, as a user waits for it),
     * the report's part and share of it, and the report's phases.
     */
    private static void printTiming(long reportStart, Report.Result result) {
        double report = (System.nanoTime() - reportStart) / 1e9;
        double total = ProcessHandle.current().info().startInstant()
                .map(started -> Duration.between(started, Instant.now()).toNanos() / 1e9).orElse(Double.NaN);
        System.out.printf(Locale.ROOT, "timing: %.2f s in all since the process started, of which the report %.2f s (%.0f %%)%n",
                total, report, 100 * report / total);
        System.out.print(result.timing().table());
    }
}
