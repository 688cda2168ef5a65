package org.inclusim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.inclusim.experiment.Calibration;
import org.inclusim.experiment.CodeVersion;
import org.inclusim.io.CsvFormat;
import org.inclusim.io.Durable;
import org.inclusim.io.Text;
import org.inclusim.observe.RunOutcomes;
import org.inclusim.report.ConvergenceChart;
import org.inclusim.scenario.CalibrationLoader;
import org.inclusim.scenario.CalibrationSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inclusim calibrate}: fit parameters to target patterns with CMA-ES. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit a scenario's parameters to target patterns with CMA-ES.",
                "Uses the same seeds for every candidate, a fixed evaluation budget and a log that lets an",
                "interrupted calibration resume.",
                "Writes best.yaml (a calibrated parameter file with provenance), fit.csv (fitted and check targets,",
                "at the fitting seeds and at holdout seeds the search never used),",
                "evaluations.csv, convergence.png; with an 'abc' block also accepted.csv (accepted parameter sets with",
                "weights), correlation.csv, identification.csv and pairs.png."})
final class CalibrateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TARGETS", description = "Calibration targets YAML file.")
    Path targets;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/calibration/<name>). Reuse it to resume.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: all cores).")
    Integer threads;

    @Option(names = "--write", paramLabel = "FILE", description = "Also write the calibrated parameter file here (e.g. one that a scenario extends).")
    Path write;

    @Override
    public Integer call() throws IOException {
        if (threads != null && threads < 1) {
            throw new UserError("--threads " + threads + ": expected at least 1");
        }
        checkWritable(write);
        CalibrationSpec spec = new CalibrationLoader(RunOutcomes.COLUMNS).load(targets);
        Path dir = out != null ? out : Path.of("results", "calibration", spec.name());
        Calibration.Result result = Calibration.run(spec, threads == null ? Runtime.getRuntime().availableProcessors() : threads, dir);
        List<String> provenance = new java.util.ArrayList<>(List.of(
                "Calibrated by 'inclusim calibrate " + spec.file() + "' on " + Instant.now().truncatedTo(ChronoUnit.SECONDS),
                "targets sha256 " + spec.sha256() + ", scenario " + spec.scenario().name() + " (sha256 " + spec.scenario().sha256() + ")",
                "seed " + spec.seed() + ", " + spec.replications() + " replications per candidate, budget " + spec.budget()
                        + " evaluations (CMA-ES), best distance " + String.format(Locale.ROOT, "%.4f", result.distance()),
                "code " + CodeVersion.shortForm(),
                holdoutLine(spec, result.holdout())));
        if (result.accepted() != null) {
            provenance.add(String.format(Locale.ROOT, "accepted parameter sets (ABC, %d proposals, spread %s): %d within distance %.4f, in %s",
                    spec.abc().proposals(), spec.abc().spread(), result.accepted().draws().size(), result.accepted().threshold(),
                    write == null ? AcceptedSetsOutput.ACCEPTED : acceptedBeside(write).getFileName()));
        }
        result.notes().forEach(note -> System.err.println("note: " + Text.printable(note)));
        boolean sets = result.accepted() != null && !result.accepted().draws().isEmpty();
        String name = spec.name() + "-calibrated";
        Durable.writeString(dir.resolve("best.yaml"), CalibrationLoader.calibratedFile(name, result.best(), provenance,
                sets ? AcceptedSetsOutput.ACCEPTED : null));
        if (write != null) {
            Files.createDirectories(write.toAbsolutePath().getParent());
            Durable.writeString(write, CalibrationLoader.calibratedFile(name, result.best(), provenance,
                    sets ? acceptedBeside(write).getFileName().toString() : null));
        }
        writeFitCsv(dir, result);
        double[] distances = result.evaluations().stream().mapToDouble(Calibration.Evaluation::distance).toArray();
        Path chart = Durable.temporaryFor(dir.resolve("convergence.png"));
        try {
            ConvergenceChart.write(distances, chart);
            Durable.force(chart);
            Durable.move(chart, dir.resolve("convergence.png"));
        } finally {
            Files.deleteIfExists(chart);
        }
        printSummary(spec, result);
        if (result.accepted() != null) {
            AcceptedSetsOutput.write(spec, result, dir, write == null ? null : acceptedBeside(write));
        }
        System.out.println("results in " + dir + (write != null ? "; calibrated parameters in " + write : ""));
        return 0;
    }

    /** fit.csv: every target at the best candidate, at the fitting seeds and at the holdout seeds. */
    private static void writeFitCsv(Path dir, Calibration.Result result) throws IOException {
        Durable.writeText(dir.resolve("fit.csv"), out -> {
            out.write(CsvFormat.line(List.of("target", "use", "variant", "relative_to", "outcome", "observed", "tolerance", "simulated",
                    "ci_low", "ci_high", "within_tolerance", "holdout_simulated", "holdout_ci_low", "holdout_ci_high",
                    "holdout_within_tolerance", "source")) + "\n");
            for (int i = 0; i < result.fit().size(); i++) {
                Calibration.Fit f = result.fit().get(i);
                Calibration.Fit h = result.holdout().fit().get(i);
                out.write(CsvFormat.line(Arrays.asList(f.target().name(), f.target().use().key(), Objects.toString(f.target().variant(), ""),
                        Objects.toString(f.target().comparisonVariant(), ""), f.target().outcome(), f.target().observed(),
                        f.target().tolerance(), f.simulated(), f.low(), f.high(), f.withinTolerance(), h.simulated(), h.low(), h.high(),
                        h.withinTolerance(), f.target().source())) + "\n");
            }
        });
    }

    /** The printed summary: the search, the best values, and every target at both seed sets. */
    private static void printSummary(CalibrationSpec spec, Calibration.Result result) {
        System.out.printf(Locale.ROOT, "calibration %s: %d evaluations (%d simulated now; repeated or logged candidates reused), best distance %.4f%n",
                spec.name(), result.evaluations().size(), result.simulatedNow(), result.distance());
        result.best().forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-40s %s%n", k, v));
        for (CalibrationSpec.Use use : CalibrationSpec.Use.values()) {
            boolean heading = false;
            for (int i = 0; i < result.fit().size(); i++) {
                Calibration.Fit f = result.fit().get(i);
                if (f.target().use() != use) {
                    continue;
                }
                if (!heading) {
                    System.out.println(use == CalibrationSpec.Use.FIT ? "fitted targets:" : "check targets (not fitted; out of sample):");
                    heading = true;
                }
                Calibration.Fit h = result.holdout().fit().get(i);
                System.out.println(String.format(Locale.ROOT, "  %-48s observed %.3f ± %.3f, simulated %.3f (%.3f to %.3f) %s; at holdout seeds %.3f %s",
                        Text.printable(f.target().name()), f.target().observed(), f.target().tolerance(), f.simulated(), f.low(), f.high(),
                        f.withinTolerance() ? "ok" : "OUTSIDE", h.simulated(), h.withinTolerance() ? "ok" : "OUTSIDE"));
            }
        }
        System.out.println(holdoutLine(spec, result.holdout()));
    }

    /**
     * The fit at the holdout seeds, for the provenance and the summary: its distance and the fitted
     * targets outside their tolerance there (the fitting seeds' own figures can flatter the fit).
     */
    static String holdoutLine(CalibrationSpec spec, Calibration.Assessment holdout) {
        CalibrationSpec h = spec.holdout();
        List<String> outside = holdout.fit().stream().filter(f -> f.target().fitted() && !f.withinTolerance())
                .map(f -> f.target().name()).toList();
        return String.format(Locale.ROOT, "at holdout seeds (seed %d, %d replications, never used by the search): distance %.4f;"
                        + " fitted targets outside tolerance: %s", h.seed(), h.replications(), holdout.distance(),
                outside.isEmpty() ? "none" : Text.printable(String.join("; ", outside)));
    }

    /** Where {@code --write FILE} puts the accepted sets: beside it, {@code NAME.accepted.csv} for {@code NAME.yaml}. */
    static Path acceptedBeside(Path written) {
        String name = written.getFileName().toString();
        String stem = name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
        return written.resolveSibling(stem + ".accepted.csv");
    }

    /** Refuses a --write target that cannot take the file before the (long) calibration runs. */
    private static void checkWritable(Path file) {
        if (file == null) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new UserError("--write " + file + ": is a folder; give the name of the file to write");
        }
        Path existing = file.toAbsolutePath().getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent(); // created when the file is written, not before the calibration has run
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new UserError("--write " + file + ": " + existing + " is not a folder");
        }
        if (!Files.isWritable(existing) || Files.exists(file) && !Files.isWritable(file)) {
            throw new UserError("--write " + file + ": no permission to write there");
        }
    }
}
