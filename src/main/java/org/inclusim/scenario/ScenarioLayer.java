package org.inclusim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** What one scenario file says, before {@code extends} is resolved; absent keys are null. */
final class ScenarioLayer {
    /** Values of {@code language}. */
    static final List<String> LANGUAGES = List.of("en", "nb");
    static final List<String> KEYS = List.of("name", "description", "extends", "horizon_weeks", "replications", "seed",
            "policy_start_week", "language", "parameters", "groups", "variants", "labels", "design", "sensitivity", "claims",
            "accepted_sets", "parameter_draws");

    final String file;
    /** The file's absolute, normalised path (set by the loader once read). */
    java.nio.file.Path path;
    final Map<String, Node> keyNodes = new LinkedHashMap<>();
    final Map<String, Node> valueNodes = new LinkedHashMap<>();
    /** Variants whose overrides had problems (so they are not also reported as changing nothing). */
    final java.util.Set<String> faultyVariants = new java.util.HashSet<>();
    /** False when the file is empty or not a mapping (already reported). */
    boolean mapping;
    String name;
    String description;
    String extendsPath;
    Integer horizonWeeks;
    Integer replications;
    Long seed;
    Integer policyStartWeek;
    /** The language of printed summaries and the report: en or nb. */
    String language;
    Overrides parameters;
    /** The user groups' values ({@code groups.NAME.…}), or null if the file has no {@code groups} key. */
    Overrides groups;
    /** Variants in file order, or null if the file has no {@code variants} key. */
    Map<String, Overrides> variants;
    /** Plain-language variant labels by variant name, then language code; null if the file has no {@code labels}. */
    Map<String, Map<String, String>> labels;
    final Map<String, Node> labelNodes = new LinkedHashMap<>();
    final Map<String, Node> variantNodes = new LinkedHashMap<>();
    /** The design block, read once the seed is known; null if absent. */
    Node design;
    /** The sensitivity block (it supplies the design), read once the seed is known; null if absent. */
    Node sensitivity;
    /** The claims block, read once variants and design are known; null if absent. */
    Node claims;
    /** The calibration's accepted parameter sets this file names ({@code accepted_sets}), or null. */
    String acceptedSets;
    /** How many parameter draws to run over ({@code parameter_draws}), or null. */
    Integer parameterDraws;

    private ScenarioLayer(String file) {
        this.file = file;
    }

    static ScenarioLayer read(Node root, NodeReader reader) {
        ScenarioLayer layer = new ScenarioLayer(reader.file());
        if (root == null) {
            reader.problem(null, null, "the file is empty; a scenario needs at least 'name'");
            return layer;
        }
        MappingNode mapping = reader.mapping(root, null, "a mapping of keys (name, parameters, ...)");
        if (mapping == null) {
            return layer;
        }
        layer.mapping = true;
        for (NodeTuple tuple : mapping.getValue()) {
            String key = reader.keyName(tuple.getKeyNode(), "", layer.keyNodes);
            if (key != null) {
                layer.valueNodes.put(key, tuple.getValueNode());
                layer.value(reader, key, tuple);
            }
        }
        return layer;
    }

    private void value(NodeReader reader, String key, NodeTuple tuple) {
        Node value = tuple.getValueNode();
        switch (key) {
            case "name" -> name = reader.text(value, key, true);
            case "description" -> description = reader.text(value, key, false);
            case "extends" -> extendsPath = reader.text(value, key, true);
            case "horizon_weeks" -> horizonWeeks = toInt(reader.whole(value, key, 1, ScenarioLoader.MAX_HORIZON_WEEKS));
            case "replications" -> replications = toInt(reader.whole(value, key, 1, ScenarioLoader.MAX_REPLICATIONS));
            case "seed" -> seed = reader.whole(value, key, Long.MIN_VALUE, Long.MAX_VALUE);
            case "policy_start_week" -> policyStartWeek = toInt(reader.whole(value, key, 0, ScenarioLoader.MAX_HORIZON_WEEKS));
            case "language" -> language = reader.choice(value, key, LANGUAGES);
            case "parameters" -> parameters = reader.overrides(value, "parameters");
            case "groups" -> groups = new GroupReader(reader).read(value);
            case "variants" -> variants(reader, value);
            case "labels" -> labels(reader, value);
            case "design" -> design = value;
            case "sensitivity" -> sensitivity = value;
            case "claims" -> claims = value;
            case "accepted_sets" -> acceptedSets = reader.text(value, key, true);
            case "parameter_draws" -> parameterDraws = toInt(reader.whole(value, key, 1, ParameterDraws.MAX_DRAWS));
            default -> reader.problem(tuple.getKeyNode(), key, "unknown key" + Suggestions.hint(key, KEYS)
                    + "; allowed: " + String.join(", ", KEYS));
        }
    }

    private void variants(NodeReader reader, Node node) {
        variants = new LinkedHashMap<>();
        MappingNode mapping = reader.mapping(node, "variants", "a mapping of variant names to parameter overrides");
        if (mapping == null) {
            return;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String name = reader.keyName(tuple.getKeyNode(), "variants.", variantNodes);
            if (name == null) {
                continue;
            }
            Node value = tuple.getValueNode();
            boolean empty = value instanceof org.yaml.snakeyaml.nodes.ScalarNode s && s.getValue().isEmpty();
            int before = reader.problems().size();
            variants.put(name, empty ? new Overrides(file) : reader.overrides(value, "variants." + name));
            if (reader.problems().size() > before) {
                faultyVariants.add(name);
            }
        }
    }

    /**
     * {@code labels}: variant name to a label, either one text for every language or a mapping of
     * language codes ({@code en}, {@code nb}) to texts.
     */
    private void labels(NodeReader reader, Node node) {
        labels = new LinkedHashMap<>();
        MappingNode mapping = reader.mapping(node, "labels", "a mapping of variant names to labels ({en: ..., nb: ...} or one text)");
        if (mapping == null) {
            return;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String name = reader.keyName(tuple.getKeyNode(), "labels.", labelNodes);
            if (name == null) {
                continue;
            }
            Node value = tuple.getValueNode();
            Map<String, String> byLanguage = new LinkedHashMap<>();
            if (value instanceof MappingNode texts) {
                for (NodeTuple t : texts.getValue()) {
                    String code = reader.keyName(t.getKeyNode(), "labels." + name + ".", new LinkedHashMap<>());
                    if (code == null) {
                        continue;
                    }
                    if (!LANGUAGES.contains(code)) {
                        reader.problem(t.getKeyNode(), "labels." + name + "." + code, "unknown language; allowed: "
                                + String.join(", ", LANGUAGES));
                        continue;
                    }
                    String text = reader.text(t.getValueNode(), "labels." + name + "." + code, true);
                    if (text != null) {
                        byLanguage.put(code, text);
                    }
                }
            } else {
                String text = reader.text(value, "labels." + name, true);
                if (text != null) {
                    LANGUAGES.forEach(code -> byLanguage.put(code, text));
                }
            }
            labels.put(name, byLanguage);
        }
    }

    private static Integer toInt(Long value) {
        return value == null ? null : value.intValue();
    }
}
