package org.inclusim.gui;

import java.util.ServiceLoader;
import org.inclusim.scenario.Scenario;
import org.inclusim.scenario.Variant;

/**
 * Turns a scenario variant into the run a headless {@code run} command would make (seed of
 * replicate 0, design point 0, policy start week). The GUI does not plan runs itself: the command
 * line supplies this, so that both use one rule and the package arrows stay one way.
 */
@FunctionalInterface
public interface RecipeSource {
    RunRecipe recipe(Scenario scenario, Variant variant);

    /**
     * The implementation registered as a service (the command line registers one), for when MASON
     * builds the GUI itself through its no-argument constructor.
     */
    static RecipeSource installed() {
        return ServiceLoader.load(RecipeSource.class).findFirst().orElseThrow(() -> new IllegalStateException(
                "no " + RecipeSource.class.getName() + " service on the class path"));
    }
}
