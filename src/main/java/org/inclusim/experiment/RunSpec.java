package org.inclusim.experiment;

import java.util.Arrays;
import java.util.List;
import org.inclusim.model.parameters.Parameters;

/**
 * One run of a plan: which variant, design point and replicate, its seed, its horizon and its
 * resolved parameters. The run key (run_id, variant, point, replicate, seed) starts every row
 * of every output table. Ids, points and replicates count from 0.
 */
public record RunSpec(int runId, String variant, int point, int replicate, long seed, int horizonWeeks,
                      Parameters parameters) {

    public static final List<String> KEY_COLUMNS = List.of("run_id", "variant", "point", "replicate", "seed");

    public List<Object> keyCells() {
        return Arrays.asList(runId, variant, point, replicate, seed);
    }
}
