package org.inclusim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.inclusim.model.parameters.Parameters;

/**
 * A named set of parameter overrides, compared against the baseline variant.
 *
 * @param overrides  the values the variant sets, by dotted path, as written (after coercion), in the
 *                   order written: the user groups' columns of runs.csv follow it, so it must not
 *                   depend on the JVM (as {@code Map.copyOf}'s iteration order does)
 * @param parameters the scenario's parameters with the overrides applied
 */
public record Variant(String name, Map<String, Object> overrides, Parameters parameters, boolean baseline) {
    /** The variant name used when a scenario lists no variants. */
    public static final String BASELINE = "baseline";

    public Variant {
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    }
}
