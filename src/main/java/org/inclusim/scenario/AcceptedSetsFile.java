package org.inclusim.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inclusim.model.parameters.ParameterCatalog;

/**
 * A calibration's accepted parameter sets ({@code NAME.accepted.csv}, written by
 * {@code calibrate --write}): one row per accepted vector with its index, weight and distance,
 * then the fitted parameters' values. A scenario names it with {@code accepted_sets} (the
 * calibrated file written by {@code calibrate} does), and {@code parameter_draws} draws from it.
 *
 * @param file       the file as shown (relative to the scenario tree)
 * @param sha256     hex SHA-256 of its bytes
 * @param parameters the parameter paths, in column order
 * @param weights    each set's weight (normalised to sum 1 when read)
 * @param values     each set's values, in the order of {@code parameters}
 */
public record AcceptedSetsFile(String file, String sha256, List<String> parameters, double[] weights, List<double[]> values) {
    static final List<String> LEADING = List.of("draw", "weight", "distance");
    /** Largest accepted-sets file read, in bytes. */
    static final long MAX_BYTES = 64L << 20;

    public AcceptedSetsFile {
        parameters = List.copyOf(parameters);
        values = List.copyOf(values);
    }

    /** The number of accepted sets. */
    public int size() {
        return weights.length;
    }

    /**
     * Reads and checks the file; a problem is one line naming the file, its line and what was
     * expected, thrown as an {@link IllegalArgumentException}.
     */
    static AcceptedSetsFile read(Path path, String shown) {
        byte[] bytes;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new IllegalArgumentException(shown + ": larger than " + (MAX_BYTES >> 20) + " MB; is it an accepted-sets file?");
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IllegalArgumentException(shown + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(shown + ": empty; expected a header " + String.join(",", LEADING) + ",PARAMETER...");
        }
        List<String> header = List.of(lines.get(0).split(",", -1));
        if (header.size() <= LEADING.size() || !header.subList(0, LEADING.size()).equals(LEADING)) {
            throw new IllegalArgumentException(shown + ":1: header '" + lines.get(0) + "'; expected " + String.join(",", LEADING)
                    + " then the parameters (the accepted.csv that 'calibrate' writes)");
        }
        List<String> parameters = header.subList(LEADING.size(), header.size());
        for (String p : parameters) {
            if (ParameterCatalog.instance().find(p).isEmpty()) {
                throw new IllegalArgumentException(shown + ":1: '" + p + "' is not a parameter (see 'inclusim parameters')");
            }
        }
        List<double[]> values = new ArrayList<>();
        double[] weights = new double[lines.size() - 1];
        double total = 0;
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            if (cells.length != header.size()) {
                throw new IllegalArgumentException(shown + ":" + (i + 1) + ": " + cells.length + " cells; the header has " + header.size());
            }
            weights[i - 1] = number(cells[1], shown, i + 1, "weight");
            if (weights[i - 1] < 0) {
                throw new IllegalArgumentException(shown + ":" + (i + 1) + ": weight " + cells[1] + " is negative");
            }
            total += weights[i - 1];
            double[] row = new double[parameters.size()];
            for (int j = 0; j < row.length; j++) {
                row[j] = number(cells[LEADING.size() + j], shown, i + 1, parameters.get(j));
            }
            values.add(row);
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException(shown + ": no accepted set with a positive weight");
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= total;
        }
        return new AcceptedSetsFile(shown, ScenarioLoader.sha256(bytes), parameters, weights, values);
    }

    private static double number(String cell, String shown, int line, String column) {
        try {
            double v = Double.parseDouble(cell);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(shown + ":" + line + ": " + column + " '" + cell + "' is not a finite number");
    }
}
