package org.inclusim.analysis.cost;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.inclusim.analysis.AnalysisException;
import org.inclusim.analysis.BatchData;
import org.inclusim.io.CsvReader;

/**
 * The parameter values that apply to a run's costs ({@code costs.*} and the model parameters a
 * cost item multiplies, such as {@code subsidy.firstRate}), read from the results only: the
 * scenario's resolved parameters (manifest.json), overridden by the run's variant, overridden by
 * the run's own value where runs.csv has the parameter's column (a design that varies it).
 */
final class UnitCosts {
    static final String PREFIX = "costs.";
    /** The parameters some item's unit cost multiplies (those outside {@code costs.*} among them). */
    private static final Set<String> READ = CostItems.ALL.stream().flatMap(UnitCosts::paths)
            .collect(Collectors.toUnmodifiableSet());
    private final Map<String, Double> values;

    private UnitCosts(Map<String, Double> values) {
        this.values = values;
    }

    /** The values of a variant (null: the scenario's). */
    @SuppressWarnings("unchecked")
    static UnitCosts of(BatchData data, String variant) {
        Map<String, Double> values = new HashMap<>();
        Object parameters = data.manifest().get("parameters");
        if (parameters instanceof Map<?, ?> map) {
            map.forEach((k, v) -> put(values, String.valueOf(k), v));
        }
        Object variants = data.manifest().get("variants");
        if (variant != null && variants instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> v && variant.equals(v.get("name")) && v.get("overrides") instanceof Map<?, ?> overrides) {
                    overrides.forEach((k, value) -> put(values, String.valueOf(k), value));
                }
            }
        }
        READ.forEach(path -> values.putIfAbsent(path, Double.NaN));
        values.putIfAbsent(CostItems.DISCOUNT_RATE, 0.0);
        return new UnitCosts(values);
    }

    private static void put(Map<String, Double> values, String path, Object value) {
        if (!(path.startsWith(PREFIX) || READ.contains(path)) || value == null) {
            return;
        }
        try {
            values.put(path, value instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(value)));
        } catch (NumberFormatException e) {
            throw new AnalysisException("manifest.json: parameter " + path + " is '" + value + "', not a number");
        }
    }

    /** The parameter paths of an item's unit costs, its older ones and their fallback included. */
    private static Stream<String> paths(CostItem item) {
        return item.older() == null ? item.unitCosts().stream()
                : Stream.of(item.unitCosts(), item.older().unitCosts(), item.older().fallback()).flatMap(List::stream);
    }

    /** These values with the run's own, where runs.csv has a column for a cost parameter. */
    UnitCosts withRun(CsvReader.Table runs, List<String> row) {
        Map<String, Double> own = null;
        for (String path : values.keySet()) {
            int c = runs.column(BatchData.parameterColumn(path));
            if (c >= 0 && !row.get(c).isEmpty()) {
                own = own == null ? new HashMap<>(values) : own;
                own.put(path, Double.parseDouble(row.get(c)));
            }
        }
        return own == null ? this : new UnitCosts(own);
    }

    Map<String, Double> values() {
        return values;
    }

    double value(String path) {
        return values.getOrDefault(path, Double.NaN);
    }
}
