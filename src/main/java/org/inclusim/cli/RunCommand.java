package org.inclusim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.inclusim.experiment.RunResult;
import org.inclusim.experiment.SingleRun;
import org.inclusim.scenario.Scenario;
import org.inclusim.observe.RunOutcomes;
import org.inclusim.scenario.ScenarioLoader;
import org.inclusim.scenario.Variant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inclusim run}: one replication of a scenario, written as the output contract's files. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run one replication of a scenario and print a summary.",
                "Writes runs.csv, weekly.csv, events.csv, mentors.csv and manifest.json into a new results folder."})
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file, e.g. scenarios/baseline.yaml.")
    Path scenarioFile;

    @Option(names = "--seed", paramLabel = "N", description = "Scenario seed (overrides the file's 'seed').")
    Long seed;

    @Option(names = "--weeks", paramLabel = "N", description = "Horizon in weeks (overrides 'horizon_weeks'; 1 to 10000).")
    Integer weeks;

    @Option(names = "--variant", paramLabel = "NAME",
            description = "Variant to run (default: the baseline). With policy_start_week, the baseline runs until that week.")
    String variant;

    @Option(names = "--point", paramLabel = "K", defaultValue = "0",
            description = "Design point to run, from 0 (default: ${DEFAULT-VALUE}).")
    int point;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Results folder to create (default: results/<scenario>/<time>-seed<seed>). Must not exist or be empty.")
    Path out;

    @picocli.CommandLine.Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        Scenario scenario = new ScenarioLoader(RunOutcomes.COLUMNS).load(scenarioFile);
        if (seed != null) {
            scenario = scenario.withSeed(seed);
        }
        Integer policyStart = scenario.policyStartWeek();
        if (weeks != null) {
            if (weeks < 1 || weeks > ScenarioLoader.MAX_HORIZON_WEEKS) {
                throw new UserError("--weeks " + weeks + ": expected a whole number from 1 to " + ScenarioLoader.MAX_HORIZON_WEEKS);
            }
            scenario = scenario.withHorizonWeeks(weeks);
        }
        Variant chosen = chooseVariant(scenario, variant);
        if (weeks != null && policyStart != null && !chosen.baseline() && weeks <= policyStart) {
            throw new UserError("--weeks " + weeks + " ends before the policy starts (policy_start_week " + policyStart + "), so variant "
                    + chosen.name() + " would be the baseline throughout; give --weeks above " + policyStart);
        }
        int points = scenario.design().points().size();
        if (point < 0 || point >= points) {
            throw new UserError("--point " + point + ": the scenario has " + points + " design point(s), 0 to " + (points - 1));
        }
        Path target = out != null ? out : defaultFolder(scenario);
        RunResult result;
        try {
            result = SingleRun.execute(scenario, chosen, point, target);
        } catch (OutOfMemoryError e) {
            // the model is unreachable now and its partial output discarded: a message needs little memory
            throw new UserError(scenario.file() + ": the run needs more memory than this JVM may use ("
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MiB); nothing was written: rerun with a larger heap,"
                    + " e.g. java -Xmx4g -jar inclusim.jar run ...");
        }
        System.out.print(Summary.of(scenario, result, target, language.messages(scenario.language())));
        return 0;
    }

    static Variant chooseVariant(Scenario scenario, String name) {
        return name == null ? scenario.baseline() : variantNamed(scenario, "--variant", name);
    }

    /** The variant an option names, or a user error listing the scenario's variants. */
    static Variant variantNamed(Scenario scenario, String option, String name) {
        return scenario.variant(name).orElseThrow(() -> new UserError(option + " " + name + ": no such variant in "
                + scenario.file() + "; variants: " + String.join(", ", scenario.variants().stream().map(Variant::name).toList())));
    }

    static Path defaultFolder(Scenario scenario) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path base = Path.of("results", scenario.name());
        Path candidate = base.resolve(stamp + "-seed" + scenario.seed());
        for (int i = 2; Files.exists(candidate); i++) {
            candidate = base.resolve(stamp + "-seed" + scenario.seed() + "-" + i);
        }
        return candidate;
    }
}
