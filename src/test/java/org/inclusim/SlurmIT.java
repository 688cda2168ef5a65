package org.inclusim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated SLURM job array, submitted to a real single-node cluster (.ci/slurm-up.sh, which
 * CI runs first), gives merged tables byte-identical to a local batch, even from an output folder
 * whose name is a shell command (which must never run).
 */
class SlurmIT {
    @TempDir
    Path tmp;

    static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), String.join(" ", command));
        assertEquals(0, p.exitValue(), String.join(" ", command) + ":\n" + out);
        return out;
    }

    static boolean slurmRunning() {
        try {
            Process p = new ProcessBuilder("sinfo", "-h", "-o", "%t").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && out.contains("idle");
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void theGeneratedArrayRunsOnSlurmAndMergesToTheLocalTables() throws Exception {
        assumeTrue(slurmRunning(), "no SLURM cluster is running here: start one with 'source .ci/slurm-up.sh' "
                + "(as root, with slurmctld slurmd slurm-client munge installed); .ci/run does this");
        Path pwned = tmp.resolve("PWNED");
        Path out = tmp.resolve("run$(id>" + pwned + ")");
        run("java", "-jar", "target/inclusim.jar", "slurm", "scenarios/mentor-network.yaml", "--tasks", "3",
                "--replications", "3", "--time", "00:10:00", "--out", out.toString());
        String submitted = run("bash", out.resolve("slurm/submit.sh").toString());
        assertTrue(submitted.contains("submitted array job"), submitted);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (!run("squeue", "-h").isBlank() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(Files.exists(out.resolve("merged/runs.csv")), "merged tables exist; logs: "
                + Files.list(out.resolve("slurm")).map(Path::toString).toList());
        assertTrue(Files.exists(out.resolve("merged/report.html")), "the merge job writes the report too");
        assertTrue(submitted.contains("results in " + out.resolve("merged")), submitted);
        assertFalse(Files.exists(pwned), "a command in the folder's name never runs");
        Path local = tmp.resolve("local");
        run("java", "-jar", "target/inclusim.jar", "batch", "scenarios/mentor-network.yaml", "--replications", "3",
                "--quiet", "--out", local.toString());
        for (String table : List.of("runs.csv", "weekly.csv", "events.csv", "mentors.csv")) {
            assertArrayEquals(Files.readAllBytes(local.resolve(table)), Files.readAllBytes(out.resolve("merged").resolve(table)), table);
        }
    }
}
