package org.inclusim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inclusim.model.Transition;
import org.inclusim.observe.WeeklyRow;
import org.inclusim.scenario.Scenario;
import org.inclusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With policy_start_week, a variant runs the baseline's parameters until that week. */
class PolicyStartTest {
    @TempDir
    Path tmp;

    static final class Rows implements RunRecorder {
        final List<WeeklyRow> weeks = new ArrayList<>();

        @Override
        public void week(RunSpec spec, WeeklyRow row) {
            weeks.add(row);
        }

        @Override
        public void event(RunSpec spec, Transition transition) {
        }
    }

    @Test
    void variantsShareTheWeeksBeforeThePolicyAndDifferAfter() throws IOException {
        Path file = Files.writeString(tmp.resolve("p.yaml"), """
                name: p
                horizon_weeks: 156
                policy_start_week: 52
                parameters:
                  users: {initialCaseload: 80, referralsPerWeek: 1.0}
                  workplaces.count: 120
                  advisers.count: 20
                variants:
                  baseline: {}
                  generous:
                    placement.plannedWeeks: 40
                    mentors.superMentorShare: 0.6
                """);
        Scenario s = new ScenarioLoader().load(file);
        Rows baseline = new Rows();
        Rows generous = new Rows();
        ModelRun.execute(SingleRun.spec(s, s.baseline()), baseline, true);
        ModelRun.execute(SingleRun.spec(s, s.variant("generous").orElseThrow()), generous, true);
        assertEquals(baseline.weeks.subList(0, 52), generous.weeks.subList(0, 52), "identical before the policy week");
        assertNotEquals(baseline.weeks.subList(52, 156), generous.weeks.subList(52, 156), "the variant acts from week 52");
        assertEquals(SingleRun.spec(s, s.baseline()).seed(), SingleRun.spec(s, s.variant("generous").orElseThrow()).seed(),
                "variants of a replicate share the seed");
    }
}
