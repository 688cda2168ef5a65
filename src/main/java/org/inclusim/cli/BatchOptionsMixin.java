package org.inclusim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.inclusim.experiment.BatchOptions;
import org.inclusim.experiment.EventsMode;
import org.inclusim.experiment.DrawnSets;
import org.inclusim.experiment.ExperimentPlan;
import org.inclusim.experiment.Shard;
import org.inclusim.scenario.Scenario;
import picocli.CommandLine.Option;

/** The options shared by the commands that run a plan through the batch runner. */
final class BatchOptionsMixin {
    @Option(names = "--out", paramLabel = "DIR", description = "Batch folder (default: results/<scenario>/<time>). Reuse it to resume.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: all cores).")
    Integer threads;

    @Option(names = "--replications", paramLabel = "N", description = "Replications (default: the scenario's).")
    Integer replications;

    @Option(names = "--shard", paramLabel = "i/n", defaultValue = "1/1",
            description = "Run only the i-th of n deterministic shards of the plan (for clusters; see 'merge' and 'slurm').")
    String shard;

    @Option(names = "--quiet", description = "No progress output.")
    boolean quiet;

    BatchOptions options(Scenario scenario, EventsMode events) {
        try {
            BatchOptions options = new BatchOptions(threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                    replications == null ? scenario.replications() : replications, events, Shard.parse(shard));
            ExperimentPlan.checkSize(scenario, options.replications());
            DrawnSets.of(scenario).check(scenario);
            return options;
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** --out, or a new folder named by the time under results/SCENARIO (with -2, -3, ... if two start in one second). */
    Path folder(Scenario scenario) {
        if (out != null) {
            return out;
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path folder = Path.of("results", scenario.name(), stamp);
        for (int n = 2; Files.exists(folder); n++) {
            folder = Path.of("results", scenario.name(), stamp + "-" + n);
        }
        return folder;
    }
}
