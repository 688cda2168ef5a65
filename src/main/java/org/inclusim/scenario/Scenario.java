package org.inclusim.scenario;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.Parameters;

/**
 * A loaded and validated scenario: the question it answers, its horizon, replications, seed, the
 * resolved parameters and its variants.
 *
 * @param parameters      defaults overridden by the file and the files it extends
 * @param file            the scenario file as given
 * @param sha256          hex SHA-256 of the file's bytes, for provenance
 * @param variants        the variants, baseline first
 * @param policyStartWeek week from which variants differ from the baseline, or null (from week 0)
 * @param origins         for each parameter path: "default", "file" or "extends FILE"
 * @param design          the design points every variant is run at ({@link Design#NONE} for one)
 * @param sensitivity     the sensitivity block (whose plan is the design), or null
 * @param language        {@code en} or {@code nb} for printed summaries and the report, or null (the locale's)
 * @param labels          plain-language variant labels: variant name to language code to text (may be empty)
 * @param extended        the files of the {@code extends} chain, nearest first: each file (relative
 *                        to the scenario tree) with the hex SHA-256 of its bytes; empty without
 *                        {@code extends}
 * @param claims          the directions the scenario expects ({@code claims} block), may be empty
 * @param draws           the parameter draws every variant runs over ({@link ParameterDraws#NONE}: the point only)
 */
public record Scenario(String name, String description, int horizonWeeks, int replications, long seed,
                       Parameters parameters, Path file, String sha256, List<Variant> variants,
                       Integer policyStartWeek, Map<String, String> origins, Design design, SensitivitySpec sensitivity,
                       String language, Map<String, Map<String, String>> labels, Map<String, String> extended,
                       List<Claim> claims, ParameterDraws draws) {

    public Scenario {
        variants = List.copyOf(variants);
        origins = Collections.unmodifiableMap(new LinkedHashMap<>(origins));
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        extended = Collections.unmodifiableMap(new LinkedHashMap<>(extended));
        claims = claims == null ? List.of() : List.copyOf(claims);
        draws = draws == null ? ParameterDraws.NONE : draws;
    }

    /** Runs in the plan: variants x design points x replications. */
    public long plannedRuns() {
        return plannedRuns(replications);
    }

    /** Runs of the plan with another number of replications (a command-line override); times the draws, if any. */
    public long plannedRuns(int replicationCount) {
        return (long) variants.size() * design.points().size() * replicationCount * Math.max(1, draws.count());
    }

    /** A variant's parameters at a design point (the point's values on top of the variant's). */
    public Parameters parameters(Variant variant, int point) {
        return ParameterCatalog.instance().with(variant.parameters(), design.points().get(point));
    }

    /** The baseline variant. */
    public Variant baseline() {
        return variants.get(0);
    }

    /** The variant with this name, if any. */
    public Optional<Variant> variant(String variantName) {
        return variants.stream().filter(v -> v.name().equals(variantName)).findFirst();
    }

    /** A copy with another seed. */
    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, horizonWeeks, replications, newSeed, parameters, file, sha256, variants,
                policyStartWeek, origins, design, sensitivity, language, labels, extended, claims, draws);
    }

    /** A copy with other parameter draws. */
    public Scenario withDraws(ParameterDraws newDraws) {
        return new Scenario(name, description, horizonWeeks, replications, seed, parameters, file, sha256, variants,
                policyStartWeek, origins, design, sensitivity, language, labels, extended, claims, newDraws);
    }

    /**
     * A copy running over {@code n} draws from the accepted sets its chain names (a command-line
     * override of {@code parameter_draws}).
     *
     * @throws IllegalArgumentException in one line if the chain names no accepted sets or n is out of range
     */
    public Scenario withParameterDraws(int n) {
        if (draws.sets() == null && draws.unavailable() == null) {
            throw new IllegalArgumentException("--parameter-draws: " + file + " has no accepted parameter sets to draw from: no file"
                    + " of its extends chain names 'accepted_sets' (extend a calibrated file written by 'calibrate --write' with an"
                    + " abc block, e.g. scenarios/calibration/calibrated.yaml)");
        }
        return withDraws(draws.withCount(n));
    }

    /** A copy with another horizon (a policy week beyond it means variants equal the baseline throughout). */
    public Scenario withHorizonWeeks(int weeks) {
        return new Scenario(name, description, weeks, replications, seed, parameters, file, sha256, variants,
                policyStartWeek == null ? null : Math.min(policyStartWeek, weeks), origins, design, sensitivity, language, labels, extended, claims, draws);
    }
}
