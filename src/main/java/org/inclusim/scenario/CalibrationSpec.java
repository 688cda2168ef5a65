package org.inclusim.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.inclusim.model.RandomStreams;

/**
 * A calibration: the scenario whose parameters are fitted, the parameters and their bounds, the
 * target patterns, and the search settings. Every candidate is evaluated with the same seeds
 * (common random numbers).
 *
 * @param file     the targets file
 * @param sha256   its checksum, for provenance
 * @param scenario the scenario (resolved relative to the targets file, inside the scenario tree)
 * @param variants the arms targets can name ({@code variant:}), each a set of overrides of the scenario
 * @param abc      the ABC step that turns the optimum into accepted parameter sets, or null for none
 */
public record CalibrationSpec(String name, Path file, String sha256, Scenario scenario, long seed, int replications,
                              int budget, Map<String, double[]> bounds, List<Constraint> constraints,
                              Map<String, Map<String, Object>> variants, List<Target> targets, Abc abc) {

    /**
     * The ABC step after the search ({@code abc: {proposals: 1000, spread: 1.5}}): how many
     * proposals around the optimum are simulated, and how far the proposal spreads beyond the
     * search's own candidates (a multiple of their standard deviation).
     */
    public record Abc(int proposals, double spread) {
    }

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

    /** Whether a target enters the distance ({@code fit}) or is only reported, out of sample ({@code check}). */
    public enum Use {
        FIT, CHECK;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One target: an outcome (a runs.csv column, or a share of job losses) of the scenario run
     * with {@code overrides} for {@code horizonWeeks}, with its observed value and tolerance
     * (the distance counts ((simulated - observed) / tolerance)^2). With a {@code comparison}
     * the target is a contrast of two arms run with the same seeds: a relative risk (the
     * outcome's mean under {@code overrides} divided by its mean under {@code comparison}) or,
     * with {@code difference}, the difference of the two means.
     *
     * @param variant    the arm of the targets file the overrides start from, or null
     * @param overrides  the arm's overrides with the target's own on top
     * @param comparison the overrides of the comparison arm of a ratio target, or null
     * @param comparisonVariant its name, or null
     * @param difference true for a difference of means, false for a ratio (only with a comparison)
     */
    public record Target(String name, String variant, Map<String, Object> overrides, int horizonWeeks, String outcome,
                         double observed, double tolerance, String source, Use use, String comparisonVariant,
                         Map<String, Object> comparison, boolean difference) {
        /** A plain fitted target (no arm, no comparison). */
        public Target(String name, Map<String, Object> overrides, int horizonWeeks, String outcome, double observed,
                      double tolerance, String source) {
            this(name, null, overrides, horizonWeeks, outcome, observed, tolerance, source, Use.FIT, null, null, false);
        }

        /** True for a contrast of two arms (ratio or difference). */
        public boolean compared() {
            return comparison != null;
        }

        public boolean fitted() {
            return use == Use.FIT;
        }
    }

    /** Replications of each target at the holdout seeds, as a multiple of the fitting replications. */
    public static final int HOLDOUT_FACTOR = 4;

    /** Salt of the holdout seed: a fixed 64-bit constant (the first digits of pi), so holdout seeds are not seed + a small number. */
    static final long HOLDOUT_SALT = 0x243F6A8885A308D3L;

    /**
     * The same calibration at seeds the search never uses: {@link #holdoutSeed} (replicate seeds
     * are mixed from it, so these share none with the fitting ones) and {@link #HOLDOUT_FACTOR}
     * times the replications. A fit re-simulated here shows how much of it came from the noise of
     * the fitting seeds: with several parameters searched on few replications the optimum profits
     * from that noise (docs/validation.md, "At fresh seeds").
     */
    public CalibrationSpec holdout() {
        return new CalibrationSpec(name, file, sha256, scenario, holdoutSeed(seed), replications * HOLDOUT_FACTOR, budget, bounds,
                constraints, variants, targets, abc);
    }

    /**
     * The holdout seed of a calibration seeded {@code seed}: the SplitMix64 finaliser of seed XOR
     * {@link #HOLDOUT_SALT}. Not seed + 1, so that a second calibration run with the next seed
     * (to see whether repeated runs agree) does not fit on the first one's holdout seeds.
     */
    public static long holdoutSeed(long seed) {
        return RandomStreams.mix(seed ^ HOLDOUT_SALT) >>> 1;
    }

    /** The targets that enter the distance, in file order. */
    public List<Target> fitTargets() {
        return targets.stream().filter(Target::fitted).toList();
    }

    /**
     * Outcomes computed from runs.csv columns rather than read from one: the job-loss causes as
     * shares of all job endings, and the share in work at the horizon, through NAV or without it
     * ({@code employment_share_horizon + work_without_nav_share_horizon}).
     */
    public static final List<String> DERIVED = List.of("quit_share_of_job_losses", "fired_share_of_job_losses",
            "temporary_share_of_job_losses", "laid_off_share_of_job_losses", "in_work_share_horizon");
}
