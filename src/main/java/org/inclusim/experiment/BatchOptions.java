package org.inclusim.experiment;

import org.inclusim.scenario.ScenarioLoader;

/**
 * How a batch runs: threads, replications (the scenario's, or an override), which runs write
 * trajectories, and which shard of the plan this process runs.
 */
public record BatchOptions(int threads, int replications, EventsMode events, Shard shard) {
    public BatchOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads " + threads + ": expected at least 1");
        }
        if (replications < 1 || replications > ScenarioLoader.MAX_REPLICATIONS) {
            throw new IllegalArgumentException("--replications " + replications + ": expected 1 to " + ScenarioLoader.MAX_REPLICATIONS);
        }
    }
}
