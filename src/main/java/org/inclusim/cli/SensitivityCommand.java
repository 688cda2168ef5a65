package org.inclusim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inclusim.analysis.BatchData;
import org.inclusim.analysis.SensitivityAnalysis;
import org.inclusim.experiment.BatchOptions;
import org.inclusim.experiment.BatchReport;
import org.inclusim.experiment.BatchRunner;
import org.inclusim.experiment.EventsMode;
import org.inclusim.experiment.Progress;
import org.inclusim.observe.RunOutcomes;
import org.inclusim.scenario.Scenario;
import org.inclusim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code inclusim sensitivity}: run a scenario's sensitivity plan through the batch runner and report the indices. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = {"Sobol or Morris sensitivity indices for a scenario's 'sensitivity' block.",
                "Runs the plan (Sobol: Saltelli design, first-order and total indices; Morris: elementary effects)",
                "through the batch runner (parallel, resumable, shardable), then writes analysis/sensitivity.csv,",
                "charts and the report with a sensitivity section."})
final class SensitivityCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file with a 'sensitivity' block.")
    Path scenarioFile;

    @Mixin
    BatchOptionsMixin batch;

    @Override
    public Integer call() throws IOException {
        Scenario scenario = new ScenarioLoader(RunOutcomes.COLUMNS).load(scenarioFile);
        if (scenario.sensitivity() == null) {
            throw new UserError(scenarioFile + ": no 'sensitivity' block (see scenarios/README.md)");
        }
        BatchOptions options = batch.options(scenario, EventsMode.NONE);
        Path dir = batch.folder(scenario);
        BatchReport report = new BatchRunner().run(scenario, options, dir, Progress.forConsole(batch.quiet));
        if (options.shard().count() > 1) {
            System.out.printf("shard %s: %d of %d runs done; merge all shards, then run 'inclusim report' on the merged folder%n",
                    options.shard(), report.done(), report.runs());
            return report.failures().isEmpty() && report.assembled() ? 0 : BatchCommand.SOME_FAILED;
        }
        if (!report.assembled()) {
            System.out.printf("%d of %d runs done; rerun to resume%n", report.done(), report.runs());
            return report.failures().isEmpty() ? 0 : BatchCommand.SOME_FAILED;
        }
        Path html = ReportSettings.write(dir, null, false).file();
        SensitivityAnalysis s = SensitivityAnalysis.of(BatchData.load(dir));
        for (SensitivityAnalysis.Row r : s.rows()) {
            System.out.printf(Locale.ROOT, "%-30s %-38s %-12s %8.3f  (%.3f to %.3f)%n", r.outcome(), r.parameter(), r.index(),
                    r.value(), r.low(), r.high());
        }
        System.out.println("report: " + html);
        return 0;
    }
}
