package org.inclusim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's {@code sensitivity} block: the method ({@code sobol}: Saltelli sampling with
 * first-order and total indices; {@code morris}: elementary effects), its size (N base rows, or r
 * trajectories), the Morris grid levels, the outcomes (runs.csv columns) and the parameter
 * ranges. The plan's points are the scenario's design.
 *
 * @param outcomeLines line of each outcome in the file, for located errors
 */
public record SensitivitySpec(String method, int size, int levels, List<String> outcomes,
                              Map<String, double[]> ranges, Map<String, Integer> outcomeLines) {
    public SensitivitySpec {
        outcomes = List.copyOf(outcomes);
        ranges = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ranges));
        outcomeLines = Map.copyOf(outcomeLines);
    }

    public List<String> parameters() {
        return List.copyOf(ranges.keySet());
    }
}
