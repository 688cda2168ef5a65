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
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.ParameterDefinition;
import org.inclusim.model.parameters.ParameterException;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.model.parameters.UserGroups;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads a scenario file and validates all of it, reporting every problem at once with file,
 * line, column and key. Keys: {@code name} (required), {@code description}, {@code extends},
 * {@code horizon_weeks}, {@code replications}, {@code seed}, {@code policy_start_week},
 * {@code language} ({@code en} or {@code nb}: the language of printed summaries and the report),
 * {@code parameters}, {@code groups} and {@code variants}. {@code groups} defines user groups
 * (see {@link GroupReader}); the nearest file with {@code groups} gives all of them, and variants
 * and designs may change their shares and deviations ({@code groups.NAME.share}) but not add groups. Parameters are nested by group
 * ({@code placement: {plannedWeeks: 26}}) or given as dotted paths
 * ({@code placement.plannedWeeks: 26}); anything not given keeps its documented default.
 *
 * <p>{@code extends: other.yaml} inherits another file, resolved relative to the extending file
 * and only inside the scenario tree: the nearest enclosing folder named {@code scenarios}, or
 * else the folder of the file being loaded; the extending file's
 * keys replace the inherited ones, except {@code parameters}, which merge path by path. A cycle of
 * {@code extends} is an error.
 *
 * <p>{@code variants} maps names to overrides in the same syntax as {@code parameters}. The
 * variant named {@code baseline}, or else the first listed, is the baseline that the others are
 * compared with; any other variant must change something. Without {@code variants} the scenario
 * has one variant, {@code baseline}, with no overrides.
 *
 * <p>{@code design} gives the points every variant is run at (see {@link DesignReader}).
 *
 * <p>{@code accepted_sets} names a calibration's accepted parameter sets (a CSV file beside the
 * calibrated file, which {@code calibrate --write} names), and {@code parameter_draws: N} runs
 * every variant over N draws from the sets the chain names (see {@link ParameterDrawsReader}).
 */
public final class ScenarioLoader {
    /** Largest scenario file read, in bytes. */
    public static final long MAX_FILE_BYTES = 1 << 20;
    public static final int DEFAULT_HORIZON_WEEKS = 260;
    public static final int MAX_HORIZON_WEEKS = 10_000;
    public static final int MAX_REPLICATIONS = 1_000_000;
    /** Longest chain of {@code extends}. */
    public static final int MAX_EXTENDS_DEPTH = 10;
    /** Names become folder names: letters, digits, '.', '_' and '-', starting with a letter or digit. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final ParameterCatalog catalog = ParameterCatalog.instance();
    /** The runs.csv outcome columns a sensitivity block may name; empty: not checked here. */
    private final List<String> outcomes;

    /** A loader that leaves sensitivity outcome names to the caller. */
    public ScenarioLoader() {
        this(List.of());
    }

    /**
     * A loader that also checks sensitivity outcome names against the given runs.csv columns
     * (given by the caller, which knows the run tables).
     */
    public ScenarioLoader(List<String> outcomes) {
        this.outcomes = List.copyOf(outcomes);
    }

    /**
     * @throws ScenarioException with every problem found
     */
    public Scenario load(Path file) {
        List<ScenarioProblem> problems = new ArrayList<>();
        Path root = ScenarioTree.root(file);
        List<ScenarioLayer> chain = new ArrayList<>();
        byte[] bytes = read(file, file.toString());
        chain.add(parse(bytes, file.toString(), problems));
        chain.get(0).path = file.toAbsolutePath().normalize();
        Map<String, String> extended = new LinkedHashMap<>();
        resolveExtends(file, root, chain, extended, problems);
        Scenario scenario = merge(file, bytes, chain, extended, problems);
        ParameterDraws draws = ParameterDrawsReader.read(root, chain, problems);
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(ScenarioProblem::file).thenComparingInt(ScenarioProblem::line)
                    .thenComparingInt(ScenarioProblem::column));
            throw new ScenarioException(problems);
        }
        return scenario.withDraws(draws);
    }

    private static ScenarioLayer parse(byte[] bytes, String shown, List<ScenarioProblem> problems) {
        Node root = YamlTree.parse(decode(bytes, shown), shown);
        return ScenarioLayer.read(root, new NodeReader(shown, problems));
    }

    /** Follows {@code extends} from the last layer of the chain, appending each parent. */
    private static void resolveExtends(Path file, Path root, List<ScenarioLayer> chain, Map<String, String> extended,
                                       List<ScenarioProblem> problems) {
        List<Path> visited = new ArrayList<>();
        visited.add(file.toAbsolutePath().normalize());
        Path current = visited.get(0);
        while (chain.get(chain.size() - 1).extendsPath != null) {
            ScenarioLayer child = chain.get(chain.size() - 1);
            NodeReader reader = new NodeReader(child.file, problems);
            Node at = child.valueNodes.get("extends");
            Path parent = ScenarioTree.resolve(current, child.extendsPath, root, reader, at, "extends");
            if (parent == null) {
                return;
            }
            if (visited.contains(parent)) {
                reader.problem(at, "extends", "cycle: " + String.join(" -> ",
                        visited.stream().map(p -> p.getFileName().toString()).toList()) + " -> " + parent.getFileName());
                return;
            }
            if (visited.size() > MAX_EXTENDS_DEPTH) {
                reader.problem(at, "extends", "more than " + MAX_EXTENDS_DEPTH + " levels of extends");
                return;
            }
            if (!Files.isRegularFile(parent)) {
                reader.problem(at, "extends", "'" + child.extendsPath + "' not found (looked for " + parent + ")");
                return;
            }
            String shown = root.relativize(parent).toString();
            try {
                byte[] bytes = read(parent, shown);
                chain.add(parse(bytes, shown, problems));
                chain.get(chain.size() - 1).path = parent;
                extended.put(shown, sha256(bytes));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
                return;
            }
            visited.add(parent);
            current = parent;
        }
    }

    /** Merges the chain (file first, then its ancestors) into one scenario and checks the whole. */
    private Scenario merge(Path file, byte[] bytes, List<ScenarioLayer> chain, Map<String, String> extended,
                           List<ScenarioProblem> problems) {
        ScenarioLayer own = chain.get(0);
        NodeReader reader = new NodeReader(own.file, problems);
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        Map<String, Overrides> variants = null;
        String name = null;
        String description = null;
        Integer horizon = null;
        Integer replications = null;
        Long seed = null;
        Integer policyStart = null;
        String language = null;
        Map<String, Map<String, String>> labels = Map.of();
        ScenarioLayer labelLayer = null;
        ScenarioLayer designLayer = null;
        ScenarioLayer sensitivityLayer = null;
        ScenarioLayer claimsLayer = null;
        ScenarioLayer groupLayer = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            ScenarioLayer layer = chain.get(i);
            claimsLayer = layer.claims != null ? layer : claimsLayer;
            designLayer = layer.design != null ? layer : designLayer;
            sensitivityLayer = layer.sensitivity != null ? layer : sensitivityLayer;
            name = layer.name != null ? layer.name : name;
            description = layer.description != null ? layer.description : description;
            horizon = layer.horizonWeeks != null ? layer.horizonWeeks : horizon;
            replications = layer.replications != null ? layer.replications : replications;
            seed = layer.seed != null ? layer.seed : seed;
            policyStart = layer.policyStartWeek != null ? layer.policyStartWeek : policyStart;
            language = layer.language != null ? layer.language : language;
            if (layer.labels != null) {
                labels = layer.labels;
                labelLayer = layer;
            }
            variants = layer.variants != null ? layer.variants : variants;
            groupLayer = layer.groups != null ? layer : groupLayer;
            if (layer.parameters != null) {
                values.putAll(layer.parameters.values());
                String origin = i == 0 ? "file" : "extends " + layer.file;
                layer.parameters.values().keySet().forEach(path -> origins.put(path, origin));
            }
        }
        name = checkedName(reader, own, name);
        int horizonWeeks = horizon == null ? DEFAULT_HORIZON_WEEKS : horizon;
        if (policyStart != null && policyStart >= horizonWeeks) {
            reader.problem(own.valueNodes.get("policy_start_week"), "policy_start_week", "week " + policyStart
                    + " is not before the horizon (" + horizonWeeks + " weeks); expected 0 to " + (horizonWeeks - 1));
        }
        if (groupLayer != null) {
            values.putAll(groupLayer.groups.values());
            String origin = groupLayer == own ? "file" : "extends " + groupLayer.file;
            groupLayer.groups.values().keySet().forEach(path -> origins.put(path, origin));
        }
        Parameters base = buildBase(problems, own, groupLayer, values);
        List<Variant> resolved = base == null ? List.of() : variants(reader, own, base, variants);
        for (ParameterDefinition d : catalog.definitions()) {
            origins.putIfAbsent(d.path(), "default");
        }
        long scenarioSeed = seed == null ? 1 : seed;
        Design design = Design.NONE;
        SensitivitySpec sensitivity = null;
        if (designLayer != null && sensitivityLayer != null) {
            reader.problem(own.valueNodes.get("sensitivity"), "sensitivity",
                    "a scenario has either a design or a sensitivity block (which makes its own design), not both");
        } else if (designLayer != null) {
            NodeReader at = new NodeReader(designLayer.file, problems);
            Design read = new DesignReader(at, outcomes).read(designLayer.design, scenarioSeed);
            design = read != null && checkDesign(at, designLayer.design, read, resolved) ? read : Design.NONE;
        } else if (sensitivityLayer != null) {
            NodeReader at = new NodeReader(sensitivityLayer.file, problems);
            DesignReader.SensitivityPlan plan = new DesignReader(at, outcomes).sensitivity(sensitivityLayer.sensitivity, scenarioSeed);
            if (plan != null && checkDesign(at, sensitivityLayer.sensitivity, plan.design(), resolved)) {
                design = plan.design();
                sensitivity = plan.spec();
            }
        }
        List<Claim> claims = claimsLayer == null ? List.of()
                : new ClaimReader(new NodeReader(claimsLayer.file, problems), outcomes).read(claimsLayer.claims, resolved, design,
                        base == null || base.groups().isEmpty() ? List.of() : base.groups().names());
        return new Scenario(name, description == null ? "" : description, horizonWeeks,
                replications == null ? 1 : replications, scenarioSeed, base, file, sha256(bytes),
                resolved, policyStart, reorder(origins), design, sensitivity, language, checkedLabels(labelLayer, labels, resolved, problems),
                extended, claims, ParameterDraws.NONE);
    }

    /**
     * A design may not set what a variant sets, and every variant must be valid at every point
     * (rules between parameters); problems are reported at the design block.
     */
    private boolean checkDesign(NodeReader reader, Node at, Design design, List<Variant> variants) {
        for (Variant v : variants) {
            for (String path : design.paths()) {
                if (v.overrides().containsKey(path)) {
                    reader.problem(at, "design", "variant '" + v.name() + "' also sets " + path
                            + "; a parameter is varied either by the design or by variants, not both");
                    return false;
                }
            }
        }
        for (Variant v : variants) {
            for (int i = 0; i < design.points().size(); i++) {
                try {
                    catalog.with(v.parameters(), design.points().get(i));
                } catch (ParameterException e) {
                    reader.problem(at, "design", "point " + i + " with variant '" + v.name() + "': " + e.getMessage());
                    return false;
                }
            }
        }
        return true;
    }

    private static String checkedName(NodeReader reader, ScenarioLayer own, String name) {
        if (name == null) {
            if (own.mapping && !own.keyNodes.containsKey("name")) {
                reader.problem(null, "name", "missing; every scenario needs a name (letters, digits, '.', '_', '-')");
            }
            return null;
        }
        if (!NAME.matcher(name).matches()) {
            reader.problem(own.keyNodes.get("name"), "name", "'" + name + "' cannot be used as a folder name; use letters, "
                    + "digits, '.', '_' and '-' (at most 64, starting with a letter or digit)");
            return null;
        }
        return name;
    }

    /** Labels must name variants of the scenario; a label of another name is reported where it is written. */
    private static Map<String, Map<String, String>> checkedLabels(ScenarioLayer layer, Map<String, Map<String, String>> labels,
                                                                  List<Variant> variants, List<ScenarioProblem> problems) {
        if (layer == null || variants.isEmpty()) {
            return Map.of();
        }
        NodeReader at = new NodeReader(layer.file, problems);
        List<String> names = variants.stream().map(Variant::name).toList();
        for (String name : labels.keySet()) {
            if (!names.contains(name)) {
                at.problem(layer.labelNodes.get(name), "labels." + name, "no variant named '" + name + "'"
                        + Suggestions.hint(name, names) + "; variants: " + String.join(", ", names));
            }
        }
        return labels;
    }

    private List<Variant> variants(NodeReader reader, ScenarioLayer own, Parameters base, Map<String, Overrides> given) {
        if (given == null) {
            return List.of(new Variant(Variant.BASELINE, Map.of(), base, true));
        }
        if (given.isEmpty()) {
            reader.problem(own.keyNodes.get("variants"), "variants",
                    "no variants listed; list at least a baseline, or leave 'variants' out");
            return List.of();
        }
        String baseline = given.containsKey(Variant.BASELINE) ? Variant.BASELINE : given.keySet().iterator().next();
        List<Variant> out = new ArrayList<>();
        for (Map.Entry<String, Overrides> e : given.entrySet()) {
            String name = e.getKey();
            Overrides overrides = e.getValue();
            NodeReader at = new NodeReader(overrides.file(), reader.problems());
            Node nameNode = own.variantNodes.get(name);
            if (!NAME.matcher(name).matches()) {
                at.problem(nameNode, "variants." + name, "'" + name + "' cannot be used as a folder name; use letters, "
                        + "digits, '.', '_' and '-' (at most 64, starting with a letter or digit)");
                continue;
            }
            boolean isBaseline = name.equals(baseline);
            if (!isBaseline && overrides.isEmpty() && !own.faultyVariants.contains(name)) {
                at.problem(nameNode, "variants." + name, "changes nothing; a variant other than the baseline ('"
                        + baseline + "') must override at least one parameter");
                continue;
            }
            Parameters p = build(at, base, overrides.values(), overrides, "variants." + name);
            if (p != null && !p.groups().names().equals(base.groups().names())) {
                at.problem(nameNode, "variants." + name, "adds user groups (" + String.join(", ", p.groups().names())
                        + " instead of " + String.join(", ", base.groups().names()) + "); define every group under 'groups'"
                        + " (a share of 0 is allowed) and let variants change shares and deviations");
                continue;
            }
            if (p != null) {
                Variant v = new Variant(name, overrides.values(), p, isBaseline);
                if (isBaseline) {
                    out.add(0, v);
                } else {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /**
     * The scenario's parameters: the defaults with the chain's values and user groups. A failing
     * rule is reported at the value's node: a group value in the file that gives the groups, any
     * other in the scenario's own file.
     */
    private Parameters buildBase(List<ScenarioProblem> problems, ScenarioLayer own, ScenarioLayer groupLayer, Map<String, Object> values) {
        try {
            return catalog.with(catalog.defaults(), values);
        } catch (ParameterException e) {
            boolean inGroups = groupLayer != null && UserGroups.isGroupPath(e.path());
            Overrides where = inGroups ? groupLayer.groups : own.parameters;
            Node node = where == null ? null : where.nodes().get(e.path());
            new NodeReader(inGroups ? groupLayer.file : own.file, problems).problem(node, inGroups ? e.path() : "parameters." + e.path(),
                    e.getMessage());
            return null;
        }
    }

    /** Applies a variant's values to base; a rule between parameters that fails is reported at the value's node. */
    private Parameters build(NodeReader reader, Parameters base, Map<String, Object> values, Overrides located, String prefix) {
        try {
            return catalog.with(base, values);
        } catch (ParameterException e) {
            reader.problem(located.nodes().get(e.path()), prefix + "." + e.path(), e.getMessage());
            return null;
        }
    }

    /** Origins in catalogue order. */
    private Map<String, String> reorder(Map<String, String> origins) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ParameterDefinition d : catalog.definitions()) {
            out.put(d.path(), origins.get(d.path()));
        }
        return out;
    }

    /**
     * The bytes of a scenario or calibration file, at most {@link #MAX_FILE_BYTES}. Read through a
     * bounded stream, so that a pipe or a device (whose size the file system does not know) is
     * refused at the limit instead of filling the memory.
     */
    static byte[] read(Path file, String shown) {
        try {
            if (Files.isDirectory(file)) {
                throw single(shown, "is a folder, not a file");
            }
            byte[] bytes;
            try (java.io.InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES) {
                throw single(shown, "file is larger than " + MAX_FILE_BYTES + " bytes, the most a scenario or calibration file may have");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw single(shown, "file not found");
        } catch (IOException e) {
            throw single(shown, "cannot read the file (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }

    static String decode(byte[] bytes, String shown) {
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
}
