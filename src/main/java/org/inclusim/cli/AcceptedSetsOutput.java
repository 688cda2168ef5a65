package org.inclusim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inclusim.analysis.WeightedDraws;
import org.inclusim.experiment.Calibration;
import org.inclusim.io.CsvFormat;
import org.inclusim.io.Durable;
import org.inclusim.report.PairsChart;
import org.inclusim.scenario.CalibrationSpec;

/**
 * Writes a calibration's accepted parameter sets: {@code accepted.csv} (one row per accepted
 * vector with its weight and distance, values at full precision), {@code correlation.csv}
 * (weighted correlations), {@code identification.csv} (per parameter: bounds, optimum, weighted
 * mean, sd and 95 % interval, the sd as a share of the prior's, whether the targets identify it
 * and with which parameters it moves) and {@code pairs.png}; prints the parameters the targets do
 * not identify.
 */
final class AcceptedSetsOutput {
    static final String ACCEPTED = "accepted.csv";

    private AcceptedSetsOutput() {
    }

    static void write(CalibrationSpec spec, Calibration.Result result, Path dir, Path alsoAccepted) throws IOException {
        Calibration.Accepted a = result.accepted();
        if (a.draws().isEmpty()) {
            System.out.println("accepted sets: none of " + a.proposals() + " proposals within the threshold " + a.threshold());
            return;
        }
        List<String> names = a.parameters();
        writeAccepted(a, dir.resolve(ACCEPTED));
        if (alsoAccepted != null) {
            writeAccepted(a, alsoAccepted);
        }
        WeightedDraws w = new WeightedDraws(a.draws(), a.weights());
        Durable.writeText(dir.resolve("correlation.csv"), out -> {
            List<Object> header = new ArrayList<>(List.of("parameter"));
            header.addAll(names);
            out.write(CsvFormat.line(header) + "\n");
            for (int i = 0; i < names.size(); i++) {
                List<Object> row = new ArrayList<>(List.of(names.get(i)));
                for (int j = 0; j < names.size(); j++) {
                    row.add(w.correlation(i, j));
                }
                out.write(CsvFormat.line(row) + "\n");
            }
        });
        List<String> unidentified = new ArrayList<>();
        Durable.writeText(dir.resolve("identification.csv"), out -> {
            out.write(CsvFormat.line(List.of("parameter", "low", "high", "optimum", "mean", "sd", "q025", "q975", "sd_share_of_prior",
                    "identified", "moves_with")) + "\n");
            for (int i = 0; i < names.size(); i++) {
                double[] b = spec.bounds().get(names.get(i));
                double ratio = w.sdRatio(i, b[0], b[1]);
                boolean identified = ratio <= WeightedDraws.IDENTIFIED_SD_RATIO;
                List<String> with = new ArrayList<>();
                for (int j = 0; j < names.size(); j++) {
                    if (j != i && Math.abs(w.correlation(i, j)) > WeightedDraws.JOINT_CORRELATION) {
                        with.add(names.get(j));
                    }
                }
                if (!identified) {
                    unidentified.add(names.get(i));
                }
                out.write(CsvFormat.line(List.of(names.get(i), b[0], b[1], ((Number) result.best().get(names.get(i))).doubleValue(),
                        w.mean(i), w.sd(i), w.quantile(i, 0.025), w.quantile(i, 0.975), ratio, identified ? "yes" : "no",
                        String.join(" ", with))) + "\n");
            }
        });
        double[] best = names.stream().mapToDouble(n -> ((Number) result.best().get(n)).doubleValue()).toArray();
        Path chart = Durable.temporaryFor(dir.resolve("pairs.png"));
        try {
            PairsChart.write(names, a.draws(), a.weights(), best, chart);
            Durable.force(chart);
            Durable.move(chart, dir.resolve("pairs.png"));
        } finally {
            Files.deleteIfExists(chart);
        }
        System.out.printf(Locale.ROOT, "accepted sets: %d of %d proposals within distance %.3f (%d simulated now), effective size %.1f%n",
                a.draws().size(), a.proposals(), a.threshold(), a.simulatedNow(), w.effectiveSize());
        System.out.println("  not identified by the targets (sd above " + WeightedDraws.IDENTIFIED_SD_RATIO + " of the prior's): "
                + (unidentified.isEmpty() ? "none" : String.join(", ", unidentified)));
    }

    /** One row per accepted vector: draw, weight, distance, then the parameters, at full precision. */
    static void writeAccepted(Calibration.Accepted a, Path file) throws IOException {
        Durable.writeText(file, out -> {
            List<Object> header = new ArrayList<>(List.of("draw", "weight", "distance"));
            header.addAll(a.parameters());
            out.write(CsvFormat.line(header) + "\n");
            for (int i = 0; i < a.draws().size(); i++) {
                List<Object> row = new ArrayList<>(List.of(i, Double.toString(a.weights()[i]), Double.toString(a.distances()[i])));
                for (double v : a.draws().get(i)) {
                    row.add(Double.toString(v));
                }
                out.write(CsvFormat.line(row) + "\n");
            }
        });
    }
}
