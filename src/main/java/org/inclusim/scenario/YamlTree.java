package org.inclusim.scenario;

import java.io.StringReader;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Parses YAML text into SnakeYAML's node tree (which keeps line and column of every value)
 * without constructing any objects: no type from a tag is ever instantiated. Aliases, nesting
 * depth and size are bounded against hostile input.
 */
final class YamlTree {
    static final int MAX_ALIASES = 20;
    static final int MAX_DEPTH = 20;
    static final int MAX_CODE_POINTS = 1 << 20;

    private YamlTree() {
    }

    /** The root node, or null for an empty document. */
    static Node parse(String text, String file) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        try {
            return yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new ScenarioException(java.util.List.of(new ScenarioProblem(file,
                    mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1, null,
                    "malformed YAML: " + oneLine(problem))));
        } catch (YAMLException e) {
            throw new ScenarioException(java.util.List.of(new ScenarioProblem(file, 0, 0, null,
                    "malformed or unsafe YAML: " + oneLine(e.getMessage()))));
        }
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    static int column(Node node) {
        return node.getStartMark().getColumn() + 1;
    }

    /** What kind of node this is, for messages: "a mapping", "a list", "a value". */
    static String kind(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return "a value";
    }

    /**
     * The plain Java value of a scalar by its resolved YAML tag: Long, Double, Boolean, String or
     * null. YAML 1.1's booleans {@code yes}, {@code no}, {@code on}, {@code off} are booleans here
     * (text fields take the text as written instead, see {@link NodeReader#text}); a whole number
     * with a leading zero ({@code 017}: octal 15 in YAML 1.1, 17 in YAML 1.2) is refused rather
     * than guessed.
     *
     * @throws IllegalArgumentException with a message for unsupported tags or malformed numbers
     */
    static Object scalar(ScalarNode node) {
        Tag tag = node.getTag();
        String v = node.getValue();
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            String s = v.toLowerCase(Locale.ROOT);
            return s.equals("true") || s.equals("yes") || s.equals("on") || s.equals("y");
        }
        if (Tag.INT.equals(tag) && v.matches("[-+]?0[0-9_]+")) {
            throw new IllegalArgumentException("'" + v + "' has a leading zero, which YAML 1.1 reads as an octal number and YAML 1.2"
                    + " as decimal; write it without the zero");
        }
        if (Tag.INT.equals(tag)) {
            try {
                return Long.parseLong(v.replace("_", ""));
            } catch (NumberFormatException e) {
                try {
                    return Double.parseDouble(v.replace("_", ""));
                } catch (NumberFormatException e2) {
                    throw new IllegalArgumentException("cannot read '" + v + "' as a number");
                }
            }
        }
        if (Tag.FLOAT.equals(tag)) {
            String s = v.replace("_", "").toLowerCase(Locale.ROOT);
            if (s.endsWith(".inf")) {
                return s.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            if (s.equals(".nan")) {
                return Double.NaN;
            }
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("cannot read '" + v + "' as a number");
            }
        }
        if (Tag.STR.equals(tag)) {
            return v;
        }
        throw new IllegalArgumentException("unsupported YAML tag " + tag.getValue() + " (only plain values are allowed)");
    }
}
