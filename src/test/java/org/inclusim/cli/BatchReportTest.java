package org.inclusim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report a batch writes at its end (from the digests of its runs, with the report's code
 * warmed up while the runs went on) is the report {@code inclusim report} writes from the
 * folder's files, and the warm-up leaves nothing behind.
 */
class BatchReportTest {
    @TempDir
    Path tmp;

    private static List<Path> warmUpFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith(ReportAhead.FOLDER_PREFIX)).toList();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theBatchsReportIsTheReportOfItsFiles() throws IOException, InterruptedException {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path stale = Files.createTempDirectory(ReportAhead.FOLDER_PREFIX + gone.pid() + "-");
        Files.writeString(Files.createDirectories(stale.resolve("batch")).resolve("runs.csv"), "left by a killed process\n");
        List<Path> before = warmUpFolders().stream().filter(p -> !p.equals(stale)).toList();
        Path batch = tmp.resolve("batch");
        CliTest.Result r = CliTest.inclusim("batch", "scenarios/mentor-network.yaml", "--replications", "3", "--events", "sample:2",
                "--out", batch.toString(), "--timing", "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("read, with run digests"), r.out());
        assertFalse(r.out().contains("run digests not used"), r.out());
        assertTrue(r.out().matches("(?s).*timing: [0-9.]+ s in all since the process started, of which the report [0-9.]+ s \\(\\d+ %\\).*"),
                r.out());
        for (int wait = 0; wait < 300 && !warmUpFolders().equals(before); wait++) {
            sleep(); // a warm-up that was in the middle of drawing a chart ends it, then removes its folder
        }
        assertEquals(before, warmUpFolders(), "the warm-up's temporary folder is removed, and one of a process that is gone");

        Path files = Files.createDirectories(tmp.resolve("files"));
        for (String f : List.of("runs.csv", "weekly.csv", "events.csv", "mentors.csv", "manifest.json")) {
            Files.copy(batch.resolve(f), files.resolve(f));
        }
        assertEquals(0, CliTest.inclusim("report", files.toString()).code());
        try (Stream<Path> tables = Files.list(files.resolve("analysis"))) {
            for (Path f : tables.filter(p -> p.toString().endsWith(".csv")).toList()) {
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(batch.resolve("analysis").resolve(f.getFileName())),
                        f.getFileName().toString());
            }
        }
    }
}
