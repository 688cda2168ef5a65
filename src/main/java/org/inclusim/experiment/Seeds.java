package org.inclusim.experiment;

import org.inclusim.model.RandomStreams;

/**
 * Run seeds. A run's seed depends only on the scenario seed and the replicate, so all variants
 * and design points of one replicate share their random numbers (common random numbers).
 */
public final class Seeds {
    private Seeds() {
    }

    /** The seed of replicate {@code replicate} (0-based) of a scenario with seed {@code scenarioSeed}. */
    public static long forReplicate(long scenarioSeed, int replicate) {
        return RandomStreams.mix(RandomStreams.mix(scenarioSeed) + 0x632BE59BD9B4E019L * (replicate + 1L)) >>> 1;
    }
}
