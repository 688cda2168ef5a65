package org.inclusim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a scenario's {@code claims} block: a list of {@code {outcome, variant, comparison,
 * direction}} (optionally {@code point} and {@code comparison_point}, design point numbers,
 * default 0; {@code comparison} defaults to the baseline; {@code group}, a user group of the
 * scenario, reads the outcome from that group's rows instead of the {@code all} rows). Every name
 * is checked against the scenario's variants, design points, user groups and (when the loader
 * knows them) runs.csv outcome columns.
 */
final class ClaimReader {
    static final List<String> KEYS = List.of("outcome", "variant", "comparison", "direction", "point", "comparison_point", "group");
    private static final List<String> DIRECTIONS = List.of("higher", "lower");

    private final NodeReader reader;
    private final List<String> outcomes;

    ClaimReader(NodeReader reader, List<String> outcomes) {
        this.reader = reader;
        this.outcomes = outcomes;
    }

    List<Claim> read(Node node, List<Variant> variants, Design design, List<String> groups) {
        List<Claim> out = new ArrayList<>();
        if (!(node instanceof SequenceNode list)) {
            reader.problem(node, "claims", "expected a list of {outcome, variant, comparison, direction}");
            return out;
        }
        List<String> names = variants.stream().map(Variant::name).toList();
        int i = 0;
        for (Node item : list.getValue()) {
            String key = "claims[" + i++ + "]";
            MappingNode m = reader.mapping(item, key, "a mapping with outcome, variant, comparison, direction");
            if (m == null) {
                continue;
            }
            Map<String, Node> values = new LinkedHashMap<>();
            Map<String, Node> seen = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                String k = reader.keyName(t.getKeyNode(), key + ".", seen);
                if (k != null && KEYS.contains(k)) {
                    values.put(k, t.getValueNode());
                } else if (k != null) {
                    reader.problem(t.getKeyNode(), key + "." + k, "unknown key" + Suggestions.hint(k, KEYS) + "; allowed: " + String.join(", ", KEYS));
                }
            }
            Claim claim = claim(key, item, values, names, design.points().size(), variants.isEmpty() ? null : variants.get(0).name(), groups);
            if (claim != null) {
                out.add(claim);
            }
        }
        return out;
    }

    private Claim claim(String key, Node item, Map<String, Node> values, List<String> names, int points, String baseline,
            List<String> groups) {
        int before = reader.problems().size();
        for (String required : List.of("outcome", "variant", "direction")) {
            if (!values.containsKey(required)) {
                reader.problem(item, key, "missing '" + required + "'; a claim needs outcome, variant and direction");
            }
        }
        String outcome = name(values.get("outcome"), key + ".outcome", outcomes, "outcome", "runs.csv columns");
        String variant = name(values.get("variant"), key + ".variant", names, "variant", "variants");
        String comparison = values.containsKey("comparison")
                ? name(values.get("comparison"), key + ".comparison", names, "variant", "variants") : baseline;
        String direction = name(values.get("direction"), key + ".direction", DIRECTIONS, "direction", "directions");
        int point = point(values.get("point"), key + ".point", points);
        int comparisonPoint = point(values.get("comparison_point"), key + ".comparison_point", points);
        String group = null;
        if (values.containsKey("group") && groups.isEmpty()) {
            reader.problem(values.get("group"), key + ".group", "the scenario defines no user groups; remove 'group' or add a 'groups' block");
        } else if (values.containsKey("group")) {
            group = name(values.get("group"), key + ".group", groups, "group", "groups");
        }
        if (variant != null && variant.equals(comparison) && point == comparisonPoint) {
            reader.problem(item, key, "compares " + variant + " with itself; name another variant or point in 'comparison'");
        }
        if (reader.problems().size() > before) {
            return null;
        }
        return new Claim(outcome, variant, point, comparison, comparisonPoint, Claim.Direction.valueOf(direction.toUpperCase(java.util.Locale.ROOT)),
                group);
    }

    private String name(Node node, String key, List<String> allowed, String what, String plural) {
        if (node == null) {
            return null;
        }
        String text = reader.text(node, key, true);
        if (text != null && !allowed.isEmpty() && !allowed.contains(text)) {
            reader.problem(node, key, "unknown " + what + " '" + text + "'" + Suggestions.hint(text, allowed) + "; " + plural + ": "
                    + String.join(", ", allowed));
            return null;
        }
        return text;
    }

    private int point(Node node, String key, int points) {
        if (node == null) {
            return 0;
        }
        Long p = reader.whole(node, key, 0, Math.max(0, points - 1));
        return p == null ? 0 : p.intValue();
    }
}
