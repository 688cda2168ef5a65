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
    /**
     * Most runs in one plan. A plan, its manifest entries and its parts' index are held in memory
     * (about 300 bytes a run), so a bound keeps a typing slip such as a million replications of a
     * sweep from filling the heap; a million runs is hours of computing on a large machine.
     */
    public static final long MAX_RUNS = 1_000_000;

    private final Scenario scenario;
    private final List<RunSpec> runs;

    private ExperimentPlan(Scenario scenario, List<RunSpec> runs) {
        this.scenario = scenario;
        this.runs = Collections.unmodifiableList(runs);
    }

    public static ExperimentPlan of(Scenario scenario) {
        return of(scenario, scenario.replications());
    }

    /**
     * Refuses a plan of more than {@link #MAX_RUNS} runs before anything is built.
     *
     * @throws IllegalArgumentException saying how large the plan is and what to change
     */
    public static void checkSize(Scenario scenario, int replications) {
        long runs = scenario.plannedRuns(replications);
        if (runs > MAX_RUNS) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "the plan has %,d runs (%d variants x %d design points x %d replications); a batch has at most %,d:"
                            + " use fewer replications or design points", runs, scenario.variants().size(),
                    scenario.design().points().size(), replications, MAX_RUNS));
        }
    }

    /** The plan with another number of replications (e.g. a command-line override). */
    public static ExperimentPlan of(Scenario scenario, int replications) {
        checkSize(scenario, replications);
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
