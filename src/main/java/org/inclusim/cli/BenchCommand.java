package org.inclusim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.inclusim.bench.BatchBenchmark;
import org.inclusim.bench.Benchmark;
import org.inclusim.model.parameters.ParameterException;
import org.inclusim.model.parameters.Scaling;
import org.inclusim.scenario.Scenario;
import org.inclusim.observe.RunOutcomes;
import org.inclusim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code inclusim bench}: the speed benchmark (a benchmark, never a timed test). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark the model at several population sizes against MASON's scheduling floors.",
                "Run with -Xmx4g for the 1M and 2M sizes: java -Xmx4g -jar target/inclusim.jar bench",
                "With --batch: what a batch costs beyond its runs (CPU per run against the model in memory, with no and all",
                "events; one thread against two).",
                "Exit code 0 if every performance target is met, 3 if one is missed."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", paramLabel = "N[,N...]", defaultValue = "10000,100000,1000000,2000000",
            description = "Users referred over the run (advisers and workplaces scaled in proportion). Default: ${DEFAULT-VALUE}.")
    int[] sizes;

    @Option(names = "--weeks", defaultValue = "520", paramLabel = "N", description = "Weeks per run. Default: ${DEFAULT-VALUE}.")
    int weeks;

    @Option(names = "--repeats", defaultValue = "3", paramLabel = "N", description = "Repeats per size (median reported). Default: ${DEFAULT-VALUE}.")
    int repeats;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--scenario", defaultValue = "scenarios/baseline.yaml", paramLabel = "FILE",
            description = "Scenario whose baseline parameters are timed as they are and scaled to the sizes. Default: ${DEFAULT-VALUE}.")
    Path scenario;

    @Option(names = "--batch", description = "Benchmark the batch runner instead: CPU per run against the model in memory, 1 and 2 threads.")
    boolean batch;

    @Option(names = "--replications", defaultValue = "600", paramLabel = "N",
            description = "With --batch: replications of the scenario's plan per batch. Default: ${DEFAULT-VALUE}.")
    int replications;

    @Override
    public Integer call() throws java.io.IOException {
        if (batch) {
            return batch();
        }
        if (weeks < 1 || weeks > ScenarioLoader.MAX_HORIZON_WEEKS || repeats < 1) {
            throw new UserError("--weeks must be 1 to " + ScenarioLoader.MAX_HORIZON_WEEKS + " and --repeats at least 1");
        }
        for (int size : sizes) {
            if (size < 10) {
                throw new UserError("--sizes: each size must be at least 10 users, got " + size);
            }
        }
        Scenario s = new ScenarioLoader(RunOutcomes.COLUMNS).load(scenario);
        if (!(Scaling.expectedUsers(s.parameters(), weeks) > 0)) {
            throw new UserError(scenario + ": the scenario refers no users (users.initialCaseload and users.referralsPerWeek are 0),"
                    + " so there is nothing to scale");
        }
        for (int size : sizes) {
            try {
                Benchmark.scaled(s.parameters(), size, weeks);
            } catch (ParameterException e) {
                throw new UserError("--sizes " + size + ": too large for the scenario's parameters (" + e.getMessage() + ")");
            }
        }
        boolean ok = new Benchmark(s.name(), s.parameters(), weeks, repeats, seed, System.out).run(sizes);
        return ok ? 0 : 3;
    }

    private int batch() throws java.io.IOException {
        if (repeats < 1 || replications < 1 || replications > ScenarioLoader.MAX_REPLICATIONS) {
            throw new UserError("--repeats must be at least 1 and --replications 1 to " + ScenarioLoader.MAX_REPLICATIONS);
        }
        Scenario s = new ScenarioLoader(RunOutcomes.COLUMNS).load(scenario);
        return new BatchBenchmark(s, replications, repeats, System.out).run() ? 0 : 3;
    }
}
