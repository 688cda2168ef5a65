package org.inclusim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exercises file is read like a scenario: every problem at once, with file, line and key. */
class ExerciseLoaderTest {
    private static final List<String> OUTCOMES = List.of("mean_strain", "hires");

    @Test
    void theShippedExercisesLoadWithTheirScenarios() {
        List<Exercise> exercises = new ExerciseLoader(org.inclusim.observe.RunOutcomes.COLUMNS).load(ExerciseLoader.SHIPPED);
        assertTrue(exercises.size() >= 6);
        Exercise first = exercises.get(0);
        assertTrue(Files.isRegularFile(first.scenario()), first.scenario().toString());
        assertEquals("mentor-network", new ScenarioLoader().load(first.scenario()).name());
    }

    @Test
    void everyProblemIsNamedWithFileLineAndKey(@TempDir Path dir) throws IOException {
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(scenarios.resolve("s.yaml"), "name: s\nvariants:\n  baseline: {}\n  more:\n    placement.plannedWeeks: 26\n");
        Path file = Files.createDirectories(scenarios.resolve("teaching")).resolve("exercises.yaml");
        Files.writeString(file, """
                exercises:
                  - id: one
                    scenario: s.yaml
                    variant: baseline
                    compare: fewer
                    replications: 40
                    title: {en: A title}
                    watch: {en: w, nb: w}
                    finding: {en: f, nb: f}
                    questions:
                      - {question: {en: q, nb: q}, answer: {en: a, nb: a}}
                    claims:
                      - {outcome: mean_strian, variant: more, comparison: baseline, direction: higher}
                      - {outcome: hires, variant: more, comparison: baseline, direction: sideways}
                    colour: red
                """);
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ExerciseLoader(OUTCOMES).load(file));
        String all = e.getMessage();
        assertTrue(all.contains("exercises.yaml:15:13: key 'exercises[0].colour': unknown key"), all);
        assertTrue(all.contains("exercises.yaml:7:12: key 'exercises[0].title.nb': required"), all);
        assertTrue(all.contains("exercises.yaml:13:19: key 'exercises[0].claims[0].outcome': unknown outcome 'mean_strian'"), all);
        assertTrue(all.contains("'sideways' is not a direction; allowed: higher, lower, above, below"), all);
        assertTrue(all.contains("key 'exercises[0].compare': no variant 'fewer' in s.yaml; variants: baseline, more"), all);
        assertEquals(5, e.problems().size(), all);
    }
}
