package org.inclusim.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.inclusim.io.OutputFolder;
import org.inclusim.scenario.Scenario;
import org.inclusim.scenario.Variant;

/**
 * The {@code run} job: one replication (replicate 0, point 0) of one variant of a scenario,
 * written as a complete results folder or not at all.
 */
public final class SingleRun {
    private SingleRun() {
    }

    /** The baseline's run: seed derived from the scenario seed for replicate 0. */
    public static RunSpec spec(Scenario scenario) {
        return spec(scenario, scenario.baseline());
    }

    /**
     * A variant's run: seed derived from the scenario seed for replicate 0 (the same for every
     * variant), the baseline's parameters before the policy start week and the variant's after.
     */
    public static RunSpec spec(Scenario scenario, Variant variant) {
        return spec(scenario, variant, 0);
    }

    /**
     * A variant's run at a design point (replicate 0): the run the batch plan would make without
     * parameter draws (a single run takes the calibrated point, not a draw).
     */
    public static RunSpec spec(Scenario scenario, Variant variant, int point) {
        RunSpec planned = ExperimentPlan.of(scenario.withDraws(org.inclusim.scenario.ParameterDraws.NONE), 1).runs().stream()
                .filter(r -> r.variant().equals(variant.name()) && r.point() == point).findFirst().orElseThrow();
        return new RunSpec(0, planned.variant(), point, 0, planned.seed(), planned.horizonWeeks(), planned.parameters(),
                planned.policyParameters(), planned.policyStartWeek());
    }

    /** Runs the baseline into {@code target}; the folder appears only when complete. */
    public static RunResult execute(Scenario scenario, Path target) {
        return execute(scenario, scenario.baseline(), target);
    }

    /** The parameters a variant or the design sets, in catalogue order: the varied columns of runs.csv. */
    static List<String> variedPaths(Scenario scenario, Variant variant) {
        return BatchRunner.variedPaths(scenario, List.of(variant));
    }

    /** Runs one variant into {@code target}; the folder appears only when complete. */
    public static RunResult execute(Scenario scenario, Variant variant, Path target) {
        return execute(scenario, variant, 0, target);
    }

    /** Runs one variant at one design point into {@code target}; the folder appears only when complete. */
    public static RunResult execute(Scenario scenario, Variant variant, int point, Path target) {
        OutputFolder folder = OutputFolder.prepare(target);
        boolean committed = false;
        try {
            RunSpec spec = spec(scenario, variant, point);
            Manifest manifest = new Manifest("run", scenario);
            RunResult result;
            try (RunTables tables = new RunTables(folder.staging(), variedPaths(scenario, variant))) {
                result = ModelRun.execute(spec, tables, true);
                tables.finished(result);
            }
            manifest.run(spec, "done", null, result.elapsedSeconds());
            manifest.finish();
            folder.writeString(Manifest.FILE, manifest.toJson());
            folder.commit();
            committed = true;
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results to " + folder.staging(), e);
        } finally {
            if (!committed) {
                folder.discard();
            }
        }
    }
}
