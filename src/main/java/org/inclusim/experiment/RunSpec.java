package org.inclusim.experiment;

import java.util.Arrays;
import java.util.List;
import org.inclusim.model.parameters.Parameters;

/**
 * One run of a plan: which variant, design point and replicate, its seed, its horizon and its
 * resolved parameters. The run key (run_id, variant, point, replicate, seed) starts every row
 * of every output table. Ids, points and replicates count from 0. A plan over parameter draws
 * adds the draw to the key (run_id, variant, point, draw, replicate, seed); its replicates count
 * on across draws (draw d holds replicates d*R to d*R+R-1).
 *
 * @param parameters       the variant's parameters, in force from {@code policyStartWeek}
 * @param policyParameters parameters in force before {@code policyStartWeek} (the baseline's)
 * @param policyStartWeek  week from which {@code parameters} apply; 0 when they apply throughout
 * @param draw             the parameter draw (from 0), or {@link #NO_DRAW} in a plan without draws
 */
public record RunSpec(int runId, String variant, int point, int replicate, long seed, int horizonWeeks,
                      Parameters parameters, Parameters policyParameters, int policyStartWeek, int draw) {

    public static final List<String> KEY_COLUMNS = List.of("run_id", "variant", "point", "replicate", "seed");
    /** The key of a plan over parameter draws. */
    public static final List<String> DRAW_KEY_COLUMNS = List.of("run_id", "variant", "point", "draw", "replicate", "seed");
    public static final int NO_DRAW = -1;

    /** The key columns of a plan with or without parameter draws. */
    public static List<String> keyColumns(boolean draws) {
        return draws ? DRAW_KEY_COLUMNS : KEY_COLUMNS;
    }

    /** A run of a plan without parameter draws. */
    public RunSpec(int runId, String variant, int point, int replicate, long seed, int horizonWeeks,
                   Parameters parameters, Parameters policyParameters, int policyStartWeek) {
        this(runId, variant, point, replicate, seed, horizonWeeks, parameters, policyParameters, policyStartWeek, NO_DRAW);
    }

    /** A run whose parameters apply from week 0. */
    public RunSpec(int runId, String variant, int point, int replicate, long seed, int horizonWeeks, Parameters parameters) {
        this(runId, variant, point, replicate, seed, horizonWeeks, parameters, parameters, 0);
    }

    /** The parameters in force in a week. */
    public Parameters parametersAt(int week) {
        return week < policyStartWeek ? policyParameters : parameters;
    }

    public List<Object> keyCells() {
        return draw == NO_DRAW ? Arrays.asList(runId, variant, point, replicate, seed)
                : Arrays.asList(runId, variant, point, draw, replicate, seed);
    }
}
