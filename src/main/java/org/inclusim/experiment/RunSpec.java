package org.inclusim.experiment;

import java.util.Arrays;
import java.util.List;
import org.inclusim.model.parameters.Parameters;

/**
 * One run of a plan: which variant, design point and replicate, its seed, its horizon and its
 * resolved parameters. The run key (run_id, variant, point, replicate, seed) starts every row
 * of every output table. Ids, points and replicates count from 0.
 *
 * @param parameters       the variant's parameters, in force from {@code policyStartWeek}
 * @param policyParameters parameters in force before {@code policyStartWeek} (the baseline's)
 * @param policyStartWeek  week from which {@code parameters} apply; 0 when they apply throughout
 */
public record RunSpec(int runId, String variant, int point, int replicate, long seed, int horizonWeeks,
                      Parameters parameters, Parameters policyParameters, int policyStartWeek) {

    public static final List<String> KEY_COLUMNS = List.of("run_id", "variant", "point", "replicate", "seed");

    /** A run whose parameters apply from week 0. */
    public RunSpec(int runId, String variant, int point, int replicate, long seed, int horizonWeeks, Parameters parameters) {
        this(runId, variant, point, replicate, seed, horizonWeeks, parameters, parameters, 0);
    }

    /** The parameters in force in a week. */
    public Parameters parametersAt(int week) {
        return week < policyStartWeek ? policyParameters : parameters;
    }

    public List<Object> keyCells() {
        return Arrays.asList(runId, variant, point, replicate, seed);
    }
}
