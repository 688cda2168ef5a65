package org.inclusim.experiment;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusim.io.Json;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.ParameterDefinition;
import org.inclusim.scenario.Scenario;
import org.inclusim.scenario.Variant;

/**
 * manifest.json: the provenance of a results folder. Scenario file and checksum, resolved
 * parameters, seeds, code version, Java and MASON versions, host, start and end time, the
 * parameter draws (their number and the accepted-sets file with its checksum), and the status of
 * every run.
 */
public final class Manifest {
    public static final String FILE = "manifest.json";
    public static final int FORMAT_VERSION = 1;

    private final Map<String, Object> root = new LinkedHashMap<>();
    /** One small record per run (a plan may have a million); written out as JSON objects one at a time. */
    private final List<RunStatus> runs = new ArrayList<>();

    private record RunStatus(RunSpec spec, String status, String error, double elapsedSeconds) {
        Map<String, Object> toMap() {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("run_id", spec.runId());
            r.put("variant", spec.variant());
            r.put("point", spec.point());
            if (spec.draw() != RunSpec.NO_DRAW) {
                r.put("draw", spec.draw());
            }
            r.put("replicate", spec.replicate());
            r.put("seed", spec.seed());
            r.put("status", status);
            r.put("error", error);
            r.put("elapsed_seconds", elapsedSeconds);
            return r;
        }
    }

    public Manifest(String command, Scenario scenario) {
        root.put("format_version", FORMAT_VERSION);
        root.put("kind", command);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", scenario.name());
        s.put("description", scenario.description());
        s.put("file", scenario.file().toString());
        s.put("sha256", scenario.sha256());
        List<Map<String, Object>> extended = new ArrayList<>();
        scenario.extended().forEach((file, sum) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", file);
            entry.put("sha256", sum);
            extended.add(entry);
        });
        s.put("extends", extended);
        s.put("seed", scenario.seed());
        s.put("horizon_weeks", scenario.horizonWeeks());
        s.put("replications", scenario.replications());
        s.put("policy_start_week", scenario.policyStartWeek());
        s.put("language", scenario.language());
        root.put("scenario", s);
        List<Map<String, Object>> variants = new ArrayList<>();
        for (Variant v : scenario.variants()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", v.name());
            entry.put("baseline", v.baseline());
            if (scenario.labels().containsKey(v.name())) {
                entry.put("label", new LinkedHashMap<>(new java.util.TreeMap<>(scenario.labels().get(v.name()))));
            }
            Map<String, Object> overrides = new LinkedHashMap<>();
            v.overrides().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> overrides.put(e.getKey(), ParameterDefinition.format(e.getValue())));
            entry.put("overrides", overrides);
            variants.add(entry);
        }
        root.put("variants", variants);
        Map<String, Object> design = new LinkedHashMap<>();
        design.put("kind", scenario.design().kind());
        design.put("points", scenario.design().points().size());
        design.put("parameters", scenario.design().paths());
        root.put("design", design);
        if (scenario.draws().active()) {
            Map<String, Object> draws = new LinkedHashMap<>();
            draws.put("count", scenario.draws().count());
            draws.put("accepted_sets", scenario.draws().sets().file());
            draws.put("accepted_sets_sha256", scenario.draws().sets().sha256());
            draws.put("accepted_sets_count", scenario.draws().sets().size());
            draws.put("parameters", scenario.draws().sets().parameters());
            draws.put("fixed_by_scenario", scenario.draws().fixed().stream().sorted().toList());
            draws.put("file", DrawnSets.FILE);
            root.put("parameter_draws", draws);
        }
        if (scenario.sensitivity() != null) {
            Map<String, Object> sensitivity = new LinkedHashMap<>();
            sensitivity.put("method", scenario.sensitivity().method());
            sensitivity.put("size", scenario.sensitivity().size());
            sensitivity.put("levels", scenario.sensitivity().levels());
            sensitivity.put("outcomes", scenario.sensitivity().outcomes());
            Map<String, Object> ranges = new LinkedHashMap<>();
            scenario.sensitivity().ranges().forEach((k, v) -> ranges.put(k, List.of(v[0], v[1])));
            sensitivity.put("parameters", ranges);
            root.put("sensitivity", sensitivity);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        ParameterCatalog.instance().values(scenario.parameters())
                .forEach((k, v) -> parameters.put(k, v instanceof Enum<?> ? ParameterDefinition.format(v) : v));
        root.put("parameters", parameters);
        root.put("code", CodeVersion.describe());
        root.put("host", host());
        root.put("started", now());
        root.put("finished", null);
        root.put("runs", new java.util.AbstractList<Map<String, Object>>() {
            @Override
            public Map<String, Object> get(int index) {
                return runs.get(index).toMap();
            }

            @Override
            public int size() {
                return runs.size();
            }
        });
    }

    /** Records a batch option (threads, events, shard, ...) under "options". */
    public void option(String key, Object value) {
        @SuppressWarnings("unchecked")
        Map<String, Object> options = (Map<String, Object>) root.computeIfAbsent("options", k -> new LinkedHashMap<>());
        options.put(key, value);
    }

    /** Records a run's status: "done" or "failed" (with its error). */
    public void run(RunSpec spec, String status, String error, double elapsedSeconds) {
        runs.add(new RunStatus(spec, status, error, elapsedSeconds));
    }

    public void finish() {
        root.put("finished", now());
    }

    public String toJson() {
        return Json.write(root);
    }

    /** Writes the manifest to a file, completely or not at all. */
    public void write(java.nio.file.Path file) throws java.io.IOException {
        org.inclusim.io.Durable.writeText(file, out -> Json.write(root, out));
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
