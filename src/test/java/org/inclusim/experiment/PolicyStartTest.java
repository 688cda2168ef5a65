package org.inclusim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * With policy_start_week, a variant runs the baseline's parameters until that week, and from it
 * the variant's (ODD 7.2: a policy with fewer close slots returns the cases over them to standard
 * follow-up at once).
 */
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
    /**
     * A scenario that extends the shipped baseline (copied with its calibration into a scenario
     * folder) and lowers advisers.closeCasesPerAdviser from 3 to 1 at policy_start_week 52, run
     * through the ordinary loading path (ScenarioLoader, SingleRun.spec, ModelRun): the weeks
     * before are identical, and in the policy's first week the close cases fall to at most one per
     * adviser and stay there, while the baseline keeps more than that. Leaving close follow-up is
     * otherwise slow (a close case stays close through placement, job and follow-along), so the fall
     * within one week is demotion ({@code CloseFollowUpRule.demoteOverSlots}), not slots left
     * unfilled. Broken variant, checked once (2026-12-04): with the demotion call taken out of
     * {@code InclusionModel.setParameters}, the close cases stay at 17 in week 52 (against 6), so the
     * test fails.
     */
    @Test
    void fewerCloseSlotsAtThePolicyWeekDemoteCloseCasesAtOnce() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("scenarios/calibration"));
        for (String f : List.of("baseline.yaml", "calibration/calibrated.yaml", "calibration/calibrated.accepted.csv")) {
            Files.copy(Path.of("scenarios").resolve(f), folder.getParent().resolve(f));
        }
        Path file = Files.writeString(folder.getParent().resolve("fewer-close.yaml"), """
                extends: baseline.yaml
                name: fewer-close
                policy_start_week: 52
                variants:
                  baseline: {}
                  fewer_close:
                    advisers.closeCasesPerAdviser: 1
                """);
        Scenario s = new ScenarioLoader().load(file);
        int advisers = s.parameters(s.baseline(), 0).advisers().count();
        Rows baseline = new Rows();
        Rows fewer = new Rows();
        ModelRun.execute(SingleRun.spec(s, s.baseline()), baseline, true);
        ModelRun.execute(SingleRun.spec(s, s.variant("fewer_close").orElseThrow()), fewer, true);
        assertEquals(baseline.weeks.subList(0, 52), fewer.weeks.subList(0, 52), "identical before the policy week");
        int before = fewer.weeks.get(51).closeCases();
        int first = fewer.weeks.get(52).closeCases();
        String report = "close cases in weeks 51 and 52: baseline " + baseline.weeks.get(51).closeCases() + ", "
                + baseline.weeks.get(52).closeCases() + "; fewer slots " + before + ", " + first + " (advisers " + advisers + ")";
        System.out.println("PolicyStartTest " + report);
        assertTrue(before > 2 * advisers, "three slots an adviser mostly filled before the policy: " + report);
        assertTrue(first <= advisers, "at most one close case an adviser in the policy's first week: " + report);
        assertTrue(fewer.weeks.subList(52, fewer.weeks.size()).stream().allMatch(r -> r.closeCases() <= advisers),
                "and after it: " + report);
        assertTrue(baseline.weeks.subList(52, baseline.weeks.size()).stream().mapToInt(WeeklyRow::closeCases).min().orElseThrow() > advisers,
                "the baseline keeps more than one an adviser: " + report);
    }
}
