package org.inclusim.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A calibration: the scenario whose parameters are fitted, the parameters and their bounds, the
 * target patterns, and the search settings. Every candidate is evaluated with the same seeds
 * (common random numbers).
 *
 * @param file     the targets file
 * @param sha256   its checksum, for provenance
 * @param scenario the scenario (resolved relative to the targets file, inside the scenario tree)
 */
public record CalibrationSpec(String name, Path file, String sha256, Scenario scenario, long seed, int replications,
                              int budget, Map<String, double[]> bounds, List<Constraint> constraints, List<Target> targets) {

    /**
     * An order two fitted parameters must keep ({@code larger >= smaller}); a candidate that breaks
     * it is infeasible and is not simulated.
     */
    public record Constraint(String larger, String smaller) {
        public boolean holds(Map<String, Object> values) {
            return ((Number) values.get(larger)).doubleValue() >= ((Number) values.get(smaller)).doubleValue();
        }

        @Override
        public String toString() {
            return larger + " >= " + smaller;
        }
    }

    /**
     * One target: an outcome (a runs.csv column, or a share of job losses) of the scenario run
     * with {@code overrides} for {@code horizonWeeks}, with its observed value and tolerance
     * (the distance counts ((simulated - observed) / tolerance)^2).
     */
    public record Target(String name, Map<String, Object> overrides, int horizonWeeks, String outcome, double observed,
                         double tolerance, String source) {
    }

    /** Outcomes computed from runs.csv columns rather than read from one. */
    public static final List<String> DERIVED = List.of("quit_share_of_job_losses", "fired_share_of_job_losses",
            "temporary_share_of_job_losses", "laid_off_share_of_job_losses");
}
