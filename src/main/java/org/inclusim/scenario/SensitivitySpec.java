package org.inclusim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's {@code sensitivity} block: the method ({@code sobol}: Saltelli sampling with
 * first-order and total indices; {@code morris}: elementary effects), its size (N base rows, or r
 * trajectories), the Morris grid levels, the outcomes (runs.csv columns) and the parameter
 * ranges. The plan's points are the scenario's design. Outcome names are checked where the
 * scenario is loaded (see {@link ScenarioLoader#ScenarioLoader(List)}).
 */
public record SensitivitySpec(String method, int size, int levels, List<String> outcomes,
                              Map<String, double[]> ranges) {
    public SensitivitySpec {
        outcomes = List.copyOf(outcomes);
        ranges = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ranges));
    }

    public List<String> parameters() {
        return List.copyOf(ranges.keySet());
    }
}
