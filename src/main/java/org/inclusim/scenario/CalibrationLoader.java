package org.inclusim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.ParameterDefinition;
import org.inclusim.model.parameters.ParameterException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Loads a calibration targets file with located errors, like scenario files:
 * <pre>
 * name: ips-patterns
 * scenario: ../baseline.yaml      # the scenario whose parameters are fitted
 * seed: 7
 * replications: 8                 # per candidate, the same seeds for every candidate
 * budget: 60                      # candidate evaluations
 * parameters:                     # dotted paths to [low, high]
 *   search.closePlacementRatePerWeek: [0.02, 0.15]
 *   search.standardPlacementRatePerWeek: [0.005, 0.1]
 * constraints:                    # optional: orders of fitted parameters, "a >= b" or "a <= b"
 *   - search.closePlacementRatePerWeek >= search.standardPlacementRatePerWeek
 * targets:
 *   - name: employed at 12 months, close follow-up
 *     overrides: {advisers.closeCasesPerAdviser: 1000}
 *     horizon_weeks: 52
 *     outcome: employment_share_horizon
 *     observed: 0.366
 *     tolerance: 0.05
 *     source: Reme et al. 2019
 * </pre>
 */
public final class CalibrationLoader {
    static final List<String> KEYS = List.of("name", "description", "scenario", "seed", "replications", "budget", "parameters", "constraints", "targets");
    static final List<String> TARGET_KEYS = List.of("name", "overrides", "horizon_weeks", "outcome", "observed", "tolerance", "source");

    /** Checks outcome names; given by the caller, who knows the runs.csv columns. */
    private final List<String> outcomes;

    public CalibrationLoader(List<String> runOutcomes) {
        List<String> all = new ArrayList<>(runOutcomes);
        all.addAll(CalibrationSpec.DERIVED);
        this.outcomes = List.copyOf(all);
    }

    public CalibrationSpec load(Path file) {
        List<ScenarioProblem> problems = new ArrayList<>();
        String shown = file.toString();
        byte[] bytes = ScenarioLoader.read(file, shown);
        Node root = YamlTree.parse(ScenarioLoader.decode(bytes, shown), shown);
        NodeReader reader = new NodeReader(shown, problems);
        MappingNode mapping = reader.mapping(root, null, "a mapping of keys (name, scenario, parameters, targets, ...)");
        String name = null;
        Scenario scenario = null;
        long seed = 1;
        int replications = 8;
        int budget = 50;
        Map<String, double[]> bounds = new LinkedHashMap<>();
        List<CalibrationSpec.Target> targets = new ArrayList<>();
        Map<CalibrationSpec.Target, Located> overridesNodes = new java.util.IdentityHashMap<>();
        List<CalibrationSpec.Constraint> constraints = new ArrayList<>();
        Node constraintsNode = null;
        Node scenarioNode = null;
        if (mapping != null) {
            Map<String, Node> seen = new LinkedHashMap<>();
            for (NodeTuple t : mapping.getValue()) {
                String key = reader.keyName(t.getKeyNode(), "", seen);
                if (key == null) {
                    continue;
                }
                Node v = t.getValueNode();
                switch (key) {
                    case "name" -> name = reader.text(v, key, true);
                    case "description" -> reader.text(v, key, false);
                    case "scenario" -> scenarioNode = v;
                    case "seed" -> seed = orElse(reader.whole(v, key, Long.MIN_VALUE, Long.MAX_VALUE), seed);
                    case "replications" -> replications = (int) orElse(reader.whole(v, key, 1, 10_000), replications);
                    case "budget" -> budget = (int) orElse(reader.whole(v, key, 2, 100_000), budget);
                    case "parameters" -> new DesignReader(reader, List.of()).ranges(v, "parameters", bounds, new LinkedHashMap<>());
                    case "constraints" -> constraintsNode = v;
                    case "targets" -> targets(reader, v, targets, overridesNodes);
                    default -> reader.problem(t.getKeyNode(), key, "unknown key" + Suggestions.hint(key, KEYS) + "; allowed: "
                            + String.join(", ", KEYS));
                }
            }
            if (scenarioNode == null) {
                reader.problem(mapping, "scenario", "missing; name the scenario whose parameters are fitted");
            } else {
                scenario = scenario(reader, file, scenarioNode, problems);
            }
            if (name == null || !ScenarioLoader.NAME.matcher(name).matches()) {
                reader.problem(seen.getOrDefault("name", mapping), "name", "needs a name of letters, digits, '.', '_' and '-'");
            }
            if (constraintsNode != null) {
                constraints(reader, constraintsNode, bounds, constraints);
            }
            if (bounds.isEmpty()) {
                reader.problem(mapping, "parameters", "give at least one parameter to fit, with [low, high]");
            }
            if (targets.isEmpty()) {
                reader.problem(mapping, "targets", "give at least one target");
            }
            if (scenario != null) {
                checkOverrides(reader, scenario, overridesNodes);
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new CalibrationSpec(name, file, ScenarioLoader.sha256(bytes), scenario, seed, replications, budget, bounds, constraints,
                targets);
    }

    /**
     * A target's overrides, applied together, must give valid parameters on the scenario's baseline
     * (for example a shortest temporary job not beyond the longest), or every candidate would be
     * infeasible and the whole budget spent before the error showed. (A combination that only the
     * fitted parameters could make valid is refused too; give such targets their own overrides.)
     */
    private static void checkOverrides(NodeReader reader, Scenario scenario, Map<CalibrationSpec.Target, Located> overridesNodes) {
        overridesNodes.forEach((target, at) -> {
            try {
                ParameterCatalog.instance().with(scenario.parameters(), target.overrides()); // all at once, as a candidate gets them
            } catch (ParameterException e) {
                reader.problem(at.node(), at.key(), e.getMessage() + " (on the scenario's baseline)");
            }
        });
    }

    /** Where in the file a value was given, for problems found after parsing. */
    private record Located(String key, Node node) {
    }

    private static long orElse(Long value, long fallback) {
        return value == null ? fallback : value;
    }

    private static Scenario scenario(NodeReader reader, Path file, Node node, List<ScenarioProblem> problems) {
        String path = reader.text(node, "scenario", true);
        if (path == null) {
            return null;
        }
        Path resolved = ScenarioTree.resolve(file, path, ScenarioTree.root(file), reader, node, "scenario");
        if (resolved == null) {
            return null;
        }
        try {
            return new ScenarioLoader().load(resolved);
        } catch (ScenarioException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private static final java.util.regex.Pattern ORDER = java.util.regex.Pattern.compile("\\s*(\\S+)\\s*(>=|<=)\\s*(\\S+)\\s*");

    /** Constraints "a >= b" or "a <= b" between parameters listed under {@code parameters}. */
    private static void constraints(NodeReader reader, Node node, Map<String, double[]> bounds, List<CalibrationSpec.Constraint> out) {
        if (!(node instanceof SequenceNode list)) {
            reader.problem(node, "constraints", "expected a list like [\"a >= b\"]");
            return;
        }
        int i = 0;
        for (Node item : list.getValue()) {
            String key = "constraints[" + i++ + "]";
            String text = reader.text(item, key, true);
            if (text == null) {
                continue;
            }
            java.util.regex.Matcher m = ORDER.matcher(text);
            if (!m.matches()) {
                reader.problem(item, key, "expected 'a >= b' or 'a <= b' with two fitted parameters, found '" + text + "'");
                continue;
            }
            boolean known = true;
            for (String path : List.of(m.group(1), m.group(3))) {
                if (!bounds.containsKey(path)) {
                    reader.problem(item, key, "'" + path + "' is not a fitted parameter" + Suggestions.hint(path, List.copyOf(bounds.keySet()))
                            + "; fitted: " + String.join(", ", bounds.keySet()));
                    known = false;
                }
            }
            if (known) {
                boolean atLeast = m.group(2).equals(">=");
                out.add(new CalibrationSpec.Constraint(atLeast ? m.group(1) : m.group(3), atLeast ? m.group(3) : m.group(1)));
            }
        }
    }

    private void targets(NodeReader reader, Node node, List<CalibrationSpec.Target> out, Map<CalibrationSpec.Target, Located> overridesNodes) {
        if (!(node instanceof SequenceNode list) || list.getValue().isEmpty()) {
            reader.problem(node, "targets", "expected a list of targets");
            return;
        }
        int i = 0;
        for (Node item : list.getValue()) {
            String key = "targets[" + i++ + "]";
            MappingNode m = reader.mapping(item, key, "a mapping with name, outcome, observed, tolerance");
            if (m == null) {
                continue;
            }
            String name = null;
            String outcome = null;
            Double observed = null;
            Double tolerance = null;
            String source = "";
            int horizon = ScenarioLoader.DEFAULT_HORIZON_WEEKS;
            Map<String, Object> overrides = Map.of();
            Node overridesNode = null;
            Map<String, Node> seen = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                String k = reader.keyName(t.getKeyNode(), key + ".", seen);
                if (k == null) {
                    continue;
                }
                Node v = t.getValueNode();
                switch (k) {
                    case "name" -> name = reader.text(v, key + ".name", true);
                    case "source" -> source = String.valueOf(reader.text(v, key + ".source", false));
                    case "horizon_weeks" -> horizon = (int) orElse(reader.whole(v, key + ".horizon_weeks", 1, ScenarioLoader.MAX_HORIZON_WEEKS), horizon);
                    case "overrides" -> {
                        overrides = reader.overrides(v, key + ".overrides").values();
                        overridesNode = v;
                    }
                    case "outcome" -> {
                        outcome = reader.text(v, key + ".outcome", true);
                        if (outcome != null && !outcomes.contains(outcome)) {
                            reader.problem(v, key + ".outcome", "unknown outcome '" + outcome + "'" + Suggestions.hint(outcome, outcomes)
                                    + "; outcomes are runs.csv columns or " + String.join(", ", CalibrationSpec.DERIVED));
                        }
                    }
                    case "observed" -> observed = number(reader, v, key + ".observed");
                    case "tolerance" -> {
                        tolerance = number(reader, v, key + ".tolerance");
                        if (tolerance != null && !(tolerance > 0)) {
                            reader.problem(v, key + ".tolerance", "expected a positive number");
                        }
                    }
                    default -> reader.problem(t.getKeyNode(), key + "." + k, "unknown key" + Suggestions.hint(k, TARGET_KEYS)
                            + "; allowed: " + String.join(", ", TARGET_KEYS));
                }
            }
            if (name == null || outcome == null || observed == null || tolerance == null) {
                reader.problem(item, key, "needs name, outcome, observed and tolerance");
                continue;
            }
            CalibrationSpec.Target target = new CalibrationSpec.Target(name, overrides, horizon, outcome, observed, tolerance, source);
            out.add(target);
            if (overridesNode != null) {
                overridesNodes.put(target, new Located(key + ".overrides", overridesNode));
            }
        }
    }

    private static Double number(NodeReader reader, Node node, String key) {
        Object v = reader.plain(node, key);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v != NodeReader.NOT_PLAIN) {
            reader.problem(node, key, "expected a number");
        }
        return null;
    }

    /** The YAML text of a calibrated parameter file: provenance comments, then the parameters. */
    public static String calibratedFile(String name, Map<String, Object> values, List<String> provenance) {
        StringBuilder sb = new StringBuilder();
        for (String line : provenance) {
            sb.append("# ").append(line).append('\n');
        }
        sb.append("name: ").append(name).append('\n');
        sb.append("description: Parameters fitted by 'inclusim calibrate' (see the comments above and docs/validation.md).\n");
        sb.append("parameters:\n");
        values.forEach((k, v) -> sb.append("  ").append(k).append(": ").append(ParameterDefinition.format(v)).append('\n'));
        return sb.toString();
    }
}
