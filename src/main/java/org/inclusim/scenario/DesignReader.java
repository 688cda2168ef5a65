package org.inclusim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.ParameterDefinition;
import org.inclusim.model.parameters.ParameterException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the {@code design} block: exactly one of
 * <ul>
 * <li>{@code grid}: dotted paths to lists of values; the cartesian product, first path slowest;</li>
 * <li>{@code points}: a list of mappings of dotted paths to values;</li>
 * <li>{@code lhs}: {@code n} and {@code ranges} (dotted paths to [low, high]); a Latin hypercube
 * of n points, drawn from the scenario seed;</li>
 * <li>{@code sobol}: the same keys; the first n points of the Sobol sequence (Commons Math),
 * after its initial all-zero point.</li>
 * </ul>
 * Values are coerced and range-checked like any parameter; whole-number parameters sampled from
 * a range are rounded.
 */
final class DesignReader {
    static final List<String> KINDS = List.of("grid", "points", "lhs", "sobol");
    /** Largest number of design points. */
    static final int MAX_POINTS = 100_000;

    private final NodeReader reader;
    private final ParameterCatalog catalog = ParameterCatalog.instance();

    /** Known runs.csv outcome columns for sensitivity blocks; empty: names are not checked. */
    private final List<String> outcomeColumns;

    DesignReader(NodeReader reader, List<String> outcomeColumns) {
        this.reader = reader;
        this.outcomeColumns = outcomeColumns;
    }

    /** The design, or null with problems recorded. */
    Design read(Node node, long seed) {
        MappingNode mapping = reader.mapping(node, "design", "a mapping with one of " + String.join(", ", KINDS));
        if (mapping == null) {
            return null;
        }
        if (mapping.getValue().size() != 1) {
            reader.problem(node, "design", "expected exactly one of " + String.join(", ", KINDS) + ", found "
                    + mapping.getValue().size() + " keys");
            return null;
        }
        NodeTuple tuple = mapping.getValue().get(0);
        String kind = reader.text(tuple.getKeyNode(), "design", true);
        Node body = tuple.getValueNode();
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case "grid" -> grid(body);
            case "points" -> points(body);
            case "lhs", "sobol" -> sampled(kind, body, seed);
            default -> {
                reader.problem(tuple.getKeyNode(), "design." + kind, "unknown design" + Suggestions.hint(kind, KINDS)
                        + "; allowed: " + String.join(", ", KINDS));
                yield null;
            }
        };
    }

    private Design grid(Node body) {
        MappingNode mapping = reader.mapping(body, "design.grid", "a mapping of dotted parameter paths to lists of values");
        if (mapping == null) {
            return null;
        }
        Map<String, List<Object>> axes = new LinkedHashMap<>();
        Map<String, Node> seen = new LinkedHashMap<>();
        long size = 1;
        for (NodeTuple t : mapping.getValue()) {
            String path = reader.keyName(t.getKeyNode(), "design.grid.", seen);
            Optional<ParameterDefinition> d = path == null ? Optional.empty() : definition(t.getKeyNode(), "design.grid", path);
            if (d.isEmpty()) {
                continue;
            }
            if (!(t.getValueNode() instanceof SequenceNode list) || list.getValue().isEmpty()) {
                reader.problem(t.getValueNode(), "design.grid." + path, "expected a non-empty list of values, found "
                        + (t.getValueNode() instanceof SequenceNode ? "an empty list" : YamlTree.kind(t.getValueNode())));
                continue;
            }
            List<Object> values = new ArrayList<>();
            for (Node item : list.getValue()) {
                Object v = value(d.get(), item, "design.grid." + path);
                if (v != null) {
                    values.add(v);
                }
            }
            axes.put(path, values);
            size *= values.size();
        }
        if (axes.isEmpty() && mapping.getValue().size() > 0) {
            return null; // every entry was already reported; "no parameters to vary" would only add noise
        }
        if (axes.isEmpty() || size > MAX_POINTS) {
            reader.problem(body, "design.grid", axes.isEmpty() ? "no parameters to vary"
                    : "the grid has " + size + " points; at most " + MAX_POINTS);
            return null;
        }
        List<Map<String, Object>> points = new ArrayList<>();
        points.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<Object>> axis : axes.entrySet()) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> partial : points) {
                for (Object v : axis.getValue()) {
                    Map<String, Object> point = new LinkedHashMap<>(partial);
                    point.put(axis.getKey(), v);
                    next.add(point);
                }
            }
            points = next;
        }
        return new Design("grid", points);
    }

    private Design points(Node body) {
        if (!(body instanceof SequenceNode list) || list.getValue().isEmpty()) {
            reader.problem(body, "design.points", "expected a non-empty list of mappings of parameter paths to values");
            return null;
        }
        List<Map<String, Object>> points = new ArrayList<>();
        int index = 0;
        for (Node item : list.getValue()) {
            String key = "design.points[" + index++ + "]";
            MappingNode mapping = reader.mapping(item, key, "a mapping of dotted parameter paths to values");
            if (mapping == null) {
                continue;
            }
            Map<String, Object> point = new LinkedHashMap<>();
            Map<String, Node> seen = new LinkedHashMap<>();
            for (NodeTuple t : mapping.getValue()) {
                String path = reader.keyName(t.getKeyNode(), key + ".", seen);
                Optional<ParameterDefinition> d = path == null ? Optional.empty() : definition(t.getKeyNode(), key, path);
                Object v = d.isEmpty() ? null : value(d.get(), t.getValueNode(), key + "." + path);
                if (v != null) {
                    point.put(path, v);
                }
            }
            points.add(point);
        }
        if (points.stream().map(Map::keySet).distinct().count() > 1) {
            reader.problem(body, "design.points", "every point must set the same parameters");
            return null;
        }
        return new Design("points", points);
    }

    private Design sampled(String kind, Node body, long seed) {
        String key = "design." + kind;
        MappingNode mapping = reader.mapping(body, key, "a mapping with 'n' and 'ranges'");
        if (mapping == null) {
            return null;
        }
        Long n = null;
        Map<String, double[]> ranges = new LinkedHashMap<>();
        Map<String, ParameterDefinition> defs = new LinkedHashMap<>();
        Map<String, Node> seen = new LinkedHashMap<>();
        int before = reader.problems().size();
        for (NodeTuple t : mapping.getValue()) {
            String k = reader.keyName(t.getKeyNode(), key + ".", seen);
            if ("n".equals(k)) {
                n = reader.whole(t.getValueNode(), key + ".n", 1, MAX_POINTS);
            } else if ("ranges".equals(k)) {
                ranges(t.getValueNode(), key + ".ranges", ranges, defs);
            } else if (k != null) {
                reader.problem(t.getKeyNode(), key + "." + k, "unknown key" + Suggestions.hint(k, List.of("n", "ranges"))
                        + "; allowed: n, ranges");
            }
        }
        if (reader.problems().size() > before) {
            return null;
        }
        if (n == null || ranges.isEmpty()) {
            reader.problem(body, key, "needs 'n' (number of points) and 'ranges' (parameter paths to [low, high])");
            return null;
        }
        double[][] unit = kind.equals("lhs") ? latinHypercube(n.intValue(), ranges.size(), seed)
                : sobol(n.intValue(), ranges.size());
        return new Design(kind, scale(java.util.Arrays.asList(unit), ranges, defs));
    }

    void ranges(Node node, String key, Map<String, double[]> ranges, Map<String, ParameterDefinition> defs) {
        MappingNode mapping = reader.mapping(node, key, "a mapping of dotted parameter paths to [low, high]");
        if (mapping == null) {
            return;
        }
        Map<String, Node> seen = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            String path = reader.keyName(t.getKeyNode(), key + ".", seen);
            Optional<ParameterDefinition> d = path == null ? Optional.empty() : definition(t.getKeyNode(), key, path);
            if (d.isEmpty()) {
                continue;
            }
            if (d.get().type() != int.class && d.get().type() != double.class) {
                reader.problem(t.getKeyNode(), key + "." + path, "only numeric parameters can be sampled from a range; "
                        + "use a grid or points for " + d.get().typeName());
                continue;
            }
            if (!(t.getValueNode() instanceof SequenceNode pair) || pair.getValue().size() != 2) {
                reader.problem(t.getValueNode(), key + "." + path, "expected [low, high]");
                continue;
            }
            Object lo = value(d.get(), pair.getValue().get(0), key + "." + path);
            Object hi = value(d.get(), pair.getValue().get(1), key + "." + path);
            if (lo == null || hi == null) {
                continue;
            }
            double low = ((Number) lo).doubleValue();
            double high = ((Number) hi).doubleValue();
            if (!(low < high)) {
                reader.problem(t.getValueNode(), key + "." + path, "expected low < high, found [" + ParameterDefinition.format(lo)
                        + ", " + ParameterDefinition.format(hi) + "]");
                continue;
            }
            ranges.put(path, new double[] {low, high});
            defs.put(path, d.get());
        }
    }

    private Optional<ParameterDefinition> definition(Node keyNode, String prefix, String path) {
        Optional<ParameterDefinition> d = catalog.find(path);
        if (d.isEmpty() && RetiredParameters.message(path).isPresent()) {
            reader.problem(keyNode, prefix + "." + path, RetiredParameters.message(path).get());
        } else if (d.isEmpty()) {
            List<String> known = catalog.definitions().stream().map(ParameterDefinition::path).toList();
            reader.problem(keyNode, prefix + "." + path, "unknown parameter" + Suggestions.hint(path, known)
                    + "; designs use dotted paths such as placement.plannedWeeks");
        }
        return d;
    }

    private Object value(ParameterDefinition d, Node node, String key) {
        Object raw = reader.plain(node, key);
        if (raw == NodeReader.NOT_PLAIN) {
            return null;
        }
        try {
            return d.coerce(raw);
        } catch (ParameterException e) {
            reader.problem(node, key, NodeReader.expectation(d, raw));
            return null;
        }
    }

    /** Maps points of the unit cube to the ranges (whole-number parameters rounded). */
    static List<Map<String, Object>> scale(List<double[]> unit, Map<String, double[]> ranges, Map<String, ParameterDefinition> defs) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (double[] u : unit) {
            Map<String, Object> point = new LinkedHashMap<>();
            int j = 0;
            for (Map.Entry<String, double[]> r : ranges.entrySet()) {
                double x = r.getValue()[0] + u[j++] * (r.getValue()[1] - r.getValue()[0]);
                point.put(r.getKey(), defs.get(r.getKey()).type() == int.class ? (Object) (int) Math.round(x) : (Object) x);
            }
            points.add(point);
        }
        return points;
    }

    /**
     * Reads a {@code sensitivity} block into its spec and the design of its plan, or null with
     * problems recorded.
     */
    SensitivityPlan sensitivity(Node node, long seed) {
        MappingNode mapping = reader.mapping(node, "sensitivity", "a mapping with method, size, outcomes and parameters");
        if (mapping == null) {
            return null;
        }
        int before = reader.problems().size();
        String method = null;
        Long size = null;
        Long levels = 4L;
        List<String> outcomes = new ArrayList<>();
        Map<String, double[]> ranges = new LinkedHashMap<>();
        Map<String, ParameterDefinition> defs = new LinkedHashMap<>();
        Map<String, Node> seen = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            String k = reader.keyName(t.getKeyNode(), "sensitivity.", seen);
            if (k == null) {
                continue;
            }
            switch (k) {
                case "method" -> {
                    method = reader.text(t.getValueNode(), "sensitivity.method", true);
                    if (method != null && !method.equals("sobol") && !method.equals("morris")) {
                        reader.problem(t.getValueNode(), "sensitivity.method", "expected sobol or morris, found '" + method + "'");
                    }
                }
                case "size" -> size = reader.whole(t.getValueNode(), "sensitivity.size", 2, 10_000);
                case "levels" -> levels = reader.whole(t.getValueNode(), "sensitivity.levels", 2, 20);
                case "parameters" -> ranges(t.getValueNode(), "sensitivity.parameters", ranges, defs);
                case "outcomes" -> {
                    if (!(t.getValueNode() instanceof SequenceNode list) || list.getValue().isEmpty()) {
                        reader.problem(t.getValueNode(), "sensitivity.outcomes", "expected a list of runs.csv outcome columns");
                    } else {
                        for (Node item : list.getValue()) {
                            String o = reader.text(item, "sensitivity.outcomes", true);
                            if (o != null && !outcomeColumns.isEmpty() && !outcomeColumns.contains(o)) {
                                reader.problem(item, "sensitivity.outcomes", "unknown outcome '" + o + "'" + Suggestions.hint(o, outcomeColumns)
                                        + "; outcomes are the columns of runs.csv, e.g. retention_52w,"
                                        + " burnout_per_100_mentor_years (docs/data-dictionary.md)");
                            } else if (o != null) {
                                outcomes.add(o);
                            }
                        }
                    }
                }
                default -> reader.problem(t.getKeyNode(), "sensitivity." + k, "unknown key" + Suggestions.hint(k,
                        List.of("method", "size", "levels", "outcomes", "parameters")) + "; allowed: method, size, levels, outcomes, parameters");
            }
        }
        if (reader.problems().size() > before) {
            return null;
        }
        if (method == null || size == null || outcomes.isEmpty() || ranges.size() < 2) {
            reader.problem(node, "sensitivity", "needs method (sobol or morris), size, outcomes and at least two parameters with ranges");
            return null;
        }
        List<double[]> unit = method.equals("sobol") ? SensitivityDesign.saltelli(size.intValue(), ranges.size())
                : SensitivityDesign.morris(size.intValue(), ranges.size(), levels.intValue(), seed);
        if (unit.size() > MAX_POINTS) {
            reader.problem(node, "sensitivity", "the plan has " + unit.size() + " points; at most " + MAX_POINTS);
            return null;
        }
        SensitivitySpec spec = new SensitivitySpec(method, size.intValue(), levels.intValue(), outcomes, ranges);
        return new SensitivityPlan(spec, new Design(method.equals("sobol") ? "saltelli" : "morris", scale(unit, ranges, defs)));
    }

    /** A sensitivity spec and the design of its plan. */
    record SensitivityPlan(SensitivitySpec spec, Design design) {
    }

    /** n points in [0, 1)^dims: each dimension's n strata used once, in a seeded random order. */
    static double[][] latinHypercube(int n, int dims, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x4C48535F44455349L);
        double[][] points = new double[n][dims];
        for (int j = 0; j < dims; j++) {
            int[] strata = SensitivityDesign.shuffledRange(n, random);
            for (int i = 0; i < n; i++) {
                points[i][j] = (strata[i] + random.nextDouble()) / n;
            }
        }
        return points;
    }

    /** The first n points of the Sobol sequence in [0, 1)^dims, after the initial all-zero point. */
    static double[][] sobol(int n, int dims) {
        SobolSequenceGenerator generator = new SobolSequenceGenerator(dims);
        generator.nextVector();
        double[][] points = new double[n][];
        for (int i = 0; i < n; i++) {
            points[i] = generator.nextVector();
        }
        return points;
    }
}
