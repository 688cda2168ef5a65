package org.inclusim.cli;

import org.inclusim.experiment.RunSpec;
import org.inclusim.experiment.SingleRun;
import org.inclusim.gui.RecipeSource;
import org.inclusim.gui.RunRecipe;
import org.inclusim.scenario.Scenario;
import org.inclusim.scenario.Variant;

/**
 * The GUI's runs are the {@code run} command's runs: replicate 0 at design point 0 of a variant,
 * with the seed, horizon and policy switch of {@link SingleRun#spec}. Registered as the
 * {@link RecipeSource} service, so MASON can build the GUI without the command line.
 */
public final class SingleRunRecipes implements RecipeSource {
    @Override
    public RunRecipe recipe(Scenario scenario, Variant variant) {
        RunSpec spec = SingleRun.spec(scenario, variant);
        return new RunRecipe(spec.seed(), spec.horizonWeeks(), spec.parameters(), spec.policyParameters(),
                spec.policyStartWeek());
    }
}
