package org.inclusim.model;

import java.nio.file.Path;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.model.parameters.Scaling;
import org.inclusim.scenario.ScenarioLoader;

/**
 * Test fixture: the parameters every shipped scenario runs on, read from
 * {@code scenarios/baseline.yaml}, which extends the calibrated file
 * {@code scenarios/calibration/calibrated.yaml} (the fitted job-search and job-loss parameters)
 * and sets the AFI site, 12-week placements and the three-year project. Mechanism and pattern
 * tests use this, not {@link Parameters#defaults()}, so that they test the model users run. Public
 * for the direction tests of other packages.
 */
public final class CalibratedBaseline {
    static final Path FILE = Path.of("scenarios/baseline.yaml");
    private static final Parameters PARAMETERS = new ScenarioLoader().load(FILE).parameters();

    private CalibratedBaseline() {
    }

    /** The shipped baseline's parameters. */
    public static Parameters parameters() {
        return PARAMETERS;
    }

    /** The shipped baseline at {@code factor} times its office size (users, advisers, workplaces), for statistical power. */
    public static Parameters scaled(int factor) {
        return Scaling.scale(PARAMETERS, factor);
    }
}
