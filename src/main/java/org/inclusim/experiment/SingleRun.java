package org.inclusim.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.inclusim.io.OutputFolder;
import org.inclusim.scenario.Scenario;

/**
 * The {@code run} job: one replication (replicate 0, variant "baseline", point 0) of a scenario,
 * written as a complete results folder or not at all.
 */
public final class SingleRun {
    public static final String VARIANT = "baseline";

    private SingleRun() {
    }

    /** The run's specification: seed derived from the scenario seed for replicate 0. */
    public static RunSpec spec(Scenario scenario) {
        return new RunSpec(0, VARIANT, 0, 0, Seeds.forReplicate(scenario.seed(), 0),
                scenario.horizonWeeks(), scenario.parameters());
    }

    /** Runs the scenario into {@code target}; the folder appears only when complete. */
    public static RunResult execute(Scenario scenario, Path target) {
        OutputFolder folder = OutputFolder.prepare(target);
        boolean committed = false;
        try {
            RunSpec spec = spec(scenario);
            Manifest manifest = new Manifest("run", scenario);
            RunResult result;
            try (RunTables tables = new RunTables(folder.staging(), List.of())) {
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
