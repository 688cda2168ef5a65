package org.inclusim.faults;

import static org.inclusim.faults.Faults.inclusim;
import static org.inclusim.faults.Faults.leftovers;
import static org.inclusim.faults.Faults.run;
import static org.inclusim.faults.Faults.start;
import static org.inclusim.faults.Faults.strace;
import static org.inclusim.faults.Faults.waitFor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Processes killed outright (SIGKILL: no cleanup hook runs) or starved of memory, and two
 * processes on one folder: a killed run or merge leaves a staging folder that the next one
 * removes, a killed calibration resumes to the uninterrupted result, a second report never
 * breaks the first, a run that exhausts the heap says so in one line, and a scenario in the file
 * system root cannot read system files.
 */
class HardKillIT {
    @TempDir
    Path tmp;

    private Path large() throws Exception {
        return Files.writeString(tmp.resolve("large.yaml"), String.join("\n", "name: large", "horizon_weeks: 520", "parameters:",
                "  users:", "    referralsPerWeek: 1000", "  advisers:", "    count: 30000", "  workplaces:", "    count: 200000", ""));
    }

    private static long staging(Path dir) throws java.io.IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().contains(".partial-")).count();
        }
    }

    @Test
    void aRunKilledOutrightLeavesAStagingFolderThatTheNextRunRemoves() throws Exception {
        Path results = Files.createDirectories(tmp.resolve("results"));
        Faults.Running killed = start(inclusim("run", large().toString(), "--out", results.resolve("x").toString()));
        assertTrue(waitFor(killed, () -> staging(results) > 0), "the run is writing");
        Thread.sleep(300);
        killed.killJava();
        assertTrue(staging(results) > 0, "SIGKILL leaves the staging folder behind");
        Faults.Exit next = run(inclusim("run", "scenarios/baseline.yaml", "--weeks", "10", "--out", results.resolve("y").toString()));
        assertEquals(0, next.code(), next.err());
        assertEquals(List.of(), leftovers(results), "the next run removed what the killed one left");
        assertFalse(Files.exists(results.resolve("x")));
    }

    @Test
    void aMergeKilledOutrightLeavesAStagingFolderThatTheNextMergeRemoves() throws Exception {
        Faults.assumeStrace();
        for (int i = 1; i <= 2; i++) {
            assertEquals(0, run(inclusim("batch", "scenarios/mentor-network.yaml", "--replications", "2", "--shard", i + "/2", "--quiet",
                    "--out", tmp.resolve("s" + i).toString())).code());
        }
        Path merged = Files.createDirectories(tmp.resolve("merged"));
        String[] merge = {"merge", tmp.resolve("s1").toString(), tmp.resolve("s2").toString(), "--out", merged.resolve("m").toString()};
        Faults.Running killed = start(strace(inclusim(merge), "-e", "trace=rename", "-e", "inject=rename:delay_enter=400000"));
        assertTrue(waitFor(killed, () -> {
            try (Stream<Path> s = Files.list(merged)) {
                return s.anyMatch(p -> p.toString().contains("partial") && Files.isDirectory(p) && Files.exists(p.resolve("runs.csv")));
            }
        }), "the merge is writing");
        killed.killJava();
        assertTrue(staging(merged) > 0, "SIGKILL leaves the staging folder behind");
        merge[merge.length - 1] = merged.resolve("m2").toString();
        Faults.Exit next = run(inclusim(merge));
        assertEquals(0, next.code(), next.err());
        assertEquals(List.of(), leftovers(merged), "the next merge removed what the killed one left");
    }

    @Test
    void aKilledCalibrationResumesToTheUninterruptedResult() throws Exception {
        Path targets = Faults.toyCalibration(tmp, 104, 60, 4, 40);
        Path clean = tmp.resolve("clean");
        assertEquals(0, run(inclusim("calibrate", targets.toString(), "--threads", "2", "--out", clean.toString())).code());
        Path dir = tmp.resolve("killed");
        Faults.Running killed = start(inclusim("calibrate", targets.toString(), "--threads", "2", "--out", dir.toString()));
        assertTrue(waitFor(killed, () -> Files.exists(dir.resolve("evaluations.csv"))
                && Files.readAllLines(dir.resolve("evaluations.csv")).size() > 6), "some evaluations logged");
        killed.killJava();
        assertFalse(Files.exists(dir.resolve("fit.csv")), "killed before it finished");
        Faults.Exit resumed = run(inclusim("calibrate", targets.toString(), "--threads", "2", "--out", dir.toString()));
        assertEquals(0, resumed.code(), resumed.err());
        for (String file : List.of("evaluations.csv", "fit.csv", "convergence.png")) {
            assertArrayEquals(Files.readAllBytes(clean.resolve(file)), Files.readAllBytes(dir.resolve(file)), file);
        }
        assertEquals(withoutDate(clean.resolve("best.yaml")), withoutDate(dir.resolve("best.yaml")), "best.yaml but for its date");
    }

    private static List<String> withoutDate(Path file) throws Exception {
        return Files.readAllLines(file).stream().filter(l -> !l.startsWith("# Calibrated by")).toList();
    }

    @Test
    void aSecondReportWhileTheFirstIsWritingNeverBreaksIt() throws Exception {
        Faults.assumeStrace();
        Path dir = tmp.resolve("b");
        assertEquals(0, run(inclusim("batch", "scenarios/mentor-network.yaml", "--replications", "4", "--no-report", "--quiet", "--out",
                dir.toString())).code());
        Faults.Running first = start(strace(inclusim("report", dir.toString()), "-e", "trace=rename", "-e",
                "inject=rename:delay_enter=3000000"));
        assertTrue(waitFor(first, () -> {
            try (Stream<Path> s = Files.list(dir)) {
                return s.anyMatch(p -> p.getFileName().toString().startsWith(".report-partial-") && Files.exists(p.resolve("report.html")));
            }
        }), "the first report has written its files and is about to move them into place");
        Faults.Exit second = run(inclusim("report", dir.toString()));
        Faults.Exit firstExit = first.await();
        assertEquals(0, firstExit.code(), "the first report is not broken by the second: " + firstExit.err());
        assertTrue(second.code() == 0 || second.userError(1) && second.err().contains("is being reported by another process"),
                second.err());
        assertTrue(Files.readString(dir.resolve("report.html")).endsWith("</html>\n"), "a complete report");
        assertEquals(List.of(), leftovers(dir));
    }

    @Test
    void aRunThatExhaustsTheHeapSaysSoInOneLine() throws Exception {
        Path results = Files.createDirectories(tmp.resolve("results"));
        Faults.Exit r = run(inclusim(List.of("-Xmx48m"), "run", large().toString(), "--out", results.resolve("x").toString()));
        assertTrue(r.userError(1) && r.err().contains("needs more memory than this JVM may use"), r.err());
        assertEquals(0, Files.list(results).count(), "nothing written");
    }

    @Test
    void aScenarioInTheFileSystemRootCannotReadSystemFiles() throws Exception {
        assumeTrue(Faults.root() && Files.isWritable(Path.of("/")), "needs to write a file into / (root, as in CI)");
        Path file = Path.of("/inclusim-test-" + ProcessHandle.current().pid() + ".yaml");
        try {
            Files.writeString(file, "name: top\nextends: etc/passwd\n");
            Faults.Exit r = run(inclusim("validate", file.toString()));
            assertTrue(r.userError(1) && r.err().contains("lies in the file system root"), r.err());
            assertFalse(r.err().contains("root:") || r.err().contains("/bin/"), "nothing of /etc/passwd is shown: " + r.err());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
