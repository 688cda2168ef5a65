package org.inclusim.cli;

import static org.inclusim.cli.CliTest.inclusim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input built to break the command line (NUL bytes, control characters, damaged manifests,
 * absurd plans, floods of errors) gets one clear line per problem and exit code 2: never a stack
 * trace, never a raw control character on the terminal.
 */
class HostileInputTest {
    @TempDir
    Path tmp;

    private Path scenarios() throws IOException {
        return Files.createDirectories(tmp.resolve("scenarios"));
    }

    /** Exit 2, each line an "error: " line, no stack trace and no control character. */
    private static void assertUserError(CliTest.Result r, int lines) {
        assertEquals(2, r.code(), r.err());
        assertEquals(lines, r.err().lines().count(), r.err());
        assertTrue(r.err().lines().allMatch(l -> l.startsWith("error: ")), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "no stack trace: " + r.err());
        assertTrue(r.err().chars().allMatch(c -> c == '\n' || c >= 0x20 && c != 0x7f && (c < 0x80 || c > 0x9f)),
                "no raw control characters: " + r.err());
    }

    @Test
    void aNulByteInExtendsIsOneProblem() throws IOException {
        Path file = Files.writeString(scenarios().resolve("nul.yaml"), "name: nul\nextends: \"base\\0.yaml\"\n");
        CliTest.Result r = inclusim("validate", file.toString());
        assertUserError(r, 1);
        assertTrue(r.err().contains("nul.yaml:2:10: key 'extends': 'base\\u0000.yaml' is not a valid file name"), r.err());
    }

    @Test
    void controlCharactersFromInputAreShownAsEscapes() throws IOException {
        Path file = Files.writeString(scenarios().resolve("esc.yaml"), "name: esc\n\"\\e[2J\\e[31mplacment\": 1\n"
                + "parameters:\n  placement.plannedWeeks: \"\\x9b12\"\n");
        CliTest.Result r = inclusim("batch", file.toString(), "--out", tmp.resolve("b").toString());
        assertUserError(r, 2);
        assertTrue(r.err().contains("key '\\u001b[2J\\u001b[31mplacment': unknown key"), r.err());
        CliTest.Result missing = inclusim("run", tmp.resolve("no\nsuch\u001b[31m.yaml").toString());
        assertUserError(missing, 1);
        assertTrue(missing.err().contains("no\\u000asuch\\u001b[31m.yaml"), missing.err());
    }

    @Test
    void aFloodOfProblemsIsCutToTheFirstFifty() throws IOException {
        StringBuilder text = new StringBuilder("name: flood\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("unknown_").append(i).append(": 1\n");
        }
        Path file = Files.writeString(scenarios().resolve("flood.yaml"), text);
        for (String command : List.of("validate", "describe")) {
            CliTest.Result r = inclusim(command, file.toString());
            assertUserError(r, 51);
            assertTrue(r.err().lines().toList().get(50).startsWith("error: ... and 19950 more problems in "), r.err());
        }
    }

    @Test
    void aPlanOfTensOfMillionsOfRunsIsRefusedBeforeAnythingIsBuilt() throws IOException {
        Path file = Files.writeString(scenarios().resolve("sweep.yaml"), "name: sweep\nhorizon_weeks: 10\ndesign:\n  grid:\n"
                + "    placement.plannedWeeks: [4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38, 40, 42]\n");
        for (String command : List.of("batch", "slurm")) {
            Path out = tmp.resolve(command);
            CliTest.Result r = command.equals("batch")
                    ? inclusim("batch", file.toString(), "--replications", "1000000", "--out", out.toString())
                    : inclusim("slurm", file.toString(), "--tasks", "4", "--replications", "1000000", "--out", out.toString());
            assertUserError(r, 1);
            assertTrue(r.err().contains("the plan has 20,000,000 runs (1 variants x 20 design points x 1000000 replications);"
                    + " a batch has at most 1,000,000"), r.err());
            assertFalse(Files.exists(out), "nothing written");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aManifestWithFieldsOfTheWrongTypeIsNamedNotACrash() throws IOException {
        Path dir = tmp.resolve("b");
        assertEquals(0, inclusim("batch", "scenarios/mentor-network.yaml", "--replications", "2", "--no-report", "--quiet",
                "--out", dir.toString()).code());
        Path file = dir.resolve("manifest.json");
        String good = Files.readString(file);
        for (String[] damage : List.of(new String[] {"variants", "\"oops\""}, new String[] {"scenario", "5"},
                new String[] {"parameters", "[1, 2]"}, new String[] {"variants", "[1]"},
                new String[] {"sensitivity", "{\"method\": \"sobol\", \"size\": \"many\"}"})) {
            java.util.Map<String, Object> m = (java.util.Map<String, Object>) org.inclusim.io.JsonReader.parse(good);
            m.put(damage[0], org.inclusim.io.JsonReader.parse(damage[1]));
            Files.writeString(file, org.inclusim.io.Json.write(m));
            CliTest.Result r = inclusim("report", dir.toString());
            assertUserError(r, 1);
            assertTrue(r.err().contains("manifest.json: '" + damage[0]), r.err());
            assertFalse(Files.exists(dir.resolve("report.html")), "no report from a damaged manifest");
        }
    }

    @Test
    void extendsReadsOnlyScenarioFilesOfItsTree() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("loose"));
        Files.writeString(dir.resolve("secret.txt"), "password: hunter2\nprivate_key: xyz\n");
        Path file = Files.writeString(dir.resolve("top.yaml"), "name: top\nextends: secret.txt\n");
        CliTest.Result r = inclusim("validate", file.toString());
        assertUserError(r, 1);
        assertTrue(r.err().contains("'secret.txt' is not a YAML file"), r.err());
        assertFalse(r.err().contains("hunter2") || r.err().contains("password") || r.err().contains("private_key"),
                "nothing of the file is shown: " + r.err());
    }

    @Test
    void yamlOnePointOneSurprisesAreRefusedOrTakenAsWritten() throws IOException {
        Path ok = Files.writeString(scenarios().resolve("yes.yaml"), "name: yes\ndescription: off\nhorizon_weeks: 52\n");
        CliTest.Result described = inclusim("describe", ok.toString(), "--no-estimate");
        assertEquals(0, described.code(), described.err());
        assertTrue(described.out().contains("yes"), "the name is the text as written: " + described.out());
        Path bad = Files.writeString(scenarios().resolve("octal.yaml"), "name: octal\nhorizon_weeks: 052\n"
                + "parameters:\n  placement.plannedWeeks: '12'\n");
        CliTest.Result r = inclusim("validate", bad.toString());
        assertUserError(r, 2);
        assertTrue(r.err().contains("key 'horizon_weeks': '052' has a leading zero"), r.err());
        assertTrue(r.err().contains("key 'parameters.placement.plannedWeeks': expected integer, found the text '12'"), r.err());
    }
}
