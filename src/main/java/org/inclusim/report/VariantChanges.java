package org.inclusim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.inclusim.presentation.Messages;

/**
 * What each variant changes, read from manifest.json: the scenario's resolved parameters plus a
 * variant's overrides are the variant's parameters; the comparison variant's differences are
 * against the scenario's parameters, every other variant's against the comparison variant's.
 */
final class VariantChanges {
    /** One changed parameter: its path and the values before and after. */
    record Change(String path, String from, String to) {
    }

    private final List<String> variants = new ArrayList<>();
    private final Map<String, Map<String, String>> resolved = new LinkedHashMap<>();
    private final Map<String, String> scenario = new LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    VariantChanges(Map<String, Object> manifest) {
        if (manifest.get("parameters") instanceof Map<?, ?> parameters) {
            parameters.forEach((k, v) -> scenario.put(String.valueOf(k), text(v)));
        }
        if (manifest.get("variants") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> v) {
                    String name = String.valueOf(v.get("name"));
                    Map<String, String> values = new LinkedHashMap<>(scenario);
                    if (v.get("overrides") instanceof Map<?, ?> overrides) {
                        overrides.forEach((k, value) -> values.put(String.valueOf(k), text(value)));
                    }
                    variants.add(name);
                    resolved.put(name, values);
                }
            }
        }
    }

    /**
     * {@code PATH} of a user group's value {@code groups.NAME.PATH} (a group that does not set it
     * has the run's value of {@code PATH}); any other path as it is.
     */
    static String ungrouped(String path) {
        int dot = path.startsWith("groups.") ? path.indexOf('.', "groups.".length()) : -1;
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** A parameter value as text: whole numbers without ".0". */
    static String text(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(v);
    }

    List<String> variants() {
        return variants;
    }

    /** The changes of {@code variant}: against the scenario for the comparison (the first), else against the comparison. */
    List<Change> of(String variant) {
        Map<String, String> values = resolved.getOrDefault(variant, Map.of());
        Map<String, String> against = variants.isEmpty() || variants.get(0).equals(variant) ? scenario
                : resolved.get(variants.get(0));
        List<Change> out = new ArrayList<>();
        for (String path : new TreeSet<>(values.keySet())) {
            String before = against.getOrDefault(path, against.get(ungrouped(path)));
            if (!values.get(path).equals(before)) {
                out.add(new Change(path, before == null ? "" : before, values.get(path)));
            }
        }
        return out;
    }

    /** The value of a parameter for a variant. */
    String value(String variant, String path) {
        return resolved.getOrDefault(variant, scenario).getOrDefault(path, scenario.getOrDefault(path, ""));
    }

    /** The parameters whose value differs between variants (or from the scenario's). */
    List<String> varied() {
        TreeSet<String> paths = new TreeSet<>();
        for (String v : variants) {
            of(v).forEach(c -> paths.add(c.path()));
        }
        return List.copyOf(paths);
    }

    /** Every parameter path, in manifest order. */
    List<String> paths() {
        return List.copyOf(scenario.keySet());
    }

    /** A value as the reader sees it: true/false in words, numbers in the language's format. */
    static String display(Messages m, String value) {
        return switch (value) {
            case "true" -> m.text("value.true");
            case "false" -> m.text("value.false");
            case "null", "" -> m.text("value.none");
            default -> number(m, value);
        };
    }

    private static String number(Messages m, String value) {
        try {
            double x = Double.parseDouble(value);
            return x == Math.rint(x) && Math.abs(x) < 1e15 ? m.formats().integer((long) x)
                    : m.formats().number(x, Math.max(1, Math.min(6, value.length() - value.indexOf('.') - 1)));
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
