package org.inclusim.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.inclusim.model.Stage;
import org.inclusim.model.Transition;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.model.parameters.Scaling;
import org.inclusim.observe.RunOutcomes;
import org.inclusim.scenario.CalibrationLoader;
import org.inclusim.scenario.CalibrationSpec;
import org.inclusim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Duration dependence that levels off (docs/ODD.md 7.5.1, DurationDependenceRule), on the
 * calibrated baseline: a cohort referred at week 0 in usual care as the trial ran it (the targets
 * file's {@code trial-usual-care} arm: no close cases, no mentor programme, no later referrals), at
 * three times its size. The shipped fit has no true state dependence (its decline is 0: the fall
 * of the job-finding rate with duration is all selection, docs/validation.md), so the levelling
 * off has nothing to act on there; both arms take an earlier fit's decline, {@link #DECLINE} a
 * week, and differ only in where it stops. With the decline held from week {@link #UNTIL} on,
 * users still out of work after two years keep finding first jobs; with a decline that never
 * stops they practically do not. Outcome, read from the events: the share of the cohort whose
 * first job starts in weeks 104 to 259. Criterion: paired t >= 3 over {@link #PAIRS} pairs
 * (common random numbers).
 */
class DurationDependenceLevelsOffTest {
    private static final int PAIRS = 30;
    private static final int WEEKS = 260;
    /** Where the decline stops: about eight months, where Kroft, Lange &amp; Notowidigdo (2013) find most of the fall in callbacks. */
    private static final int UNTIL = 35;
    /** A fitted true state dependence, a week: the refit on the whole of Model 2 found it (docs/validation.md); the shipped fit has none. */
    private static final double DECLINE = 0.0634;
    private static final Path TARGETS = Path.of("scenarios/calibration/ips-patterns.yaml");

    static Parameters trialUsualCare() {
        CalibrationSpec spec = new CalibrationLoader(RunOutcomes.COLUMNS).load(TARGETS);
        Scenario s = spec.scenario();
        return Scaling.scale(ParameterCatalog.instance().with(s.parameters(s.baseline(), 0), spec.variants().get("trial-usual-care")), 3);
    }

    /** Share of the week-0 cohort whose first transition into a job falls in weeks [from, to). */
    static double firstJobShare(PairedRuns.Run run, int cohort, int from, int to) {
        Set<Integer> employedBefore = new HashSet<>();
        int late = 0;
        for (Transition t : run.events()) {
            if (t.to() == Stage.EMPLOYED && employedBefore.add(t.userId()) && t.week() >= from && t.week() < to) {
                late++;
            }
        }
        return (double) late / cohort;
    }

    @Test
    void levellingOffLetsLongTermUsersInUsualCareStillFindAFirstJob() {
        Parameters unbounded = trialUsualCare().with("search.durationDeclinePerWeek", DECLINE).with("search.durationDeclineUntilWeeks", 0);
        assertTrue(unbounded.users().referralsPerWeek() == 0 && unbounded.advisers().closeCasesPerAdviser() == 0, "a usual-care cohort");
        int cohort = unbounded.users().initialCaseload();
        List<PairedRuns.Run> a = PairedRuns.runs(unbounded, PAIRS, WEEKS);
        List<PairedRuns.Run> b = PairedRuns.runs(unbounded.with("search.durationDeclineUntilWeeks", UNTIL), PAIRS, WEEKS);
        PairedRuns.Comparison c = PairedRuns.compare("share of the cohort with a first job in weeks 104-259: decline never stops -> stops at week "
                + UNTIL, a, b, r -> firstJobShare(r, cohort, 104, WEEKS));
        System.out.println("DurationDependenceLevelsOffTest " + c);
        assertTrue(c.higherInB(), c.toString());
    }
}
