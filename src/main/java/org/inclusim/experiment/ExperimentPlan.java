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
 *
 * <p>With parameter draws (N draws, R replications) every variant and point runs each draw d
 * with R replicates numbered d*R to d*R+R-1, in that order; the replicate's seed is
 * {@link Seeds#forReplicate}(scenario seed, replicate) as ever, so the runs of one draw share
 * their random numbers across variants (and a draw's runs differ from another's in both
 * parameters and seeds), and the plan is ordered like one of N*R replications.
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
    private final DrawnSets draws;

    private ExperimentPlan(Scenario scenario, List<RunSpec> runs, DrawnSets draws) {
        this.scenario = scenario;
        this.runs = Collections.unmodifiableList(runs);
        this.draws = draws;
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
                    "the plan has %,d runs (%d variants x %d design points x %d replications%s); a batch has at most %,d:"
                            + " use fewer replications, draws or design points", runs, scenario.variants().size(),
                    scenario.design().points().size(), replications,
                    scenario.draws().active() ? " x " + scenario.draws().count() + " parameter draws" : "", MAX_RUNS));
        }
    }

    /** The plan with another number of replications (e.g. a command-line override). */
    public static ExperimentPlan of(Scenario scenario, int replications) {
        checkSize(scenario, replications);
        List<RunSpec> runs = new ArrayList<>();
        int points = scenario.design().points().size();
        DrawnSets draws = DrawnSets.of(scenario);
        for (Variant variant : scenario.variants()) {
            int policyStart = scenario.policyStartWeek() == null || variant.baseline() ? 0 : scenario.policyStartWeek();
            for (int point = 0; point < points; point++) {
                if (!draws.active()) {
                    add(runs, scenario, variant, point, RunSpec.NO_DRAW, 0, replications, scenario.parameters(variant, point),
                            scenario.parameters(scenario.baseline(), point), policyStart);
                }
                for (int d = 0; d < draws.count(); d++) {
                    add(runs, scenario, variant, point, d, d * replications, replications, draws.parameters(scenario, variant, point, d),
                            draws.parameters(scenario, scenario.baseline(), point, d), policyStart);
                }
            }
        }
        return new ExperimentPlan(scenario, runs, draws);
    }

    private static void add(List<RunSpec> runs, Scenario scenario, Variant variant, int point, int draw, int firstReplicate,
                            int replications, Parameters parameters, Parameters before, int policyStart) {
        for (int replicate = firstReplicate; replicate < firstReplicate + replications; replicate++) {
            runs.add(new RunSpec(runs.size(), variant.name(), point, replicate, Seeds.forReplicate(scenario.seed(), replicate),
                    scenario.horizonWeeks(), parameters, before, policyStart, draw));
        }
    }

    /** The plan's parameter draws (inactive without them). */
    public DrawnSets draws() {
        return draws;
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
