package org.inclusim.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads what a scenario's {@code extends} chain says about parameter draws: the nearest file
 * naming {@code accepted_sets} gives the sets (resolved against that file's folder, inside the
 * scenario tree), and the nearest {@code parameter_draws} the number of draws. A parameter that
 * a file nearer than the one naming the sets sets itself is not drawn: the scenario chose it.
 * {@code parameter_draws} without accepted sets anywhere in the chain is one problem at the key.
 * A missing or damaged accepted-sets file is a problem only when the scenario asks for draws;
 * otherwise it is kept as the reason {@code --parameter-draws} gives if asked for them later.
 */
final class ParameterDrawsReader {
    private ParameterDrawsReader() {
    }

    static ParameterDraws read(Path root, List<ScenarioLayer> chain, List<ScenarioProblem> problems) {
        int setsAt = -1;
        int countAt = -1;
        for (int i = chain.size() - 1; i >= 0; i--) {
            setsAt = chain.get(i).acceptedSets != null ? i : setsAt;
            countAt = chain.get(i).parameterDraws != null ? i : countAt;
        }
        int count = countAt < 0 ? 0 : chain.get(countAt).parameterDraws;
        List<ScenarioProblem> setProblems = new java.util.ArrayList<>();
        AcceptedSetsFile sets = setsAt < 0 ? null : sets(root, chain.get(setsAt), setProblems);
        if (setsAt >= 0 && sets == null) {
            if (count > 0) {
                problems.addAll(setProblems);
                return ParameterDraws.NONE;
            }
            return new ParameterDraws(0, null, Set.of(), setProblems.get(0).toString());
        }
        if (count > 0 && sets == null) {
            ScenarioLayer layer = chain.get(countAt);
            new NodeReader(layer.file, problems).problem(layer.valueNodes.get("parameter_draws"), "parameter_draws",
                    "no accepted parameter sets to draw from: no file of the extends chain names 'accepted_sets' (extend a calibrated"
                            + " file written by 'calibrate --write' with an abc block, e.g. calibration/calibrated.yaml)");
            return ParameterDraws.NONE;
        }
        Set<String> fixed = new HashSet<>();
        for (int i = 0; i < setsAt; i++) {
            if (chain.get(i).parameters != null) {
                fixed.addAll(chain.get(i).parameters.values().keySet());
            }
        }
        return new ParameterDraws(count, sets, fixed, null);
    }

    private static AcceptedSetsFile sets(Path root, ScenarioLayer layer, List<ScenarioProblem> problems) {
        NodeReader reader = new NodeReader(layer.file, problems);
        var at = layer.valueNodes.get("accepted_sets");
        if (layer.path == null) {
            return null;
        }
        Path file = ScenarioTree.resolve(layer.path, layer.acceptedSets, root, reader, at, "accepted_sets", List.of(".csv"),
                "a CSV file; expected the accepted sets 'calibrate --write' writes (NAME.accepted.csv)");
        if (file == null) {
            return null;
        }
        if (!Files.isRegularFile(file)) {
            reader.problem(at, "accepted_sets", "'" + layer.acceptedSets + "' not found (looked for " + file + ")");
            return null;
        }
        try {
            return AcceptedSetsFile.read(file, root.relativize(file).toString());
        } catch (IllegalArgumentException e) {
            reader.problem(at, "accepted_sets", e.getMessage());
            return null;
        }
    }
}
