package org.inclusim.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random mutations of a valid scenario file never produce anything but a loaded scenario or a
 * clean {@link ScenarioException} whose problems name the file: no other exception, no hang.
 */
class ScenarioFuzzTest {
    static final int MUTANTS = 1500;
    /** Problems that concern a whole file and so have no line. */
    static final List<String> FILE_LEVEL = List.of("the file is empty", "missing; every scenario needs a name",
            "malformed or unsafe YAML");
    static final String ALPHABET = ":-[]{}&*!|>'\"#%@`,?\t\n 0123456789.eE+_abcxyz\\";

    @TempDir
    Path tmp;

    /** Originals to mutate: plain, with extends and variants, with extends and a design. */
    static final List<String> ORIGINALS = List.of("baseline.yaml", "policy-package.yaml", "super-mentors.yaml");

    @Test
    void mutatedScenariosFailCleanlyWithALocation() throws IOException {
        Path tree = Files.createDirectories(tmp.resolve("scenarios"));
        Files.copy(Path.of("scenarios/baseline.yaml"), tree.resolve("baseline.yaml"));
        List<String> originals = new ArrayList<>();
        for (String name : ORIGINALS) {
            originals.add(Files.readString(Path.of("scenarios", name)));
        }
        Random random = new Random(20261127L);
        Path file = tree.resolve("mutant.yaml");
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            int loaded = 0;
            for (int i = 0; i < MUTANTS; i++) {
                String mutant = mutate(originals.get(i % originals.size()), random, 1 + random.nextInt(4));
                Files.writeString(file, mutant);
                try {
                    new ScenarioLoader().load(file);
                    loaded++;
                } catch (ScenarioException e) {
                    assertFalse(e.problems().isEmpty(), "a failure has at least one problem");
                    for (ScenarioProblem p : e.problems()) {
                        assertTrue(p.file().endsWith("mutant.yaml") || p.file().endsWith(".yaml"), "problem names a file: " + p);
                        assertFalse(p.message().isBlank(), "problem says what is wrong: " + p);
                        assertTrue(p.line() > 0 || FILE_LEVEL.stream().anyMatch(p.message()::contains),
                                "a problem has a line unless it concerns the whole file: " + p);
                    }
                }
            }
            assertTrue(loaded > 0 && loaded < MUTANTS, "the mutants include valid and invalid files: " + loaded);
        });
    }

    private static String mutate(String text, Random random, int edits) {
        StringBuilder sb = new StringBuilder(text);
        for (int e = 0; e < edits; e++) {
            int at = sb.length() == 0 ? 0 : random.nextInt(sb.length());
            switch (random.nextInt(5)) {
                case 0 -> {
                    if (sb.length() > 0) {
                        sb.deleteCharAt(at);
                    }
                }
                case 1 -> sb.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 2 -> sb.setCharAt(Math.min(at, Math.max(0, sb.length() - 1)), ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 3 -> {
                    List<String> lines = new ArrayList<>(List.of(sb.toString().split("\n", -1)));
                    int line = random.nextInt(lines.size());
                    lines.add(line, lines.get(random.nextInt(lines.size())));
                    sb.setLength(0);
                    sb.append(String.join("\n", lines));
                }
                default -> {
                    List<String> lines = new ArrayList<>(List.of(sb.toString().split("\n", -1)));
                    int a = random.nextInt(lines.size());
                    int b = random.nextInt(lines.size());
                    String swap = lines.get(a);
                    lines.set(a, lines.get(b));
                    lines.set(b, swap);
                    sb.setLength(0);
                    sb.append(String.join("\n", lines));
                }
            }
        }
        return sb.toString();
    }
}
