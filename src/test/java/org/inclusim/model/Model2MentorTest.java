package org.inclusim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.inclusim.analysis.Estimates;
import org.inclusim.experiment.Seeds;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.observe.OutcomeCalculator;
import org.inclusim.observe.RunOutcomes;
import org.inclusim.observe.StrainSawTooth;
import org.inclusim.observe.WeeklyObserver;
import org.inclusim.observe.WeeklyRow;
import org.junit.jupiter.api.Test;

/**
 * Model 2, part 2, the mentor side (issue 15): emergent outcomes of the strain hazard, reuse of
 * success, the working-life centre's follow-up and adaptive network attendance, on the calibrated
 * baseline (scenarios/baseline.yaml, which extends scenarios/calibration/calibrated.yaml).
 *
 * <p>Criterion for every direction: paired replications with common random numbers (replicate r
 * of both settings uses the same seed), and the mean paired difference in the stated direction
 * with t = mean / (sd / sqrt(n)) of at least {@link #REQUIRED_T} over {@link #PAIRS} pairs.
 * Each neutral setting is tested to reproduce the structure it claims.
 */
class Model2MentorTest {
    static final double REQUIRED_T = 3.0;
    static final int PAIRS = 40;
    static final int WEEKS = 260;
    private static final long SEED = 20261202L;
    private static final Parameters BASELINE = CalibratedBaseline.parameters();

    /** One run: its weekly rows and outcomes, and the model at the horizon. */
    record Run(InclusionModel model, List<WeeklyRow> weekly, RunOutcomes outcomes) {
    }

    static Run run(Parameters p, int replicate) {
        InclusionModel model = new InclusionModel(Seeds.forReplicate(SEED, replicate), p);
        model.start();
        List<WeeklyRow> weekly = new ArrayList<>(WEEKS);
        for (int w = 0; w < WEEKS; w++) {
            model.schedule.step(model);
            weekly.add(WeeklyObserver.observe(model));
        }
        model.finish();
        return new Run(model, weekly, OutcomeCalculator.compute(model));
    }

    static Run[] runs(Parameters p) {
        Run[] out = new Run[PAIRS];
        for (int r = 0; r < PAIRS; r++) {
            out[r] = run(p, r);
        }
        return out;
    }

    /** Paired differences b - a of an outcome; pairs where either value is undefined (NaN) are left out. */
    record Paired(String name, double meanA, double meanB, double meanDifference, double t, int n) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: A %.4f, B %.4f, B-A %+.4f, t %.2f over %d pairs", name, meanA, meanB, meanDifference, t, n);
        }
    }

    static Paired paired(String name, Run[] a, Run[] b, ToDoubleFunction<Run> outcome) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            double x = outcome.applyAsDouble(a[i]);
            double y = outcome.applyAsDouble(b[i]);
            if (!Double.isNaN(x) && !Double.isNaN(y)) {
                pairs.add(new double[] {x, y});
            }
        }
        int n = pairs.size();
        double sa = 0;
        double sb = 0;
        for (double[] p : pairs) {
            sa += p[0];
            sb += p[1];
        }
        double mean = (sb - sa) / n;
        double ss = 0;
        for (double[] p : pairs) {
            double d = p[1] - p[0] - mean;
            ss += d * d;
        }
        double sd = Math.sqrt(ss / (n - 1));
        double t = sd == 0 ? (mean == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, mean)) : mean / (sd / Math.sqrt(n));
        return new Paired(name, sa / n, sb / n, mean, t, n);
    }

    /** An outcome of every run, in run order (for {@link Estimates#paired}). */
    static double[] values(Run[] runs, ToDoubleFunction<Run> outcome) {
        double[] x = new double[runs.length];
        for (int i = 0; i < runs.length; i++) {
            x[i] = outcome.applyAsDouble(runs[i]);
        }
        return x;
    }

    static void assertHigherInB(Paired p) {
        System.out.println("Model2MentorTest " + p);
        assertTrue(p.n() >= 30 && p.t() >= REQUIRED_T, p.toString());
    }

    // ---- super-mentors emerge -----------------------------------------------------------------

    /**
     * Issue 15: "reuse of successful mentors concentrates strain on few mentors with identical
     * traits". Strain is measured as each mentor's carried strain (the sum of its weekly strain,
     * {@link Mentor#cumulativeStrain}): its top-10 % share (the report's {@code top10_strain_share})
     * and its Gini over all mentors ever in the pool must both rise with reuse (paired t >= 3), and
     * so must the load (mentee-weeks) and burnouts of the busiest mentors that the strain follows.
     */
    @Test
    void reuseOfSuccessConcentratesStrainLoadAndBurnoutsOnMentorsWithEqualTraits() {
        Run[] none = runs(BASELINE.with("mentors.reuseSuccessWeight", 0.0));
        Run[] reuse = runs(BASELINE);
        for (Run r : reuse) {
            for (Mentor m : r.model().views().mentors()) {
                assertTrue(!m.superMentor() && m.dedication() == 1.0, "equal traits: no drawn super-mentors");
            }
        }
        assertTrue(BASELINE.mentors().reuseSuccessWeight() > 0, "the baseline reuses success");
        assertHigherInB(paired("top-10 % share of carried strain", none, reuse, r -> r.outcomes().top10StrainShare()));
        assertHigherInB(paired("Gini of carried strain", none, reuse, Model2MentorTest::strainGini));
        assertHigherInB(paired("top-10 % share of mentee-weeks", none, reuse, r -> r.outcomes().menteeWeeksTop10Share()));
        assertHigherInB(paired("Gini of mentee-weeks", none, reuse, r -> r.outcomes().menteeWeeksGini()));
        assertHigherInB(paired("burnouts of the busiest 10 %", none, reuse, r -> burnoutsOfTheBusiest(r.model())));
    }

    /** Gini coefficient of the strain each mentor ever in the pool has carried. */
    private static double strainGini(Run r) {
        return OutcomeCalculator.gini(r.model().views().mentors().stream().mapToDouble(Mentor::cumulativeStrain).toArray());
    }

    /** Burnout episodes of the 10 % of mentors with the most mentee-weeks (at least one mentor). */
    private static double burnoutsOfTheBusiest(InclusionModel model) {
        List<Mentor> mentors = new ArrayList<>(model.views().mentors());
        mentors.sort((a, b) -> a.menteeWeeks() != b.menteeWeeks() ? Integer.compare(b.menteeWeeks(), a.menteeWeeks()) : Integer.compare(a.id(), b.id()));
        int top = Math.max(1, (int) Math.round(0.1 * mentors.size()));
        return mentors.subList(0, top).stream().mapToInt(Mentor::burnoutEpisodes).sum();
    }

    @Test
    void withoutReuseNoMentorGrowsBeyondItsCapacityAndProbesAreUniform() {
        Parameters neutral = BASELINE.with("mentors.reuseSuccessWeight", 0.0);
        Run r = run(neutral, 0);
        assertTrue(r.model().views().mentors().stream().allMatch(m -> m.capacity() == neutral.mentors().menteeCapacity()),
                "no capacity grows without reuse");
        WorkplaceTable workplaces = r.model().workplaces;
        assertTrue(workplaces.hiresTotal() > 0);
        for (double u = 0; u < 1; u += 0.01) {
            assertEquals((int) (u * workplaces.size()), ReuseRule.probedWorkplace(workplaces, 0.0, u), "the first model's probe at u " + u);
        }
        Run reuse = run(BASELINE, 0);
        assertTrue(reuse.model().views().mentors().stream().anyMatch(m -> m.capacity() > neutral.mentors().menteeCapacity()),
                "with reuse, a successful mentor is asked to take more");
    }

    // ---- the strain hazard and mentor turnover -------------------------------------------------

    @Test
    void theStrainHazardIsConstantAtSlopeZeroAndACliffWhenSteep() {
        Parameters flat = BASELINE.with("mentors.strainSlope", 0.0);
        for (double s = 0; s < 3; s += 0.25) {
            assertEquals(flat.mentors().strainHazardAtReference(), MentorExitRule.hazard(flat.mentors(), s), 1e-12);
        }
        Parameters steep = BASELINE.with("mentors.strainSlope", 99.0).with("mentors.strainHazardAtReference", 0.5);
        assertTrue(MentorExitRule.hazard(steep.mentors(), 0.9) < 1e-4 && MentorExitRule.hazard(steep.mentors(), 1.1) > 1 - 1e-4,
                "the first model's threshold as the limit of a steep slope");
        Parameters cliff = BASELINE.with("mentors.strainSlope", 100.0);
        double reference = cliff.mentors().strainReference();
        assertEquals(0.0, MentorExitRule.hazard(cliff.mentors(), reference), "at the maximum slope the cliff itself: none at the reference");
        assertEquals(1.0, MentorExitRule.hazard(cliff.mentors(), Math.nextUp(reference)), "and certain just above it");
        assertTrue(MentorExitRule.hazard(BASELINE.mentors(), 0.3) < MentorExitRule.hazard(BASELINE.mentors(), 0.6),
                "the hazard rises with strain");
    }

    @Test
    void atSlopeZeroStrainEventsNoLongerFollowStrain() {
        Parameters flat = BASELINE.with("mentors.strainSlope", 0.0).with("mentors.strainHazardAtReference", 0.002);
        Run[] steep = runs(BASELINE.with("mentors.strainHazardAtReference", 0.002).with("mentors.strainReference", 0.3));
        Run[] constant = runs(flat);
        // With a constant hazard, the busiest mentors' share of strain events falls to about their share of mentoring weeks.
        assertHigherInB(paired("burnout share of the busiest 10 %, strain-driven minus constant hazard", constant, steep,
                r -> burnoutsOfTheBusiest(r.model()) / Math.max(1, r.outcomes().burnoutEpisodes())));
    }

    /**
     * A check of the rule's implementation, not an emergent outcome: the departures per mentor-year
     * in role are the hazard that {@code mentors.turnoverPerYear} sets (the SSB rate, P10, read
     * back as -ln(1 - q) within 20 %), and 0 switches turnover off (the neutral setting). It
     * catches a departure week drawn with the wrong chance or counted against the wrong exposure;
     * that turnover does not follow strain is {@link #ordinaryTurnoverPerMentorYearIsTheSameWhenStrainRises}'s.
     */
    @Test
    void ordinaryTurnoverFollowsTheYearlyRateAndZeroSwitchesItOff() {
        Run[] none = runs(BASELINE.with("mentors.turnoverPerYear", 0.0));
        for (Run r : none) {
            assertEquals(0, r.outcomes().mentorsLeft());
        }
        double left = 0;
        double years = 0;
        for (Run r : runs(BASELINE)) {
            left += r.outcomes().mentorsLeft();
            years += r.outcomes().mentorYears();
        }
        double perYear = left / years;
        double expected = -Math.log(1 - BASELINE.mentors().turnoverPerYear());
        assertEquals(expected, perYear, 0.2 * expected, "departures per mentor-year in role, against the SSB rate");
    }

    /**
     * Margin of the equivalence criterion of ordinary turnover: a share of the baseline's mean
     * rate. Assumed, not sourced: a tenth of the rate is taken as the smallest change that would
     * matter for the mentor pool, and at 40 pairs the 95 % interval's half-width (0.0033 to 0.0039
     * a mentor-year in the runs shown below) is about a third of the margin (0.0097 to 0.0102), so the test has room to pass
     * when turnover does not follow strain and still fails on a moderate link (see the test).
     */
    static final double TURNOVER_MARGIN = 0.10;

    /**
     * Issue 15: "ordinary mentor turnover (job change, retirement), independent of strain". Twice
     * the strain per unit of load ({@code mentors.strainPerLoad} x 2) must raise mean strain and the
     * strain-driven ways out (step-backs plus burnouts, i.e. sick leaves and quits; the premise,
     * paired t >= 3), while ordinary departures per mentor-year in role stay the same: the 95 %
     * confidence interval of the paired difference lies within +/- {@link #TURNOVER_MARGIN} of the
     * baseline arm's mean (an equivalence criterion). The exposure is {@link RunOutcomes#mentorYears}:
     * each mentor's weeks from recruitment to quitting, leaving or the horizon, the weeks a mentor
     * is at risk of turnover (a mentor on leave or stepped back can still leave the workplace; one
     * who quit cannot). The count of departures is printed, not asserted: more quits from strain
     * leave fewer mentors at risk, and the replacements recruited add new ones.
     *
     * <p>It fails on a broken variant (a scratch edit of {@link StrainRule#apply}, run once, not
     * kept) that adds to the drawn departure a weekly turnover hazard q x k x strain /
     * strainReference for mentors in role: at k = 1 the rate rises by 0.0074 a mentor-year (CI
     * +0.0035 to +0.0112 against a margin of 0.0102) although the count of departures does not
     * (18.1 -> 18.4 a run, t 0.8, since exposure falls); at k = 5 by 0.0352 (t 8.1). What it
     * catches: at k = 1 the point estimate lies inside the margin and the test fails only by the
     * interval's upper end, so with other seeds it would pass about three times in ten (the
     * estimate must exceed the margin less the half-width, about 0.0064, with a standard error
     * near 0.0019); a link of roughly k >= 1.4 (a rate rise of about 0.010 a mentor-year) fails
     * nearly always at 40 pairs. These are estimates from the two variant runs, assuming the rise
     * is linear in k; a weaker link passes. Figures of the shipped model: docs/validation.md,
     * "Where the tests of issues 14 and 15 live".
     */
    @Test
    void ordinaryTurnoverPerMentorYearIsTheSameWhenStrainRises() {
        Parameters strained = BASELINE.with("mentors.strainPerLoad", 2 * BASELINE.mentors().strainPerLoad());
        Run[] base = runs(BASELINE);
        Run[] more = runs(strained);
        assertHigherInB(paired("mean strain, strainPerLoad x2 minus baseline", base, more, r -> r.outcomes().meanStrain()));
        assertHigherInB(paired("strain-driven exits (step-backs + burnouts)", base, more,
                r -> r.outcomes().strainStepBacks() + r.outcomes().burnoutEpisodes()));
        System.out.println("Model2MentorTest " + paired("ordinary departures a run (count, not asserted)", base, more,
                r -> r.outcomes().mentorsLeft()));
        System.out.println("Model2MentorTest " + paired("mentor-years in role a run", base, more, r -> r.outcomes().mentorYears()));
        ToDoubleFunction<Run> perYear = r -> r.outcomes().mentorsLeft() / r.outcomes().mentorYears();
        Paired rate = paired("ordinary departures per mentor-year in role", base, more, perYear);
        Estimates.Paired interval = Estimates.paired(values(base, perYear), values(more, perYear));
        double margin = TURNOVER_MARGIN * rate.meanA();
        String verdict = String.format(Locale.ROOT, "%s; 95 %% CI %+.4f to %+.4f, margin +/- %.4f", rate,
                interval.low(), interval.high(), margin);
        System.out.println("Model2MentorTest " + verdict);
        assertTrue(interval.n() >= 30 && -margin <= interval.low() && interval.high() <= margin, verdict);
    }

    // ---- employer-allotted time ------------------------------------------------------------------

    @Test
    void allottedTimeBuffersStrainAndUnlimitedTimeIsNeutral() {
        Run[] none = runs(BASELINE.with("mentors.allottedHoursPerWeek", 0.0));
        Run[] allotted = runs(BASELINE.with("mentors.allottedHoursPerWeek", 2.0));
        assertHigherInB(paired("burnout episodes (no allotted time minus 2 h)", allotted, none, r -> r.outcomes().burnoutEpisodes()));
        Run unlimited = run(BASELINE.with("mentors.allottedHoursPerWeek", 168.0), 3);
        Run noWeight = run(BASELINE.with("mentors.unallottedStrainWeight", 0.0), 3);
        assertEquals(unlimited.outcomes(), noWeight.outcomes(), "both neutral settings give the strain of the first model");
    }

    // ---- the working-life centre ------------------------------------------------------------------

    @Test
    void ownFollowUpCyclesLeaveNoSawToothInMeanStrain() {
        Run[] shared = runs(BASELINE.with("training.followUpCycle", "shared"));
        Run[] own = runs(BASELINE.with("training.followUpCycle", "own"));
        Paired p = paired("4-week periodic amplitude of weekly mean strain (own minus shared, negated)", own, shared,
                r -> StrainSawTooth.periodicAmplitude(r.weekly(), 4, BASELINE.project().endWeek()));
        assertHigherInB(p);
        // The first model's cycle staggers later recruits by their ordinal, so its saw-tooth is not a
        // whole pool's; own cycles leave about a quarter of it (0.065 against 0.26), within noise.
        assertTrue(p.meanA() < p.meanB() / 3, "the own cycles' periodic component is small against the shared one: " + p);
        int offCycle = 0;
        for (WeeklyRow row : shared[0].weekly()) {
            offCycle += row.week() % 4 == 0 ? 0 : row.followUpContacts();
        }
        int total = shared[0].weekly().stream().mapToInt(WeeklyRow::followUpContacts).sum();
        assertTrue(offCycle < 0.5 * total, "shared: most contacts in weeks divisible by 4 (the first mentors of all workplaces): "
                + offCycle + " of " + total);
    }

    /**
     * Issue 15: follow-up targeted at the most strained mentors lowers burnout episodes against
     * equal follow-up (paired t >= {@link #REQUIRED_T}) at the same number of contacts (within
     * 5 %). Broken variant (a scratch edit of {@link WorkingLifeCentre#planFollowUp}, run once, not
     * kept): the week's contacts go to the mentors with mentees of lowest id, strain ignored, at
     * the same budget; burnout episodes are then 8.93 a run against equal follow-up's 6.38 (t -5.2),
     * and the test fails. Figures of the shipped model: docs/validation.md.
     */
    @Test
    void targetedFollowUpLowersBurnoutsAtTheSameContacts() {
        Run[] equal = runs(BASELINE.with("training.followUpTargeting", "equal"));
        Run[] targeted = runs(BASELINE.with("training.followUpTargeting", "targeted"));
        assertHigherInB(paired("burnout episodes (targeted minus equal, negated)", targeted, equal, r -> r.outcomes().burnoutEpisodes()));
        Paired contacts = paired("follow-up contacts", equal, targeted, r -> r.model().views().totalTally().followUpContacts());
        System.out.println("Model2MentorTest " + contacts);
        assertEquals(0.0, contacts.meanDifference() / contacts.meanA(), 0.05, "the same contacts within 5 %: " + contacts);
    }

    // ---- natural support (Model 2 part 1) and mentors who leave -----------------------------------

    @Test
    void naturalSupportEndsWhenItsMentorQuitsOrLeavesTheWorkplace() {
        Parameters p = Parameters.defaults().with("users.initialCaseload", 200).with("workplaces.count", 200)
                .with("mentors.subsidisedWeeks", 4).with("mentors.turnoverPerYear", 0.5);
        InclusionModel model = new InclusionModel(7, p);
        model.start();
        int endedThisWeek = 0;
        for (int w = 0; w < 156; w++) {
            model.schedule.step(model);
            for (int u = 0; u < model.users.size(); u++) {
                int m = model.users.naturalMentor.get(u);
                if (m >= 0 && !model.mentors.state(m).inRole()) {
                    int gone = Math.max(model.mentors.leftWeek.get(m), model.mentors.quitWeek.get(m));
                    assertEquals(model.week(), gone, "user " + u + " still has natural support from mentor " + m + ", gone in week " + gone);
                    endedThisWeek++;
                }
            }
        }
        assertTrue(endedThisWeek > 0, "some natural mentors left the role during the run");
    }

    // ---- network attendance ---------------------------------------------------------------------

    @Test
    void networkAttendanceDeclinesWithLowCrossSectorRelevanceAndLessSoWithFacilitation() {
        Parameters low = BASELINE.with("network.crossSectorRelevance", 0.2);
        Run[] relevant = runs(BASELINE.with("network.crossSectorRelevance", 1.0));
        Run[] unfacilitated = runs(low.with("network.facilitation", 0.0));
        Run[] facilitated = runs(low.with("network.facilitation", 0.8));
        assertHigherInB(paired("attendance (low relevance minus all relevant, negated)", unfacilitated, relevant,
                r -> r.outcomes().networkAttendanceShare()));
        assertHigherInB(paired("attendance, facilitated minus not", unfacilitated, facilitated, r -> r.outcomes().networkAttendanceShare()));
        assertHigherInB(paired("attendance decline, first two years minus the last year", relevant, unfacilitated,
                r -> attendance(r.weekly(), 0, 104) - attendance(r.weekly(), 208, WEEKS)));
        Run[] oneSector = runs(BASELINE.with("workplaces.sectors", 1));
        assertHigherInB(paired("attendance, one sector minus five (groups of more different firms)", runs(BASELINE), oneSector,
                r -> r.outcomes().networkAttendanceShare()));
    }

    /**
     * Issue 15: "network attendance declines faster in groups of more different firms". The
     * decline is attendance in the networks' first half-year minus attendance in the project's
     * last year (weeks 104 to 155, before the end of funding changes facilitation); it must be
     * larger with five sectors (the baseline) than with two (paired t >= 3), both of which adapt,
     * and larger with two than with one, the neutral setting under which attendance does not fall.
     */
    @Test
    void networkAttendanceDeclinesFasterInGroupsOfMoreDifferentFirms() {
        Run[] one = runs(BASELINE.with("workplaces.sectors", 1));
        Run[] two = runs(BASELINE.with("workplaces.sectors", 2));
        Run[] five = runs(BASELINE);
        assertEquals(5, BASELINE.workplaces().sectors(), "the baseline's five sectors");
        ToDoubleFunction<Run> decline = r -> attendance(r.weekly(), 0, 26) - attendance(r.weekly(), 104, 156);
        assertHigherInB(paired("attendance decline, first half-year minus the project's last year, two sectors -> five", two, five, decline));
        assertHigherInB(paired("attendance decline, first half-year minus the project's last year, one sector -> two", one, two, decline));
    }

    private static double attendance(List<WeeklyRow> weekly, int from, int to) {
        double attendees = 0;
        double invited = 0;
        for (WeeklyRow row : weekly.subList(from, to)) {
            attendees += row.networkAttendees();
            invited += row.networkInvited();
        }
        return attendees / invited;
    }

    @Test
    void fullRelevanceNoAdaptationAndOneSectorAreEachNeutral() {
        RunOutcomes relevant = run(BASELINE.with("network.crossSectorRelevance", 1.0), 5).outcomes();
        assertEquals(relevant, run(BASELINE.with("network.attendanceAdaptation", 0.0), 5).outcomes());
        assertEquals(relevant, run(BASELINE.with("workplaces.sectors", 1), 5).outcomes());
        Run r = run(BASELINE.with("network.crossSectorRelevance", 1.0), 5);
        assertTrue(r.model().views().mentors().stream().allMatch(m -> m.attendancePropensity() == 1.0), "propensity stays 1");
    }
}
