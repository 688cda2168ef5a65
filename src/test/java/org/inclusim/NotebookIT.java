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
import org.inclusim.io.CsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notebooks execute headless against a fresh batch, and the numbers the Python helper gives
 * for effects and retention agree with the Java report for the same batch (tolerance 1e-6).
 */
class NotebookIT {
    static final String PYTHON = "/usr/bin/python3";
    static final double TOLERANCE = 1e-6;

    @TempDir
    Path tmp;

    static String run(Map<String, String> env, Path dir, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).directory(dir.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), String.join(" ", command));
        assertEquals(0, p.exitValue(), String.join(" ", command) + ":\n" + out);
        return out;
    }

    static boolean jupyterAvailable() {
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import pandas, matplotlib, scipy, nbconvert, ipykernel").start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void notebooksExecuteAndAgreeWithTheReport() throws Exception {
        assumeTrue(jupyterAvailable(), "Debian's python3-pandas, python3-matplotlib, python3-scipy, python3-nbconvert and "
                + "python3-ipykernel are not installed; .ci/run installs them (see notebooks/README.md)");
        Path root = Path.of("").toAbsolutePath();
        Path batch = tmp.resolve("batch");
        run(Map.of(), root, "java", "-jar", "target/inclusim.jar", "batch", "scenarios/mentor-network.yaml",
                "--replications", "6", "--quiet", "--out", batch.toString());
        Map<String, String> env = Map.of("INCLUSIM_BATCH", batch.toString(), "PYDEVD_DISABLE_FILE_VALIDATION", "1");
        for (String notebook : List.of("01-explore-batch", "02-compare-variants", "03-trajectories")) {
            run(env, root.resolve("notebooks"), PYTHON, "-m", "nbconvert", "--to", "notebook", "--execute",
                    "--ExecutePreprocessor.timeout=600", "--ExecutePreprocessor.kernel_name=python3",
                    "--output-dir", tmp.resolve("executed").toString(), notebook + ".ipynb");
        }
        String python = """
                import inclusim_results as ir, os
                b = ir.load_batch(os.environ["INCLUSIM_BATCH"])
                for o in ["ever_employed_share", "retention_52w", "burnout_per_100_mentor_years"]:
                    for _, e in ir.paired_effects(b, o).iterrows():
                        print("effect", e.variant, o, repr(e.difference), repr(e.ci_low), repr(e.ci_high), repr(e.wilcoxon_p), repr(e.holm_p))
                for v in b.variants:
                    c = ir.kaplan_meier(*ir.job_spells(b, v))
                    print("retention", v, *[repr(ir.survival_before(c, w)) for w in (26, 52, 104)])
                """;
        String out = run(env, root.resolve("notebooks"), PYTHON, "-c", python);
        Map<String, double[]> javaEffects = new HashMap<>();
        CsvReader.Table effects = CsvReader.read(batch.resolve("analysis/effects.csv"));
        for (List<String> r : effects.rows()) {
            javaEffects.put(r.get(0) + " " + r.get(2), new double[] {Double.parseDouble(r.get(6)), Double.parseDouble(r.get(7)),
                Double.parseDouble(r.get(8)), Double.parseDouble(r.get(9)), Double.parseDouble(r.get(10))});
        }
        CsvReader.Table curves = CsvReader.read(batch.resolve("analysis/job_retention.csv"));
        int checked = 0;
        for (String line : out.lines().toList()) {
            String[] f = line.trim().split(" ");
            if (f[0].equals("effect")) {
                double[] j = javaEffects.get(f[1] + " " + f[2]);
                for (int i = 0; i < j.length; i++) {
                    assertEquals(j[i], Double.parseDouble(f[3 + i]), TOLERANCE * Math.max(1, Math.abs(j[i])), line);
                }
                checked++;
            } else if (f[0].equals("retention")) {
                int[] weeks = {26, 52, 104};
                for (int i = 0; i < 3; i++) {
                    assertEquals(javaSurvival(curves, f[1], weeks[i]), Double.parseDouble(f[2 + i]), TOLERANCE, line);
                }
                checked++;
            }
        }
        assertEquals(6 + 3, checked, "2 variants x 3 outcomes of effects, and 3 retention curves:\n" + out);
        assertTrue(Files.exists(tmp.resolve("executed/03-trajectories.ipynb")));
    }

    private static double javaSurvival(CsvReader.Table curves, String variant, int week) {
        double s = 1.0;
        for (List<String> r : curves.rows()) {
            if (r.get(0).equals(variant) && Double.parseDouble(r.get(1)) < week) {
                s = Double.parseDouble(r.get(4));
            }
        }
        return s;
    }
}
