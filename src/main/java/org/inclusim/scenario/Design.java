package org.inclusim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The design points of a scenario: combinations of parameter values that every variant is run
 * at. {@code kind} is {@code none} (one point, no values), {@code grid}, {@code points},
 * {@code lhs} or {@code sobol}.
 *
 * @param points values by dotted path, in plan order; never empty (a scenario without a design
 *               has one empty point)
 */
public record Design(String kind, List<Map<String, Object>> points) {
    public static final Design NONE = new Design("none", List.of(Map.of()));

    public Design {
        points = points.stream().map(p -> Collections.unmodifiableMap(new LinkedHashMap<>(p))).toList();
    }

    /** The parameter paths the design varies, in the order they were given (none for a design left empty by bad values). */
    public List<String> paths() {
        return points.isEmpty() ? List.of() : points.get(0).keySet().stream().toList();
    }
}
