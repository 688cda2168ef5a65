package org.inclusim.gui;

import java.nio.file.Path;
import java.util.List;
import org.inclusim.observe.RunOutcomes;
import org.inclusim.scenario.Exercise;
import org.inclusim.scenario.ExerciseLoader;
import org.inclusim.scenario.ScenarioException;

/**
 * The guided exercises the About tab offers: those of {@code scenarios/teaching/exercises.yaml}
 * (from the working folder, like the default scenario), or why there are none.
 *
 * @param problem why the file could not be used, or null
 */
record Exercises(List<Exercise> list, String problem) {
    static Exercises shipped() {
        return from(ExerciseLoader.SHIPPED);
    }

    static Exercises from(Path file) {
        try {
            return new Exercises(new ExerciseLoader(RunOutcomes.COLUMNS).load(file), null);
        } catch (ScenarioException e) {
            return new Exercises(List.of(), e.getMessage());
        }
    }
}
