package org.inclusim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end, as a user would: the commands on the README's first screen, run as real processes
 * against the packaged jar (this runs in Maven's integration-test phase, after the jar is built).
 */
class ReadmeCommandsIT {
    static final String MAIN_COMMAND = "mvn -q package -DskipTests && java -jar target/inclusim.jar batch scenarios/mentor-network.yaml";
    static final String TEST_COMMAND = "mvn -B verify";

    @TempDir
    Path tmp;

    record Process(int code, String out, String err) {
    }

    static Process sh(String command) throws IOException, InterruptedException {
        java.lang.Process p = new ProcessBuilder("sh", "-c", command).directory(Path.of("").toAbsolutePath().toFile()).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "command finished: " + command);
        return new Process(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    /** The lines of the first shell block in the README. */
    static List<String> readmeCommands() throws IOException {
        List<String> commands = new ArrayList<>();
        boolean inside = false;
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            if (line.startsWith("```")) {
                if (inside) {
                    break;
                }
                inside = line.equals("```sh");
                continue;
            }
            if (inside && !line.isBlank() && !line.startsWith("#")) {
                commands.add(line.trim());
            }
        }
        return commands;
    }

    @Test
    void theReadmeShowsTheTwoCommandsAndCiRunsTheTestCommand() throws IOException {
        assertEquals(List.of(MAIN_COMMAND, TEST_COMMAND), readmeCommands());
        assertTrue(Files.readString(Path.of(".ci/run")).lines().anyMatch(l -> l.trim().equals(TEST_COMMAND)),
                ".ci/run calls the README's test command");
    }

    @Test
    void theMainCommandRunsTheMentorNetworkBatchAndWritesItsReport() throws Exception {
        String jarPart = MAIN_COMMAND.substring(MAIN_COMMAND.indexOf("&& ") + 3);
        Process run = sh(jarPart);
        assertEquals(0, run.code(), run.err());
        String reportLine = run.out().lines().filter(l -> l.startsWith("report: ")).findFirst().orElseThrow();
        Path html = Path.of(reportLine.substring("report: ".length()).trim());
        Path folder = html.getParent();
        try {
            assertTrue(folder.startsWith(Path.of("results", "mentor-network")), folder.toString());
            for (String f : List.of("runs.csv", "weekly.csv", "events.csv", "mentors.csv", "manifest.json", "report.html")) {
                assertTrue(Files.size(folder.resolve(f)) > 0, f);
            }
            assertEquals(61, Files.readAllLines(folder.resolve("runs.csv")).size(), "header and 3 x 20 runs");
            assertTrue(run.out().contains("fortnightly"), run.out());
            assertTrue(Files.readString(html).contains("compared with no mentor network."));
        } finally {
            delete(folder);
        }
    }

    @Test
    void badInputExitsTwoWithOneClearLineAndLeavesNoFolder() throws Exception {
        Path bad = Files.writeString(tmp.resolve("typo.yaml"), "name: typo\nparameters:\n  placement:\n    plannedWeeks: 8\n    hireSlope: steep\n");
        Path out = tmp.resolve("out");
        Process run = sh("java -jar target/inclusim.jar run " + bad + " --out " + out);
        assertEquals(2, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: " + bad + ":5:16: key 'parameters.placement.hireSlope': expected number"), run.err());
        assertFalse(Files.exists(out));
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(1, left.count(), "only the scenario file, no staging folder");
        }
    }

    @Test
    void versionAndHelpWork() throws Exception {
        Process version = sh("java -jar target/inclusim.jar --version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("inclusim "), version.out());
        Process help = sh("java -jar target/inclusim.jar --help");
        assertEquals(0, help.code());
        for (String command : List.of("run", "validate", "parameters", "bench")) {
            assertTrue(help.out().contains(command), help.out());
        }
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Path parent = folder.getParent();
        try (Stream<Path> rest = Files.list(parent)) {
            if (rest.findAny().isEmpty()) {
                Files.delete(parent);
            }
        }
    }
}
