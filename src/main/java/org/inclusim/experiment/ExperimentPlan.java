package org.inclusim.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.scenario.Scenario;
import org.inclusim.scenario.Variant;

/**
 * The runs of a scenario: variants x design points x replications, in plan order (variant, then
 * point, then replicate), with run ids counting from 0. Every run of replicate r has the seed
 * {@link Seeds#forReplicate}(scenario seed, r), whatever its variant and point: common random
 * numbers. With a policy start week, a non-baseline variant runs the baseline's parameters (at
 * the same design point) until that week. A pure function of the scenario.
 */
public final class ExperimentPlan {
    private final Scenario scenario;
    private final List<RunSpec> runs;

    private ExperimentPlan(Scenario scenario, List<RunSpec> runs) {
        this.scenario = scenario;
        this.runs = Collections.unmodifiableList(runs);
    }

    public static ExperimentPlan of(Scenario scenario) {
        return of(scenario, scenario.replications());
    }

    /** The plan with another number of replications (e.g. a command-line override). */
    public static ExperimentPlan of(Scenario scenario, int replications) {
        List<RunSpec> runs = new ArrayList<>();
        int points = scenario.design().points().size();
        for (Variant variant : scenario.variants()) {
            int policyStart = scenario.policyStartWeek() == null || variant.baseline() ? 0 : scenario.policyStartWeek();
            for (int point = 0; point < points; point++) {
                Parameters parameters = scenario.parameters(variant, point);
                Parameters before = scenario.parameters(scenario.baseline(), point);
                for (int replicate = 0; replicate < replications; replicate++) {
                    runs.add(new RunSpec(runs.size(), variant.name(), point, replicate,
                            Seeds.forReplicate(scenario.seed(), replicate), scenario.horizonWeeks(), parameters, before,
                            policyStart));
                }
            }
        }
        return new ExperimentPlan(scenario, runs);
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The runs in plan order. */
    public List<RunSpec> runs() {
        return runs;
    }

    public int size() {
        return runs.size();
    }
}
