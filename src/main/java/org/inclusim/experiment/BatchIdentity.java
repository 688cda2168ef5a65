package org.inclusim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.inclusim.scenario.Scenario;

/**
 * What a batch folder's finished runs depend on, kept in {@code batch.properties}: the layout of
 * its parts, the scenario file and every file of its {@code extends} chain (by SHA-256), the code
 * (the jar's SHA-256), seed, horizon, plan, replications, events, shard and varied parameters;
 * with parameter draws also their number and the accepted-sets file (by SHA-256). A rerun must
 * match it to reuse the runs; {@link #difference} says in words what changed.
 */
final class BatchIdentity {
    /** The layout of parts/ (see {@link Parts}); version 1 was one folder per run. */
    static final String FORMAT = "2";
    static final String EXTENDS_PREFIX = "scenario.extends.";
    static final String DRAWS = "parameter_draws";
    static final String ACCEPTED_SETS = "accepted_sets";

    private BatchIdentity() {
    }

    static Properties of(Scenario scenario, ExperimentPlan plan, BatchOptions options, List<String> varied) {
        Properties p = inputs(scenario);
        p.setProperty("format", FORMAT);
        p.setProperty("scenario.name", scenario.name());
        p.setProperty("scenario.seed", Long.toString(scenario.seed()));
        p.setProperty("horizon.weeks", Integer.toString(scenario.horizonWeeks()));
        p.setProperty("plan.runs", Integer.toString(plan.size()));
        p.setProperty("replications", Integer.toString(options.replications()));
        p.setProperty("events", options.events().toString());
        p.setProperty("shard", options.shard().toString());
        p.setProperty("varied", String.join(",", varied));
        if (scenario.draws().active()) {
            p.setProperty(DRAWS, Integer.toString(scenario.draws().count()));
            p.setProperty(ACCEPTED_SETS, scenario.draws().sets().sha256() + " " + scenario.draws().sets().file());
        }
        return p;
    }

    /**
     * The inputs every cached result depends on, shared by batches and calibrations: the scenario
     * file's checksum, those of the files it extends (nearest first) and the code's.
     */
    static Properties inputs(Scenario scenario) {
        Properties p = new Properties();
        p.setProperty("scenario.sha256", scenario.sha256());
        int i = 1;
        for (Map.Entry<String, String> e : scenario.extended().entrySet()) {
            p.setProperty(EXTENDS_PREFIX + i++, e.getValue() + " " + e.getKey());
        }
        p.setProperty("code", CodeVersion.codeChecksum());
        return p;
    }

    /**
     * What differs between the identity a folder was started with and this one's, in words, for
     * example {@code base.yaml (which the scenario extends) has changed since}; null if nothing.
     */
    static String difference(Properties then, Properties now) {
        List<String> changes = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(then.stringPropertyNames());
        keys.addAll(now.stringPropertyNames());
        boolean chainChanged = false;
        for (String key : keys) {
            String a = then.getProperty(key);
            String b = now.getProperty(key);
            if (a != null && a.equals(b)) {
                continue;
            }
            if (key.startsWith(EXTENDS_PREFIX)) {
                chainChanged = true;
            } else {
                changes.add(describe(key, a, b));
            }
        }
        if (chainChanged) {
            changes.add(chain(then, now));
        }
        return changes.isEmpty() ? null : String.join("; ", changes);
    }

    private static String describe(String key, String then, String now) {
        return switch (key) {
            case "code" -> "it was started by other code (jar sha256 " + shortSum(then) + ", this is " + shortSum(now)
                    + "), and runs of two versions are not mixed";
            case "scenario.sha256" -> "the scenario file has changed since (sha256 " + shortSum(then) + ", now " + shortSum(now) + ")";
            case "format" -> "it was written by an inclusim with another layout of parts/ (format " + orNone(then) + ", this is "
                    + orNone(now) + ")";
            case DRAWS -> "it was started with " + orNone(then) + " parameter draws, this is " + orNone(now)
                    + ", and runs over other draws are not mixed";
            case ACCEPTED_SETS -> "it was started on other accepted parameter sets (" + orNone(then) + ", now " + orNone(now)
                    + "), and runs over other sets are not mixed";
            default -> key + " is " + orNone(then) + " there, " + orNone(now) + " now";
        };
    }

    private static String chain(Properties then, Properties now) {
        List<String> a = chainOf(then);
        List<String> b = chainOf(now);
        for (String entry : b) {
            String file = entry.substring(entry.indexOf(' ') + 1);
            String before = a.stream().filter(e -> e.endsWith(" " + file)).findFirst().orElse(null);
            if (before == null) {
                return "the scenario now extends " + file + ", which it did not";
            }
            if (!before.equals(entry)) {
                return file + " (which the scenario extends) has changed since (sha256 " + shortSum(before.substring(0, before.indexOf(' ')))
                        + ", now " + shortSum(entry.substring(0, entry.indexOf(' '))) + ")";
            }
        }
        return "the files the scenario extends are not the same as then (" + String.join(", ", a) + ")";
    }

    private static List<String> chainOf(Properties p) {
        List<String> out = new ArrayList<>();
        for (int i = 1; p.getProperty(EXTENDS_PREFIX + i) != null; i++) {
            out.add(p.getProperty(EXTENDS_PREFIX + i));
        }
        return out;
    }

    private static String shortSum(String sum) {
        return sum == null ? "none" : sum.length() > 12 ? sum.substring(0, 12) + "..." : sum;
    }

    private static String orNone(String value) {
        return value == null ? "(none)" : value;
    }
}
