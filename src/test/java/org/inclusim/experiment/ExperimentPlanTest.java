package org.inclusim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.inclusim.scenario.Scenario;
import org.inclusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class ExperimentPlanTest {
    private final Scenario superMentors = new ScenarioLoader().load(Path.of("scenarios/super-mentors.yaml"));
    private final Scenario policy = new ScenarioLoader().load(Path.of("scenarios/policy-package.yaml"));

    @Test
    void thePlanIsVariantsTimesPointsTimesReplicationsInPlanOrder() {
        ExperimentPlan plan = ExperimentPlan.of(superMentors);
        assertEquals(superMentors.plannedRuns(), plan.size());
        assertEquals(1 * 6 * 20, plan.size());
        for (int i = 0; i < plan.size(); i++) {
            RunSpec run = plan.runs().get(i);
            assertEquals(i, run.runId());
            assertEquals(i / 20, run.point(), "points outer, replicates inner");
            assertEquals(i % 20, run.replicate());
        }
        assertEquals(4.0, plan.runs().get(5 * 20).parameters().mentors().reuseSuccessWeight());
        assertEquals(4, plan.runs().get(5 * 20).parameters().mentors().superMenteeCapacity());
    }

    @Test
    void allVariantsAndPointsOfAReplicateShareItsSeed() {
        ExperimentPlan plan = ExperimentPlan.of(superMentors, 3);
        for (int r = 0; r < 3; r++) {
            int replicate = r;
            Set<Long> seeds = plan.runs().stream().filter(s -> s.replicate() == replicate).map(RunSpec::seed)
                    .collect(Collectors.toSet());
            assertEquals(Set.of(Seeds.forReplicate(superMentors.seed(), r)), seeds);
        }
        assertNotEquals(plan.runs().get(0).seed(), plan.runs().get(1).seed(), "replicates differ");
    }

    @Test
    void variantsRunTheBaselineUntilThePolicyWeek() {
        List<RunSpec> runs = ExperimentPlan.of(policy, 1).runs();
        RunSpec baseline = runs.get(0);
        RunSpec pack = runs.get(1);
        assertEquals("package", pack.variant());
        assertEquals(52, pack.policyStartWeek());
        assertEquals(0, baseline.policyStartWeek());
        assertEquals(baseline.parameters(), pack.parametersAt(51));
        assertEquals(26, pack.parametersAt(52).placement().plannedWeeks());
    }
}
