package org.inclusim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real batch process killed with SIGKILL mid-way resumes to exactly the tables of an uninterrupted
 * batch; a real run stopped with SIGTERM leaves nothing behind.
 */
class BatchResumeIT {
    static final List<String> TABLES = List.of("runs.csv", "weekly.csv", "events.csv", "mentors.csv");

    @TempDir
    Path tmp;

    static ProcessBuilder batch(Path out) {
        return new ProcessBuilder("java", "-jar", "target/inclusim.jar", "batch", "scenarios/mentor-training.yaml",
                "--replications", "150", "--threads", "2", "--events", "sample:2", "--quiet", "--out", out.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT);
    }

    /** Runs a batch folder counts as finished: those with a line in its parts index. */
    static long parts(Path out) throws IOException {
        Path index = out.resolve("parts").resolve("index.log");
        if (!Files.isRegularFile(index)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(index)) {
            return lines.filter(l -> l.startsWith("D ")).map(l -> l.split(" ")[1]).distinct().count();
        }
    }

    @Test
    void aKilledBatchResumesToTheTablesOfAnUninterruptedOne() throws Exception {
        Path killed = tmp.resolve("killed");
        Process first = batch(killed).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (parts(killed) < 100 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(first.isAlive(), "the batch was still running when killed (make it longer if this fails)");
        Process.class.getMethod("destroyForcibly").invoke(first);
        new ProcessBuilder("kill", "-9", Long.toString(first.pid())).start().waitFor();
        first.waitFor(10, TimeUnit.SECONDS);
        long done = parts(killed);
        assertTrue(done >= 100 && done < 900, "killed part-way: " + done + " of 900 runs done");
        assertTrue(Files.exists(killed.resolve("batch.lock")), "the killed process left its lock file (which nobody holds)");
        assertEquals(0, batch(killed).start().waitFor(), "the rerun resumes and completes");
        Path clean = tmp.resolve("clean");
        assertEquals(0, batch(clean).start().waitFor());
        for (String table : TABLES) {
            assertArrayEquals(Files.readAllBytes(clean.resolve(table)), Files.readAllBytes(killed.resolve(table)), table);
        }
        assertTrue(Files.readString(killed.resolve("manifest.json")).contains("\"status\": \"done\""));
        assertTrue(new File(killed.toFile(), "parts").exists() == false, "parts dropped after assembly");
    }

    @Test
    void aRunStoppedBeforeItFinishesLeavesNoFolderBehind() throws Exception {
        Path scenario = Files.writeString(tmp.resolve("large.yaml"), String.join("\n", "name: large", "horizon_weeks: 520",
                "parameters:", "  users:", "    referralsPerWeek: 1000", "  advisers:", "    count: 30000", "  workplaces:",
                "    count: 200000", ""));
        Path results = Files.createDirectories(tmp.resolve("results"));
        Process run = new ProcessBuilder("java", "-jar", "target/inclusim.jar", "run", scenario.toString(), "--out",
                results.resolve("x").toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (entries(results) == 0 && run.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(500);
        assertTrue(run.isAlive(), "the run was still going when stopped (make it larger if this fails)");
        assertTrue(entries(results) >= 1, "the run was writing into its staging folder (and held its lock file)");
        run.destroy(); // SIGTERM, as from Ctrl-C's sibling or a scheduler's time limit
        assertTrue(run.waitFor(30, TimeUnit.SECONDS), "the run stopped");
        assertEquals(0, entries(results), "neither the results folder nor its hidden staging folder (or its lock file) is left");
    }

    private static long entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}
