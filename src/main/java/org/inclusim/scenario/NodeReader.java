package org.inclusim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.ParameterDefinition;
import org.inclusim.model.parameters.ParameterException;
import org.inclusim.model.parameters.UserGroups;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads values out of one file's YAML node tree and records every problem with the file, line,
 * column and key path; nothing here throws for bad input.
 */
final class NodeReader {
    /** Marks a value that could not be read (a problem has been recorded). */
    static final Object NOT_PLAIN = new Object();

    private final String file;
    private final List<ScenarioProblem> problems;
    private final ParameterCatalog catalog = ParameterCatalog.instance();

    NodeReader(String file, List<ScenarioProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    String file() {
        return file;
    }

    List<ScenarioProblem> problems() {
        return problems;
    }

    void problem(Node node, String key, String message) {
        problems.add(new ScenarioProblem(file, node == null ? 0 : YamlTree.line(node),
                node == null ? 0 : YamlTree.column(node), key, message));
    }

    /** The key's text, or null (with a problem) if it is not a plain text key or is repeated. */
    String keyName(Node keyNode, String prefix, Map<String, Node> seen) {
        if (!(keyNode instanceof ScalarNode scalar)) {
            problem(keyNode, prefix, "keys must be plain names, found " + YamlTree.kind(keyNode));
            return null;
        }
        String key = scalar.getValue();
        Node previous = seen.putIfAbsent(key, keyNode);
        if (previous != null) {
            problem(keyNode, prefix + key, "duplicate key (first given at line " + YamlTree.line(previous) + ")");
            return null;
        }
        return key;
    }

    /** The scalar value, or {@link #NOT_PLAIN} (with a problem) for mappings, lists and odd tags. */
    Object plain(Node node, String key) {
        if (!(node instanceof ScalarNode scalar)) {
            problem(node, key, "expected a single value, found " + YamlTree.kind(node));
            return NOT_PLAIN;
        }
        try {
            return YamlTree.scalar(scalar);
        } catch (IllegalArgumentException e) {
            problem(node, key, e.getMessage());
            return NOT_PLAIN;
        }
    }

    /**
     * Text exactly as written (so {@code name: yes} is "yes" and {@code name: 017} is "017", not a
     * boolean or a number turned back into text), or null (with a problem if required) when
     * missing or not a single value.
     */
    String text(Node node, String key, boolean required) {
        if (!(node instanceof ScalarNode scalar)) {
            problem(node, key, "expected a single value, found " + YamlTree.kind(node));
            return null;
        }
        if (org.yaml.snakeyaml.nodes.Tag.NULL.equals(scalar.getTag()) && scalar.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN) {
            if (required) {
                problem(node, key, "expected text, found nothing");
            }
            return null;
        }
        if (!isPlainTag(scalar)) {
            return plain(node, key) == NOT_PLAIN ? null : scalar.getValue();
        }
        return scalar.getValue();
    }

    /** True for the tags YAML resolves plain scalars to (no explicit tag such as !!binary). */
    private static boolean isPlainTag(ScalarNode s) {
        org.yaml.snakeyaml.nodes.Tag t = s.getTag();
        return t.equals(org.yaml.snakeyaml.nodes.Tag.STR) || t.equals(org.yaml.snakeyaml.nodes.Tag.INT)
                || t.equals(org.yaml.snakeyaml.nodes.Tag.FLOAT) || t.equals(org.yaml.snakeyaml.nodes.Tag.BOOL)
                || t.equals(org.yaml.snakeyaml.nodes.Tag.NULL);
    }

    /** One of {@code allowed} (as text), or null (with a problem naming the allowed values). */
    String choice(Node node, String key, java.util.List<String> allowed) {
        String value = text(node, key, true);
        if (value != null && !allowed.contains(value)) {
            problem(node, key, "'" + value + "' is not allowed; allowed: "
                    + String.join(", ", allowed));
            return null;
        }
        return value;
    }

    /** A whole number within bounds, or null (with a problem). */
    Long whole(Node node, String key, long min, long max) {
        Object value = plain(node, key);
        if (value instanceof Long l && l >= min && l <= max) {
            return l;
        }
        if (value != NOT_PLAIN) {
            problem(node, key, "expected a whole number from " + min + " to " + max + ", found "
                    + (value instanceof String s ? "'" + s + "'" : value));
        }
        return null;
    }

    /** A mapping node, or null (with a problem). */
    MappingNode mapping(Node node, String key, String expected) {
        if (node instanceof MappingNode m) {
            return m;
        }
        problem(node, key, "expected " + expected + ", found " + YamlTree.kind(node));
        return null;
    }

    /**
     * Parameter overrides from a mapping of groups ({@code placement: {plannedWeeks: 26}}) or
     * dotted paths ({@code placement.plannedWeeks: 26}); each value coerced and range-checked.
     *
     * @param prefix the key path shown in messages, e.g. {@code parameters} or {@code variants.long}
     */
    Overrides overrides(Node node, String prefix) {
        Overrides out = new Overrides(file);
        MappingNode mapping = mapping(node, prefix, "a mapping of parameter groups ("
                + String.join(", ", catalog.groups()) + ") or dotted parameter paths");
        if (mapping == null) {
            return out;
        }
        Map<String, Node> seen = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = keyName(tuple.getKeyNode(), prefix + ".", seen);
            if (key == null) {
                continue;
            }
            if (key.contains(".")) {
                parameter(out, prefix + "." + key, tuple.getKeyNode(), key, tuple.getValueNode());
            } else if (catalog.groups().contains(key)) {
                group(out, prefix, key, tuple.getValueNode());
            } else {
                problem(tuple.getKeyNode(), prefix + "." + key, "unknown parameter group"
                        + Suggestions.hint(key, catalog.groups()) + "; groups: " + String.join(", ", catalog.groups()));
            }
        }
        return out;
    }

    private void group(Overrides out, String prefix, String group, Node node) {
        MappingNode mapping = mapping(node, prefix + "." + group, "a mapping of parameters");
        if (mapping == null) {
            return;
        }
        Map<String, Node> seen = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = keyName(tuple.getKeyNode(), prefix + "." + group + ".", seen);
            if (key != null) {
                parameter(out, prefix + "." + group + "." + key, tuple.getKeyNode(), group + "." + key, tuple.getValueNode());
            }
        }
    }

    /** Reads one parameter value (a user group's too) into {@code out}; {@code shownKey} is the key path in messages. */
    void parameter(Overrides out, String shownKey, Node keyNode, String path, Node valueNode) {
        Optional<ParameterDefinition> definition = catalog.find(path);
        if (definition.isEmpty() && UserGroups.isGroupPath(path)) {
            String rest = path.substring(path.indexOf('.', UserGroups.PREFIX.length()) + 1);
            problem(keyNode, shownKey, UserGroups.problem(path) + Suggestions.hint(rest, UserGroups.DEVIABLE));
            return;
        }
        if (definition.isEmpty() && RetiredParameters.message(path).isPresent()) {
            problem(keyNode, shownKey, RetiredParameters.message(path).get());
            return;
        }
        if (definition.isEmpty()) {
            List<String> known = catalog.definitions().stream().map(ParameterDefinition::path).toList();
            problem(keyNode, shownKey, "unknown parameter" + Suggestions.hint(path, known)
                    + "; see scenarios/README.md for all parameters");
            return;
        }
        if (out.nodes().containsKey(path)) {
            problem(keyNode, shownKey, "given twice (first at line " + YamlTree.line(out.nodes().get(path)) + ")");
            return;
        }
        Object raw = plain(valueNode, shownKey);
        if (raw == NOT_PLAIN) {
            return;
        }
        ParameterDefinition d = definition.get();
        if (raw instanceof String text && !d.type().isEnum()) {
            problem(valueNode, shownKey, "expected " + d.typeName() + ", found the text '" + text + "'; write it without quotes");
            return;
        }
        try {
            out.put(path, d.coerce(raw), valueNode);
        } catch (ParameterException e) {
            problem(valueNode, shownKey, expectation(d, raw));
        }
    }

    static String expectation(ParameterDefinition d, Object raw) {
        String found = raw == null ? "nothing" : raw instanceof String s ? "'" + s + "'" : ParameterDefinition.format(raw);
        return "expected " + d.typeName() + (d.type().isEnum() || d.type() == boolean.class ? "" : " from " + d.allowed())
                + (d.unit().equals("-") ? "" : " (" + d.unit() + ")") + ", found " + found;
    }
}
