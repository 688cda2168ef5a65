package org.inclusim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the {@code variants} (trial arms) and {@code targets} of a calibration targets file, with
 * located problems. A target may start from an arm ({@code variant}), add its own
 * {@code overrides}, be a contrast with another arm ({@code relative_to}; {@code contrast:
 * ratio}, the default, or {@code difference}), and say
 * whether it is fitted or only checked ({@code use: fit | check}, default fit).
 */
final class CalibrationTargetReader {
    static final List<String> TARGET_KEYS = List.of("name", "use", "variant", "relative_to", "contrast", "overrides", "horizon_weeks", "outcome",
            "observed", "tolerance", "source");

    private final NodeReader reader;
    private final List<String> outcomes;
    private final Map<String, Map<String, Object>> variants = new LinkedHashMap<>();

    CalibrationTargetReader(NodeReader reader, List<String> outcomes) {
        this.reader = reader;
        this.outcomes = outcomes;
    }

    /** The arms read so far, by name. */
    Map<String, Map<String, Object>> variants() {
        return variants;
    }

    /** {@code variants: {name: {overrides}}}: the arms targets can start from. */
    void variants(Node node) {
        MappingNode mapping = reader.mapping(node, "variants", "a mapping of arm names to parameter overrides");
        if (mapping == null) {
            return;
        }
        Map<String, Node> seen = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            String name = reader.keyName(t.getKeyNode(), "variants.", seen);
            if (name == null) {
                continue;
            }
            if (!ScenarioLoader.NAME.matcher(name).matches()) {
                reader.problem(t.getKeyNode(), "variants." + name, "needs a name of letters, digits, '.', '_' and '-'");
            }
            variants.put(name, reader.overrides(t.getValueNode(), "variants." + name).values());
        }
    }

    /** Reads the target list; {@code at} receives where each target's overrides were given. */
    void targets(Node node, List<CalibrationSpec.Target> out, Map<CalibrationSpec.Target, Node> at) {
        if (!(node instanceof SequenceNode list) || list.getValue().isEmpty()) {
            reader.problem(node, "targets", "expected a list of targets");
            return;
        }
        int i = 0;
        for (Node item : list.getValue()) {
            String key = "targets[" + i++ + "]";
            MappingNode m = reader.mapping(item, key, "a mapping with name, outcome, observed, tolerance");
            if (m != null) {
                target(key, item, m, out, at);
            }
        }
    }

    private void target(String key, Node item, MappingNode m, List<CalibrationSpec.Target> out, Map<CalibrationSpec.Target, Node> at) {
        Map<String, Node> values = new LinkedHashMap<>();
        Map<String, Node> seen = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String k = reader.keyName(t.getKeyNode(), key + ".", seen);
            if (k == null) {
                continue;
            }
            if (TARGET_KEYS.contains(k)) {
                values.put(k, t.getValueNode());
            } else {
                reader.problem(t.getKeyNode(), key + "." + k, "unknown key" + Suggestions.hint(k, TARGET_KEYS)
                        + "; allowed: " + String.join(", ", TARGET_KEYS));
            }
        }
        String name = text(values, key, "name", true);
        String outcome = outcome(values.get("outcome"), key);
        Double observed = number(values.get("observed"), key + ".observed");
        Double tolerance = number(values.get("tolerance"), key + ".tolerance");
        if (tolerance != null && !(tolerance > 0)) {
            reader.problem(values.get("tolerance"), key + ".tolerance", "expected a positive number");
        }
        String source = values.containsKey("source") ? String.valueOf(reader.text(values.get("source"), key + ".source", false)) : "";
        int horizon = ScenarioLoader.DEFAULT_HORIZON_WEEKS;
        if (values.containsKey("horizon_weeks")) {
            Long h = reader.whole(values.get("horizon_weeks"), key + ".horizon_weeks", 1, ScenarioLoader.MAX_HORIZON_WEEKS);
            horizon = h == null ? horizon : h.intValue();
        }
        CalibrationSpec.Use use = use(values.get("use"), key);
        String variant = text(values, key, "variant", false);
        String comparisonVariant = text(values, key, "relative_to", false);
        boolean difference = difference(values.get("contrast"), key, comparisonVariant != null);
        Map<String, Object> overrides = new LinkedHashMap<>(arm(variant, values.get("variant"), key + ".variant"));
        Map<String, Object> comparison = comparisonVariant == null ? null : arm(comparisonVariant, values.get("relative_to"), key + ".relative_to");
        if (values.containsKey("overrides")) {
            Map<String, Object> own = reader.overrides(values.get("overrides"), key + ".overrides").values();
            overrides.putAll(own);
            if (comparison != null) {
                comparison = new LinkedHashMap<>(comparison);
                comparison.putAll(own);
            }
        }
        if (name == null || outcome == null || observed == null || tolerance == null) {
            reader.problem(item, key, "needs name, outcome, observed and tolerance");
            return;
        }
        CalibrationSpec.Target target = new CalibrationSpec.Target(name, variant, Map.copyOf(overrides), horizon, outcome, observed,
                tolerance, source, use, comparisonVariant, comparison == null ? null : Map.copyOf(comparison), difference);
        out.add(target);
        at.put(target, values.getOrDefault("overrides", values.getOrDefault("variant", item)));
    }

    /** {@code contrast: ratio | difference} of a target with {@code relative_to}; ratio by default. */
    private boolean difference(Node node, String key, boolean compared) {
        if (node == null) {
            return false;
        }
        String text = reader.text(node, key + ".contrast", true);
        if (!compared) {
            reader.problem(node, key + ".contrast", "a contrast needs 'relative_to', the arm it compares with");
        } else if (text != null && !text.equals("ratio") && !text.equals("difference")) {
            reader.problem(node, key + ".contrast", "expected ratio or difference, found '" + text + "'");
        }
        return "difference".equals(text);
    }

    private String text(Map<String, Node> values, String key, String name, boolean required) {
        Node node = values.get(name);
        return node == null ? null : reader.text(node, key + "." + name, required);
    }

    private Map<String, Object> arm(String name, Node node, String key) {
        if (name == null) {
            return Map.of();
        }
        Map<String, Object> overrides = variants.get(name);
        if (overrides == null) {
            reader.problem(node, key, "unknown variant '" + name + "'" + Suggestions.hint(name, List.copyOf(variants.keySet()))
                    + "; variants: " + (variants.isEmpty() ? "(none; declare them under 'variants')" : String.join(", ", variants.keySet())));
            return Map.of();
        }
        return overrides;
    }

    private CalibrationSpec.Use use(Node node, String key) {
        if (node == null) {
            return CalibrationSpec.Use.FIT;
        }
        String text = reader.text(node, key + ".use", true);
        for (CalibrationSpec.Use u : CalibrationSpec.Use.values()) {
            if (u.key().equals(text)) {
                return u;
            }
        }
        if (text != null) {
            reader.problem(node, key + ".use", "expected fit or check, found '" + text.toLowerCase(Locale.ROOT) + "'");
        }
        return CalibrationSpec.Use.FIT;
    }

    private String outcome(Node node, String key) {
        if (node == null) {
            return null;
        }
        String outcome = reader.text(node, key + ".outcome", true);
        if (outcome != null && !outcomes.contains(outcome)) {
            reader.problem(node, key + ".outcome", "unknown outcome '" + outcome + "'" + Suggestions.hint(outcome, outcomes)
                    + "; outcomes are runs.csv columns or " + String.join(", ", CalibrationSpec.DERIVED));
        }
        return outcome;
    }

    private Double number(Node node, String key) {
        if (node == null) {
            return null;
        }
        Object v = reader.plain(node, key);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v != NodeReader.NOT_PLAIN) {
            reader.problem(node, key, "expected a number");
        }
        return null;
    }
}
