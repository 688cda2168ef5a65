package org.inclusim.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.inclusim.experiment.BatchOptions;
import org.inclusim.experiment.EventsMode;
import org.inclusim.experiment.DrawnSets;
import org.inclusim.experiment.ExperimentPlan;
import org.inclusim.experiment.Shard;
import org.inclusim.experiment.SlurmScript;
import org.inclusim.scenario.Scenario;
import org.inclusim.observe.RunOutcomes;
import org.inclusim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inclusim slurm}: a ready job array for a SLURM cluster. */
@Command(name = "slurm", mixinStandardHelpOptions = true,
        description = {"Write a SLURM job array for a scenario's batch and print how to submit it.",
                "The array runs the batch in N shards; a merge job waits for them and merges their tables."})
final class SlurmCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file.")
    Path scenarioFile;

    @Option(names = "--tasks", required = true, paramLabel = "N", description = "Array tasks (shards).")
    int tasks;

    @Option(names = "--partition", paramLabel = "P", description = "SLURM partition.")
    String partition;

    @Option(names = "--time", paramLabel = "HH:MM:SS", description = "Time limit per task.")
    String time;

    @Option(names = "--mem", paramLabel = "M", description = "Memory per task, e.g. 4G.")
    String mem;

    @Option(names = "--cpus", paramLabel = "N", defaultValue = "1", description = "CPUs per task (threads). Default: ${DEFAULT-VALUE}.")
    int cpus;

    @Option(names = "--replications", paramLabel = "N", description = "Replications (default: the scenario's).")
    Integer replications;

    @Option(names = "--parameter-draws", paramLabel = "N",
            description = "Run every variant over N draws from the accepted parameter sets (as 'batch --parameter-draws').")
    Integer parameterDraws;

    @Option(names = "--out", paramLabel = "DIR", description = "Where shards and merged tables go (default: results/<scenario>/slurm).")
    Path out;

    @Override
    public Integer call() throws IOException {
        Scenario scenario = BatchCommand.withDraws(new ScenarioLoader(RunOutcomes.COLUMNS).load(scenarioFile), parameterDraws);
        if (tasks < 1 || cpus < 1) {
            throw new UserError("--tasks and --cpus must be at least 1");
        }
        if (time != null && !SlurmScript.validTime(time)) {
            throw new UserError("--time " + time + ": expected minutes, MM:SS, HH:MM:SS or D-HH[:MM[:SS]], minutes and seconds below 60");
        }
        if (mem != null && !SlurmScript.validMemory(mem)) {
            throw new UserError("--mem " + mem + ": expected a whole number with an optional unit K, M, G or T, e.g. 4G");
        }
        if (partition != null && !SlurmScript.validPartition(partition)) {
            throw new UserError("--partition " + partition + ": expected a partition name (letters, digits, _ - .), or several separated by commas");
        }
        long runs = planSize(scenario);
        if (tasks > runs) {
            throw new UserError("--tasks " + tasks + ": the plan has only " + runs + " runs; give at most " + runs);
        }
        Path jar = jar();
        Path dir = out != null ? out : Path.of("results", scenario.name(), "slurm");
        Path submit;
        try {
            submit = SlurmScript.write(scenarioFile, scenario.name(), tasks, new SlurmScript.Resources(partition, time, mem, cpus), jar,
                    dir, replications == null ? scenario.replications() : replications, parameterDraws == null ? 0 : parameterDraws);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        for (String file : List.of("array.sbatch", "merge.sbatch", "submit.sh")) {
            System.out.println("wrote " + submit.getParent().resolve(file));
        }
        System.out.println("submit with:  bash " + submit.toAbsolutePath());
        System.out.println("merged tables and their report will be in " + dir.toAbsolutePath().resolve("merged")
                + " (report.html, analysis/inclusim.xlsx)");
        return 0;
    }

    /** Runs in the plan: variants x design points x replications (checked as for 'batch'). */
    private long planSize(Scenario scenario) {
        try {
            int reps = new BatchOptions(cpus, replications == null ? scenario.replications() : replications, EventsMode.ALL,
                    Shard.ALL).replications();
            ExperimentPlan.checkSize(scenario, reps);
            DrawnSets.of(scenario).check(scenario);
            return scenario.plannedRuns(reps);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static Path jar() {
        try {
            Path location = Path.of(SlurmCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return location.toAbsolutePath();
            }
        } catch (URISyntaxException e) {
            // fall through
        }
        return Path.of("target", "inclusim.jar").toAbsolutePath();
    }
}
