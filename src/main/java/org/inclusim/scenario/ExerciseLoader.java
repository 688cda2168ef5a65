package org.inclusim.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the teaching exercises (scenarios/teaching/exercises.yaml, documented in its header):
 * every problem is reported at once with file, line and key, as for scenarios; each exercise's
 * scenario is loaded and its variants and claims checked against it.
 */
public final class ExerciseLoader {
    /** Where the shipped exercises are, from the working folder. */
    public static final Path SHIPPED = Path.of("scenarios", "teaching", "exercises.yaml");
    private static final Set<String> KEYS = Set.of("id", "scenario", "variant", "compare", "replications", "title", "watch",
            "finding", "questions", "claims");
    private static final Set<String> CLAIM_KEYS = Set.of("outcome", "variant", "comparison", "value", "direction");

    private final List<String> outcomes;
    private final List<ScenarioProblem> problems = new ArrayList<>();
    /** The node each mapping was read from, to place a problem about a missing key. */
    private final Map<Map<String, Node>, Node> owners = new java.util.IdentityHashMap<>();
    private String file;

    /** @param outcomes the outcome names a claim may use (runs.csv's outcome columns) */
    public ExerciseLoader(List<String> outcomes) {
        this.outcomes = List.copyOf(outcomes);
    }

    /**
     * The exercises of a file, in order; scenario paths are relative to the folder above the
     * file's own (the {@code scenarios/} folder for the shipped file).
     *
     * @throws ScenarioException listing every problem
     */
    public List<Exercise> load(Path path) {
        file = path.toString();
        problems.clear();
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(List.of(new ScenarioProblem(file, 0, 0, null, "no such file")));
        } catch (IOException e) {
            throw new ScenarioException(List.of(new ScenarioProblem(file, 0, 0, null, "cannot read: " + e.getMessage())));
        }
        Node root = YamlTree.parse(text, file);
        Path scenarios = path.toAbsolutePath().getParent().getParent();
        List<Exercise> exercises = new ArrayList<>();
        Map<String, Node> top = mapping(root, "");
        if (top != null) {
            top.keySet().stream().filter(k -> !k.equals("exercises")).forEach(k -> problem(top.get(k), k, "unknown key; allowed: exercises"));
            if (!(top.get("exercises") instanceof SequenceNode list)) {
                problem(root, "exercises", "a list of exercises is required");
            } else {
                for (int i = 0; i < list.getValue().size(); i++) {
                    Exercise e = exercise(list.getValue().get(i), "exercises[" + i + "]", scenarios);
                    if (e != null) {
                        exercises.add(e);
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(List.copyOf(problems));
        }
        return List.copyOf(exercises);
    }

    private Exercise exercise(Node node, String at, Path scenarios) {
        Map<String, Node> m = mapping(node, at);
        if (m == null) {
            return null;
        }
        m.forEach((k, v) -> {
            if (!KEYS.contains(k)) {
                problem(v, at + "." + k, "unknown key; allowed: " + String.join(", ", KEYS.stream().sorted().toList()));
            }
        });
        String id = string(m, "id", at, true);
        String scenarioName = string(m, "scenario", at, true);
        String variant = string(m, "variant", at, true);
        String compare = string(m, "compare", at, false);
        int replications = (int) number(m, "replications", at, 2, 100_000);
        Exercise.Text title = text(m, "title", at);
        Exercise.Text watch = text(m, "watch", at);
        Exercise.Text finding = text(m, "finding", at);
        List<Exercise.Question> questions = new ArrayList<>();
        if (m.get("questions") instanceof SequenceNode qs && !qs.getValue().isEmpty()) {
            for (int i = 0; i < qs.getValue().size(); i++) {
                Map<String, Node> q = mapping(qs.getValue().get(i), at + ".questions[" + i + "]");
                if (q != null) {
                    questions.add(new Exercise.Question(text(q, "question", at + ".questions[" + i + "]"),
                            text(q, "answer", at + ".questions[" + i + "]")));
                }
            }
        } else {
            problem(m.getOrDefault("questions", node), at + ".questions", "a list of questions with answers is required");
        }
        List<Exercise.Claim> claims = claims(m, at);
        if (scenarioName == null || variant == null) {
            return null;
        }
        Path scenarioFile = scenarios.resolve(scenarioName).normalize();
        checkAgainstScenario(m, at, scenarioFile, variant, compare, claims);
        return new Exercise(id, scenarioFile, variant, compare, title, watch, finding, questions, claims, replications);
    }

    private List<Exercise.Claim> claims(Map<String, Node> m, String at) {
        List<Exercise.Claim> claims = new ArrayList<>();
        if (!(m.get("claims") instanceof SequenceNode cs)) {
            if (m.containsKey("claims")) {
                problem(m.get("claims"), at + ".claims", "a list of claims is expected");
            }
            return claims;
        }
        for (int i = 0; i < cs.getValue().size(); i++) {
            String cat = at + ".claims[" + i + "]";
            Map<String, Node> c = mapping(cs.getValue().get(i), cat);
            if (c == null) {
                continue;
            }
            c.forEach((k, v) -> {
                if (!CLAIM_KEYS.contains(k)) {
                    problem(v, cat + "." + k, "unknown key; allowed: outcome, variant, comparison, value, direction");
                }
            });
            String outcome = string(c, "outcome", cat, true);
            if (outcome != null && !outcomes.contains(outcome)) {
                problem(c.get("outcome"), cat + ".outcome", "unknown outcome '" + outcome + "'; allowed: " + String.join(", ", outcomes));
            }
            String variant = string(c, "variant", cat, true);
            String directionText = string(c, "direction", cat, true);
            Exercise.Direction direction = null;
            try {
                direction = directionText == null ? null : Exercise.Direction.valueOf(directionText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem(c.get("direction"), cat + ".direction", "'" + directionText + "' is not a direction; allowed: higher, lower, above, below");
            }
            if (direction == null || outcome == null || variant == null) {
                continue;
            }
            String comparison = direction.compares() ? string(c, "comparison", cat, true) : null;
            double value = direction.compares() ? Double.NaN : number(c, "value", cat, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
            if (direction.compares() && c.containsKey("value") || !direction.compares() && c.containsKey("comparison")) {
                problem(c.get("direction"), cat, "higher/lower take a comparison variant, above/below a value");
            }
            claims.add(new Exercise.Claim(outcome, variant, comparison, direction, value));
        }
        return claims;
    }

    private void checkAgainstScenario(Map<String, Node> m, String at, Path file, String variant, String compare,
                                      List<Exercise.Claim> claims) {
        Scenario scenario;
        try {
            scenario = new ScenarioLoader(outcomes).load(file);
        } catch (ScenarioException e) {
            problem(m.get("scenario"), at + ".scenario", "the scenario does not load: " + e.getMessage().lines().findFirst().orElse(""));
            return;
        }
        List<String> names = scenario.variants().stream().map(Variant::name).toList();
        for (String[] used : usedVariants(variant, compare, claims)) {
            if (used[0] != null && !names.contains(used[0])) {
                problem(m.get(used[1].startsWith("claims") ? "claims" : used[1]), at + "." + used[1],
                        "no variant '" + used[0] + "' in " + file.getFileName() + "; variants: " + String.join(", ", names));
            }
        }
        if (compare != null && compare.equals(variant)) {
            problem(m.get("compare"), at + ".compare", "compare " + variant + " with another variant, not with itself");
        }
    }

    private static List<String[]> usedVariants(String variant, String compare, List<Exercise.Claim> claims) {
        List<String[]> used = new ArrayList<>();
        used.add(new String[] {variant, "variant"});
        used.add(new String[] {compare, "compare"});
        for (int i = 0; i < claims.size(); i++) {
            used.add(new String[] {claims.get(i).variant(), "claims[" + i + "].variant"});
            used.add(new String[] {claims.get(i).comparison(), "claims[" + i + "].comparison"});
        }
        return used;
    }

    private Exercise.Text text(Map<String, Node> m, String key, String at) {
        if (!m.containsKey(key)) {
            problem(owners.get(m), at + "." + key, "required: a text in English (en) and bokmål (nb)");
            return new Exercise.Text("", "");
        }
        Map<String, Node> t = mapping(m.get(key), at + "." + key);
        if (t == null) {
            return new Exercise.Text("", "");
        }
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (String language : List.of("en", "nb")) {
            String s = string(t, language, at + "." + key, true);
            byLanguage.put(language, s == null ? "" : s.strip());
        }
        t.keySet().stream().filter(k -> !k.equals("en") && !k.equals("nb"))
                .forEach(k -> problem(t.get(k), at + "." + key + "." + k, "unknown language; allowed: en, nb"));
        return Exercise.Text.of(byLanguage);
    }

    private String string(Map<String, Node> m, String key, String at, boolean required) {
        Node node = m.get(key);
        if (node == null) {
            if (required) {
                problem(owners.get(m), at + "." + key, "required");
            }
            return null;
        }
        if (node instanceof ScalarNode s && YamlTree.scalar(s) instanceof String v && !v.isBlank()) {
            return v;
        }
        problem(node, at + "." + key, "a text is expected, not " + YamlTree.kind(node));
        return null;
    }

    private double number(Map<String, Node> m, String key, String at, double min, double max) {
        Node node = m.get(key);
        Object v = node instanceof ScalarNode s ? safeScalar(s) : null;
        if (v instanceof Number n && n.doubleValue() >= min && n.doubleValue() <= max) {
            return n.doubleValue();
        }
        problem(node == null ? owners.get(m) : node, at + "." + key,
                node == null ? "required" : "a number from " + min + " to " + max + " is expected");
        return Double.NaN;
    }

    private static Object safeScalar(ScalarNode s) {
        try {
            return YamlTree.scalar(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Map<String, Node> mapping(Node node, String at) {
        if (!(node instanceof MappingNode mapping)) {
            problem(node, at.isEmpty() ? null : at, "a mapping is expected" + (node == null ? "" : ", not " + YamlTree.kind(node)));
            return null;
        }
        Map<String, Node> m = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                m.put(k.getValue(), t.getValueNode());
            }
        }
        owners.put(m, node);
        return m;
    }

    private void problem(Node node, String key, String message) {
        problems.add(new ScenarioProblem(file, node == null ? 0 : YamlTree.line(node), node == null ? 0 : YamlTree.column(node), key, message));
    }
}
