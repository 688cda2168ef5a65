package org.inclusim.faults;

import static org.inclusim.faults.Faults.inclusim;
import static org.inclusim.faults.Faults.run;
import static org.inclusim.faults.Faults.start;
import static org.inclusim.faults.Faults.waitFor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped calibration, accepted sets included, killed outright (SIGKILL) while it draws its
 * accepted sets, resumes and reproduces the shipped files: the fitted values of
 * scenarios/calibration/calibrated.yaml and, byte for byte, its accepted sets. (One full run of
 * the shipped calibration: a few minutes on 2 cores; its time is stated in docs/validation.md.)
 */
class ShippedCalibrationIT {
    private static final Path TARGETS = Path.of("scenarios/calibration/ips-patterns.yaml");
    private static final Path CALIBRATED = Path.of("scenarios/calibration/calibrated.yaml");
    private static final Path ACCEPTED = Path.of("scenarios/calibration/calibrated.accepted.csv");

    @TempDir
    Path tmp;

    @Test
    void theShippedCalibrationKilledWhileDrawingItsAcceptedSetsResumesToTheShippedFiles() throws Exception {
        Path dir = tmp.resolve("shipped");
        Path abcLog = dir.resolve("abc-evaluations.csv");
        Faults.Running killed = start(inclusim("calibrate", TARGETS.toString(), "--threads", "2", "--out", dir.toString()));
        // Killed three quarters into the accepted sets, so that the resumed run (which must end within Faults' five minutes)
        // has about 200 proposals left: the search and 600 proposals take 10 minutes on 2 cores, up to 20 under a load of 12.
        assertTrue(waitFor(killed, () -> Files.exists(abcLog) && Files.readAllLines(abcLog).size() > 600, 1_800_000),
                "the search finished and the accepted sets are being drawn");
        killed.killJava();
        assertFalse(Files.exists(dir.resolve("accepted.csv")), "killed before it finished");
        Faults.Exit resumed = run(inclusim("calibrate", TARGETS.toString(), "--threads", "2", "--out", dir.toString()));
        assertEquals(0, resumed.code(), resumed.err());
        assertArrayEquals(Files.readAllBytes(ACCEPTED), Files.readAllBytes(dir.resolve("accepted.csv")),
                "the resumed calibration's accepted sets are the shipped ones");
        assertEquals(parameters(CALIBRATED), parameters(dir.resolve("best.yaml")), "and its fitted values");
    }

    private static List<String> parameters(Path file) throws Exception {
        return Files.readAllLines(file).stream().filter(l -> l.startsWith("  ")).toList();
    }
}
