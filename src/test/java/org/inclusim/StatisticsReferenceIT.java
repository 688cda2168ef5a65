package org.inclusim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's statistics agree with R. A small fixed batch (mentor-network, 8 replications,
 * the scenario's seed) is analysed by the packaged tool, and {@code src/test/r/statistics-reference.R}
 * recomputes every statistic from the raw tables with R's {@code survival} and base R (its own
 * reading of events.csv, Kaplan-Meier with log-log bands, the robust score test of a Cox model
 * clustered by replicate, per-run and pooled Aalen-Johansen incidences, t intervals, signed-rank
 * p, Holm, replications needed by brute force, exact and quasi-Poisson rate intervals, weekly
 * bands) and compares them with analysis/*.csv within the tolerances of docs/statistics.md.
 */
class StatisticsReferenceIT {
    static final String SCRIPT = "src/test/r/statistics-reference.R";
    /** Each statistic and the fewest comparisons it must have had (a script comparing nothing must fail). */
    /** Least comparisons per statistic (runs.csv lost its two cost columns to the report's cost analysis: 78 signed-rank tests, Holm adjustments and replication counts remain). */
    static final Map<String, Integer> MINIMUM = Map.ofEntries(Map.entry("km_job_spells", 500), Map.entry("km_job_spells band", 200),
            Map.entry("km_first_job", 500), Map.entry("km_first_job band", 200), Map.entry("clustered_logrank", 4),
            Map.entry("km_per_run", 90), Map.entry("aalen_johansen_per_run", 140), Map.entry("aalen_johansen_pooled", 1000),
            Map.entry("mean", 100), Map.entry("t_interval", 100), Map.entry("paired_t", 200), Map.entry("signed_rank", 75),
            Map.entry("holm", 75), Map.entry("replications_needed", 75), Map.entry("poisson_interval", 6),
            Map.entry("quasi_poisson", 12), Map.entry("weekly_band", 90), Map.entry("weekly_band_range", 1));

    @TempDir
    Path tmp;

    record Result(int exit, String output) {
    }

    static Result run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).directory(dir.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), String.join(" ", command));
        return new Result(p.exitValue(), out);
    }

    static boolean rAvailable() {
        try {
            Process p = new ProcessBuilder("Rscript", "-e", "library(survival)").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void theToolsStatisticsAgreeWithR() throws Exception {
        assumeTrue(rAvailable(), "Rscript with the survival package is not installed (Debian: r-base-core r-cran-survival; "
                + ".ci/run installs them)");
        Path root = Path.of("").toAbsolutePath();
        Path batch = tmp.resolve("batch");
        Result made = run(root, "java", "-jar", "target/inclusim.jar", "batch", "scenarios/mentor-network.yaml", "--replications", "8",
                "--quiet", "--out", batch.toString());
        assertEquals(0, made.exit(), made.output());

        Result checked = run(root, "Rscript", SCRIPT, batch.toString());
        assertEquals(0, checked.exit(), "R disagrees with the tool:\n" + checked.output());
        Map<String, Integer> counts = new HashMap<>();
        for (String line : checked.output().lines().toList()) {
            if (line.startsWith("count ")) {
                String[] f = line.trim().split(" ");
                counts.put(String.join(" ", List.of(f).subList(1, f.length - 1)), Integer.parseInt(f[f.length - 1]));
            }
        }
        MINIMUM.forEach((statistic, least) -> assertTrue(counts.getOrDefault(statistic, 0) >= least,
                statistic + ": " + counts.get(statistic) + " comparisons, expected at least " + least + "\n" + checked.output()));

        // The comparison can fail: one wrong figure in each of two tables is found and named.
        Path effects = batch.resolve("analysis/effects.csv");
        List<String> lines = Files.readAllLines(effects);
        String first = lines.get(1);
        lines.set(1, first.substring(0, first.lastIndexOf(',') + 1) + "81");
        Files.write(effects, lines);
        Path tests = batch.resolve("analysis/job_retention_tests.csv");
        List<String> rows = Files.readAllLines(tests);
        String[] monthly = rows.get(2).split(",", -1);
        monthly[9] = "0.5"; // clustered_logrank_p
        rows.set(2, String.join(",", monthly));
        Files.write(tests, rows);
        Result broken = run(root, "Rscript", SCRIPT, batch.toString());
        assertEquals(1, broken.exit(), broken.output());
        assertTrue(broken.output().contains("MISMATCH replications_needed"), broken.output());
        assertTrue(broken.output().contains("MISMATCH clustered_logrank"), broken.output());
    }
}
