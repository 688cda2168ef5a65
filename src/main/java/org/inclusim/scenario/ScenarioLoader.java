package org.inclusim.scenario;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.ParameterDefinition;
import org.inclusim.model.parameters.ParameterException;
import org.inclusim.model.parameters.Parameters;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Loads a scenario file and validates all of it, reporting every problem at once with file,
 * line, column and key. Top-level keys: {@code name} (required), {@code description},
 * {@code horizon_weeks}, {@code replications}, {@code seed}, {@code parameters}. Parameters are
 * nested by group ({@code placement: {plannedWeeks: 26}}) or given as dotted paths
 * ({@code placement.plannedWeeks: 26}); anything not given keeps its documented default.
 */
public final class ScenarioLoader {
    /** Largest scenario file read, in bytes. */
    public static final long MAX_FILE_BYTES = 1 << 20;
    public static final int DEFAULT_HORIZON_WEEKS = 260;
    public static final int MAX_HORIZON_WEEKS = 10_000;
    public static final int MAX_REPLICATIONS = 1_000_000;
    /** Names become folder names: letters, digits, '.', '_' and '-', starting with a letter or digit. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    static final List<String> TOP_KEYS = List.of("name", "description", "horizon_weeks", "replications", "seed", "parameters");

    private final ParameterCatalog catalog = ParameterCatalog.instance();

    /**
     * @throws ScenarioException with every problem found
     */
    public Scenario load(Path file) {
        String shown = file.toString();
        byte[] bytes = read(file, shown);
        String text = decode(bytes, shown);
        Node root = YamlTree.parse(text, shown);
        Walk walk = new Walk(shown);
        if (root == null) {
            walk.problem(null, null, "the file is empty; a scenario needs at least 'name'");
        } else if (!(root instanceof MappingNode mapping)) {
            walk.problem(root, null, "expected a mapping of keys (name, parameters, ...), found " + YamlTree.kind(root));
        } else {
            walk.top(mapping);
        }
        Parameters parameters = walk.parameters();
        if (!walk.problems.isEmpty()) {
            walk.problems.sort(java.util.Comparator.comparingInt(ScenarioProblem::line).thenComparingInt(ScenarioProblem::column));
            throw new ScenarioException(walk.problems);
        }
        return new Scenario(walk.name, walk.description, walk.horizonWeeks, walk.replications, walk.seed,
                parameters, file, sha256(bytes));
    }

    private static byte[] read(Path file, String shown) {
        try {
            if (Files.isDirectory(file)) {
                throw single(shown, "is a folder, not a scenario file");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw single(shown, "file is " + size + " bytes; scenario files may be at most " + MAX_FILE_BYTES);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw single(shown, "file not found");
        } catch (IOException e) {
            throw single(shown, "cannot read the file (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String decode(byte[] bytes, String shown) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw single(shown, "file is not valid UTF-8 text");
        }
    }

    private static ScenarioException single(String file, String message) {
        return new ScenarioException(List.of(new ScenarioProblem(file, 0, 0, null, message)));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** One pass over the node tree, collecting values and problems. */
    private final class Walk {
        final String file;
        final List<ScenarioProblem> problems = new ArrayList<>();
        final Map<String, Object> overrides = new LinkedHashMap<>();
        final Map<String, Node> overrideNodes = new LinkedHashMap<>();
        String name;
        String description = "";
        int horizonWeeks = DEFAULT_HORIZON_WEEKS;
        int replications = 1;
        long seed = 1;

        Walk(String file) {
            this.file = file;
        }

        void problem(Node node, String key, String message) {
            problems.add(new ScenarioProblem(file, node == null ? 0 : YamlTree.line(node),
                    node == null ? 0 : YamlTree.column(node), key, message));
        }

        void top(MappingNode mapping) {
            Map<String, Node> seen = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = keyName(tuple.getKeyNode(), "", seen);
                if (key == null) {
                    continue;
                }
                Node value = tuple.getValueNode();
                switch (key) {
                    case "name" -> name = text(value, key, true);
                    case "description" -> description = Optional.ofNullable(text(value, key, false)).orElse("");
                    case "horizon_weeks" -> horizonWeeks = (int) whole(value, key, 1, MAX_HORIZON_WEEKS, horizonWeeks);
                    case "replications" -> replications = (int) whole(value, key, 1, MAX_REPLICATIONS, replications);
                    case "seed" -> seed = whole(value, key, Long.MIN_VALUE, Long.MAX_VALUE, seed);
                    case "parameters" -> parameters(value);
                    default -> problem(tuple.getKeyNode(), key, "unknown key" + Suggestions.hint(key, TOP_KEYS)
                            + "; allowed: " + String.join(", ", TOP_KEYS));
                }
            }
            if (name == null && !seen.containsKey("name")) {
                problem(mapping, "name", "missing; every scenario needs a name (letters, digits, '.', '_', '-')");
            } else if (name != null && !NAME.matcher(name).matches()) {
                problem(seen.get("name"), "name", "'" + name + "' cannot be used as a folder name; use letters, digits, "
                        + "'.', '_' and '-' (at most 64, starting with a letter or digit)");
                name = null;
            }
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

        String text(Node node, String key, boolean required) {
            Object value = plain(node, key);
            if (value == NOT_PLAIN) {
                return null;
            }
            if (value == null) {
                if (required) {
                    problem(node, key, "expected text, found nothing");
                }
                return null;
            }
            return String.valueOf(value);
        }

        long whole(Node node, String key, long min, long max, long fallback) {
            Object value = plain(node, key);
            if (value instanceof Long l && l >= min && l <= max) {
                return l;
            }
            if (value != NOT_PLAIN) {
                problem(node, key, "expected a whole number from " + min + " to " + max + ", found "
                        + (value instanceof String s ? "'" + s + "'" : value));
            }
            return fallback;
        }

        private static final Object NOT_PLAIN = new Object();

        /** The scalar value, or NOT_PLAIN (with a problem) for mappings, lists and odd tags. */
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

        void parameters(Node node) {
            if (!(node instanceof MappingNode mapping)) {
                problem(node, "parameters", "expected a mapping of parameter groups ("
                        + String.join(", ", catalog.groups()) + "), found " + YamlTree.kind(node));
                return;
            }
            Map<String, Node> seen = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = keyName(tuple.getKeyNode(), "parameters.", seen);
                if (key == null) {
                    continue;
                }
                if (key.contains(".")) {
                    parameter(tuple.getKeyNode(), key, tuple.getValueNode());
                } else if (catalog.groups().contains(key)) {
                    group(key, tuple.getValueNode());
                } else {
                    problem(tuple.getKeyNode(), "parameters." + key, "unknown parameter group"
                            + Suggestions.hint(key, catalog.groups()) + "; groups: " + String.join(", ", catalog.groups()));
                }
            }
        }

        void group(String group, Node node) {
            if (!(node instanceof MappingNode mapping)) {
                problem(node, "parameters." + group, "expected a mapping of parameters, found " + YamlTree.kind(node));
                return;
            }
            Map<String, Node> seen = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = keyName(tuple.getKeyNode(), "parameters." + group + ".", seen);
                if (key != null) {
                    parameter(tuple.getKeyNode(), group + "." + key, tuple.getValueNode());
                }
            }
        }

        void parameter(Node keyNode, String path, Node valueNode) {
            Optional<ParameterDefinition> definition = catalog.find(path);
            String shownKey = "parameters." + path;
            if (definition.isEmpty()) {
                List<String> known = catalog.definitions().stream().map(ParameterDefinition::path).toList();
                problem(keyNode, shownKey, "unknown parameter" + Suggestions.hint(path, known)
                        + "; see scenarios/README.md for all parameters");
                return;
            }
            if (overrideNodes.containsKey(path)) {
                problem(keyNode, shownKey, "given twice (first at line " + YamlTree.line(overrideNodes.get(path)) + ")");
                return;
            }
            Object raw = plain(valueNode, shownKey);
            if (raw == NOT_PLAIN) {
                return;
            }
            ParameterDefinition d = definition.get();
            try {
                overrides.put(path, d.coerce(raw));
                overrideNodes.put(path, valueNode);
            } catch (ParameterException e) {
                problem(valueNode, shownKey, describe(d, raw));
            }
        }

        String describe(ParameterDefinition d, Object raw) {
            String found = raw == null ? "nothing" : raw instanceof String s ? "'" + s + "'" : ParameterDefinition.format(raw);
            return "expected " + d.typeName() + (d.type().isEnum() || d.type() == boolean.class ? "" : " from " + d.allowed())
                    + (d.unit().equals("-") ? "" : " (" + d.unit() + ")") + ", found " + found;
        }

        Parameters parameters() {
            try {
                return catalog.with(catalog.defaults(), overrides);
            } catch (ParameterException e) {
                Node node = overrideNodes.get(e.path());
                problem(node, "parameters." + e.path(), e.getMessage());
                return null;
            }
        }
    }
}
