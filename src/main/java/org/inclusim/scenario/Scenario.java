package org.inclusim.scenario;

import java.nio.file.Path;
import org.inclusim.model.parameters.Parameters;

/**
 * A loaded and validated scenario: the question it answers, its horizon, replications, seed and
 * the resolved parameters (defaults overridden by the file).
 *
 * @param file   the scenario file as given
 * @param sha256 hex SHA-256 of the file's bytes, for provenance
 */
public record Scenario(String name, String description, int horizonWeeks, int replications, long seed,
                       Parameters parameters, Path file, String sha256) {

    /** A copy with another seed. */
    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, horizonWeeks, replications, newSeed, parameters, file, sha256);
    }

    /** A copy with another horizon. */
    public Scenario withHorizonWeeks(int weeks) {
        return new Scenario(name, description, weeks, replications, seed, parameters, file, sha256);
    }
}
