package org.inclusim.faults;

import static org.inclusim.faults.Faults.assertSameTables;
import static org.inclusim.faults.Faults.inclusim;
import static org.inclusim.faults.Faults.leftovers;
import static org.inclusim.faults.Faults.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk (a small tmpfs, so the test needs root, as CI is) stops a batch, a report or a
 * calibration with one line and exit code 2, loses nothing already done and leaves nothing
 * half-written: once there is room again, the same command resumes to exactly the result of a
 * run that never ran out of space.
 */
class DiskFullIT {
    @TempDir
    Path tmp;
    private Path disk;

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            Faults.unmount(disk);
        }
    }

    /** Fills the tmpfs to within {@code free} bytes. */
    private void fill(long free) throws IOException {
        long available = Files.getFileStore(disk).getUsableSpace();
        try (RandomAccessFile f = new RandomAccessFile(disk.resolve("filler").toFile(), "rw")) {
            f.setLength(0);
            byte[] block = new byte[4096];
            for (long written = 0; written < available - free; written += block.length) {
                f.write(block);
            }
        } catch (IOException full) {
            // filled to the last block
        }
    }

    @Test
    void aBatchStopsWithOneLineAndResumesOnceThereIsRoom() throws Exception {
        disk = Faults.tmpfs(tmp.resolve("disk"), "2m");
        Path dir = disk.resolve("b");
        String[] batch = {"batch", "scenarios/baseline.yaml", "--replications", "40", "--threads", "2", "--no-report", "--quiet",
            "--out", dir.toString()};
        Faults.Exit full = run(inclusim(batch));
        assertTrue(full.userError(1) && full.err().contains("no space left on device") && full.err().contains("rerun the same command"),
                full.err());
        Faults.resize(disk, "64m");
        Faults.Exit resumed = run(inclusim(batch));
        assertEquals(0, resumed.code(), resumed.err());
        Path clean = tmp.resolve("clean");
        batch[batch.length - 1] = clean.toString();
        assertEquals(0, run(inclusim(batch)).code());
        assertSameTables(clean, dir);
        assertEquals(List.of(), leftovers(dir));
    }

    @Test
    void aReportThatRunsOutOfRoomLeavesThePreviousOne() throws Exception {
        disk = Faults.tmpfs(tmp.resolve("disk"), "64m");
        Path dir = disk.resolve("b");
        assertEquals(0, run(inclusim("batch", "scenarios/mentor-network.yaml", "--replications", "4", "--quiet", "--out",
                dir.toString())).code());
        byte[] before = Files.readAllBytes(dir.resolve("report.html"));
        for (long free : new long[] {100_000, 700_000, 1_300_000}) { // out of room in the tables, the charts or the page
            fill(free);
            Faults.Exit full = run(inclusim("report", dir.toString()));
            assertTrue(full.userError(1) && full.err().contains("no space left on device"), free + " bytes free: " + full.err());
            assertArrayEquals(before, Files.readAllBytes(dir.resolve("report.html")), "the previous report is intact");
            assertEquals(List.of(), leftovers(dir), "no half-written report left");
            Files.delete(disk.resolve("filler"));
        }
        assertEquals(0, run(inclusim("report", dir.toString())).code());
    }

    @Test
    void aCalibrationStopsAndResumesToTheUninterruptedResult() throws Exception {
        disk = Faults.tmpfs(tmp.resolve("disk"), "16m");
        Path targets = Faults.toyCalibration(tmp, 52, 40, 2, 30);
        Path clean = tmp.resolve("clean");
        assertEquals(0, run(inclusim("calibrate", targets.toString(), "--threads", "2", "--out", clean.toString())).code());
        Path dir = Files.createDirectories(disk.resolve("c"));
        fill(6_000);
        Faults.Exit full = run(inclusim("calibrate", targets.toString(), "--threads", "2", "--out", dir.toString()));
        assertTrue(full.userError(1) && full.err().contains("no space left on device"), full.err());
        Files.delete(disk.resolve("filler"));
        Faults.Exit resumed = run(inclusim("calibrate", targets.toString(), "--threads", "2", "--out", dir.toString()));
        assertEquals(0, resumed.code(), resumed.err());
        for (String file : List.of("evaluations.csv", "fit.csv")) {
            assertArrayEquals(Files.readAllBytes(clean.resolve(file)), Files.readAllBytes(dir.resolve(file)), file);
        }
        assertFalse(leftovers(dir).stream().anyMatch(n -> n.contains(".tmp")), "no temporary files left");
    }
}
