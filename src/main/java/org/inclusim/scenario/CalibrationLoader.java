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
 * abc: {proposals: 1000, spread: 1.5}  # optional: accepted parameter sets around the optimum
 * variants:                       # optional: arms that targets start from
 *   close: {advisers.closeCasesPerAdviser: 1000}
 * targets:
 *   - name: employed at 12 months, close follow-up
 *     use: fit                      # or check: reported, never in the distance
 *     overrides: {advisers.closeCasesPerAdviser: 1000}
 *     horizon_weeks: 52
 *     outcome: employment_share_horizon
 *     observed: 0.366
 *     tolerance: 0.05
 *     source: Reme et al. 2019
 * </pre>
 */
public final class CalibrationLoader {
    static final List<String> KEYS = List.of("name", "description", "scenario", "seed", "replications", "budget", "parameters", "constraints",
            "variants", "targets", "abc");

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
        Map<CalibrationSpec.Target, Node> overridesNodes = new java.util.IdentityHashMap<>();
        CalibrationTargetReader targetReader = new CalibrationTargetReader(reader, outcomes);
        Node targetsNode = null;
        CalibrationSpec.Abc abc = null;
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
                    case "variants" -> targetReader.variants(v);
                    case "abc" -> abc = abc(reader, v);
                    case "targets" -> targetsNode = v;
                    default -> reader.problem(t.getKeyNode(), key, "unknown key" + Suggestions.hint(key, KEYS) + "; allowed: "
                            + String.join(", ", KEYS));
                }
            }
            if (targetsNode != null) {
                targetReader.targets(targetsNode, targets, overridesNodes); // after the arms, wherever they stand in the file
            }
            if (fitted(targets) == 0 && !targets.isEmpty()) {
                reader.problem(targetsNode, "targets", "no target is fitted; mark at least one 'use: fit' (check targets only report)");
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
                checkOverrides(reader, scenario, overridesNodes, targets);
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new CalibrationSpec(name, file, ScenarioLoader.sha256(bytes), scenario, seed, replications, budget, bounds, constraints,
                Map.copyOf(targetReader.variants()), targets, abc);
    }

    /** {@code abc: {proposals: N, spread: s}}; both have defaults (1000 and 1.5). */
    private static CalibrationSpec.Abc abc(NodeReader reader, Node node) {
        MappingNode m = reader.mapping(node, "abc", "a mapping with proposals and spread");
        if (m == null) {
            return null;
        }
        int proposals = 1000;
        double spread = 1.5;
        Map<String, Node> seen = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String key = reader.keyName(t.getKeyNode(), "abc.", seen);
            if ("proposals".equals(key)) {
                proposals = (int) orElse(reader.whole(t.getValueNode(), "abc.proposals", 10, 1_000_000), proposals);
            } else if ("spread".equals(key)) {
                Object v = reader.plain(t.getValueNode(), "abc.spread");
                if (v instanceof Number n && n.doubleValue() > 0 && n.doubleValue() <= 10) {
                    spread = n.doubleValue();
                } else if (v != NodeReader.NOT_PLAIN) {
                    reader.problem(t.getValueNode(), "abc.spread", "expected a number above 0 and at most 10");
                }
            } else if (key != null) {
                reader.problem(t.getKeyNode(), "abc." + key, "unknown key" + Suggestions.hint(key, List.of("proposals", "spread"))
                        + "; allowed: proposals, spread");
            }
        }
        return new CalibrationSpec.Abc(proposals, spread);
    }

    private static long fitted(List<CalibrationSpec.Target> targets) {
        return targets.stream().filter(CalibrationSpec.Target::fitted).count();
    }

    /**
     * A target's overrides, applied together, must give valid parameters on the scenario's baseline
     * (for example a shortest temporary job not beyond the longest), or every candidate would be
     * infeasible and the whole budget spent before the error showed. (A combination that only the
     * fitted parameters could make valid is refused too; give such targets their own overrides.)
     */
    private static void checkOverrides(NodeReader reader, Scenario scenario, Map<CalibrationSpec.Target, Node> overridesNodes,
                                       List<CalibrationSpec.Target> targets) {
        for (int i = 0; i < targets.size(); i++) {
            CalibrationSpec.Target target = targets.get(i);
            Node at = overridesNodes.get(target);
            String key = "targets[" + i + "]." + (target.variant() != null && at != null && at.getNodeId() == org.yaml.snakeyaml.nodes.NodeId.scalar
                    ? "variant" : "overrides");
            for (Map<String, Object> o : target.compared() ? List.of(target.overrides(), target.comparison()) : List.of(target.overrides())) {
                try {
                    ParameterCatalog.instance().with(scenario.parameters(), o); // all at once, as a candidate gets them
                } catch (ParameterException e) {
                    reader.problem(at, key, e.getMessage() + " (on the scenario's baseline)");
                }
            }
        }
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

    /** The YAML text of a calibrated parameter file: provenance comments, then the parameters. */
    public static String calibratedFile(String name, Map<String, Object> values, List<String> provenance) {
        return calibratedFile(name, values, provenance, null);
    }

    /**
     * As {@link #calibratedFile(String, Map, List)}, naming the accepted parameter sets beside it
     * ({@code accepted_sets}, relative to the file; null: none), which {@code parameter_draws} draws from.
     */
    public static String calibratedFile(String name, Map<String, Object> values, List<String> provenance, String acceptedSets) {
        StringBuilder sb = new StringBuilder();
        for (String line : provenance) {
            sb.append("# ").append(line.replaceAll("[\r\n]+", " ")).append('\n'); // a target's name may span lines
        }
        sb.append("name: ").append(name).append('\n');
        sb.append("description: Parameters fitted by 'inclusim calibrate' (see the comments above and docs/validation.md).\n");
        if (acceptedSets != null) {
            sb.append("accepted_sets: ").append(acceptedSets).append('\n');
        }
        sb.append("parameters:\n");
        values.forEach((k, v) -> sb.append("  ").append(k).append(": ").append(ParameterDefinition.format(v)).append('\n'));
        return sb.toString();
    }
}
