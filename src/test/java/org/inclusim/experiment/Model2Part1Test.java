package org.inclusim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.inclusim.model.CalibratedBaseline;
import org.inclusim.model.Route;
import org.inclusim.model.Stage;
import org.inclusim.model.Transition;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.observe.WeeklyRow;
import org.junit.jupiter.api.Test;

/**
 * The mechanisms of Model 2, part 1 (issue 14; docs/ODD.md 7.2, 7.5-7.14) move emergent outcomes in
 * the documented direction on the calibrated baseline (scenarios/baseline.yaml, at three times
 * its office size for power). Every comparison runs {@link #PAIRS} replicates (more where a test
 * says so) of two parameter sets with common random numbers (replicate r of both arms shares its seed) and requires the
 * paired t statistic of the differences to be at least {@link PairedRuns#T_CRITERION} in the
 * expected direction. Fixed seeds make the tests deterministic.
 */
class Model2Part1Test {
    static final int PAIRS = 40;
    static final int HOURS_PAIRS = 160;
    static final int SUBSIDY_PAIRS = 320;
    static final int DIRECT_PAIRS = 800;
    /**
     * Close follow-up's direct job-opening rate at the median of the calibration's 337 accepted
     * sets (scenarios/calibration/calibrated.accepted.csv of the refit, unweighted; the fit: 0.030).
     * Before the refit the fit was at its floor, 0.005, and the median 0.017.
     */
    static final double JOB_DEVELOPMENT = 0.047;
    static final int WEEKS = 260;
    /** Weeks each run of the time-limited programme test lasts: three years. */
    static final int PROGRAMME_RUN_WEEKS = 156;
    /** Weeks the time-limited close programme lasts. */
    static final int PROGRAMME_END = 26;
    static final Parameters BASE = CalibratedBaseline.scaled(3);

    private static List<PairedRuns.Run> runs(Parameters p) {
        return PairedRuns.runs(p, PAIRS, WEEKS);
    }

    /**
     * Direct hiring alone, {@link #DIRECT_PAIRS} pairs. The arms differ only in the direct route
     * (search.standardJobRatePerWeek and search.closeJobRatePerWeek); early hires within
     * placements stay on in every arm. (1) The calibrated baseline (job development 0.030 a week)
     * against the same with direct job openings switched off: the wait for the first job among
     * those hired falls by 0.62 weeks (39.38 to 38.76, t -13.5). (2) The baseline against job
     * development at {@link #JOB_DEVELOPMENT} a week, the median of the refit's accepted sets
     * (scenarios/calibration/calibrated.accepted.csv), so that neither arm is without direct hires
     * by construction: the share of hires made without a placement rises (0.089 to 0.123, t 72.6)
     * and the wait falls by another 0.24 weeks (t -5.8). Until the refit this arm compared 0.017
     * (then the median) with the fit's floor 0.005; against the refit's 0.030 it had less job
     * development than the baseline, and the wait rose (+0.15 weeks, t 3.6). With unequal users
     * the wait among those hired also depends on who is hired (more openings reach less
     * employable users, later); it still falls here. Figures: docs/validation.md, "Where the
     * tests of issues 14 and 15 live".
     */
    @Test
    void directHiringShortensTheWaitForAFirstJobAndHiresWithoutPlacements() {
        List<PairedRuns.Run> noDirect = PairedRuns.outcomes(BASE.with("search.standardJobRatePerWeek", 0.0)
                .with("search.closeJobRatePerWeek", 0.0), DIRECT_PAIRS, WEEKS);
        List<PairedRuns.Run> baseline = PairedRuns.outcomes(BASE, DIRECT_PAIRS, WEEKS);
        List<PairedRuns.Run> moreJobDevelopment = PairedRuns.outcomes(BASE.with("search.closeJobRatePerWeek", JOB_DEVELOPMENT),
                DIRECT_PAIRS, WEEKS);
        assertTrue(noDirect.stream().allMatch(r -> r.outcomes().hiresDirect() == 0 && r.outcomes().hiresEarly() > 0),
                "without direct openings no direct hires, and early hires kept");
        var wait = PairedRuns.compare("weeks from referral to first job, direct route on against off", noDirect, baseline,
                r -> r.outcomes().meanWeeksToFirstJob());
        var waitMore = PairedRuns.compare("weeks from referral to first job, job development " + JOB_DEVELOPMENT + " against the fit's "
                + BASE.search().closeJobRatePerWeek(),
                baseline, moreJobDevelopment, r -> r.outcomes().meanWeeksToFirstJob());
        var share = PairedRuns.compare("share of hires without a placement, job development " + JOB_DEVELOPMENT + " against the fit's "
                + BASE.search().closeJobRatePerWeek(),
                baseline, moreJobDevelopment, r -> r.outcomes().directHireShare());
        System.out.println("Model2Part1Test " + wait + "; " + waitMore + "; " + share);
        assertTrue(wait.lowerInB(), wait.toString());
        assertTrue(waitMore.lowerInB(), waitMore.toString());
        assertTrue(share.higherInB(), share.toString());
    }

    /**
     * Issue 14: "a time-limited close programme loses its advantage over standard follow-up after
     * its end, relative to an unlimited one". A cohort of 180 users (no referrals) in standard
     * follow-up, an unlimited close programme or a 26-week one. The advantage of a programme is
     * its mean number employed minus standard follow-up's, replicate by replicate (common random
     * numbers). Over the window after the end, from the first half-year after it (weeks 26 to 51,
     * where placements begun in the programme still end in hires) to the third year (weeks 104 to
     * 155), the limited programme's advantage must shrink (paired t <= -3) while the unlimited
     * one's grows (t >= 3), so the limited one's change is below the unlimited one's (t <= -3).
     */
    @Test
    void aTimeLimitedCloseProgrammeLosesItsAdvantageAfterItEnds() {
        ProgrammeArms arms = programmeArms();
        assertTheProgrammesAreOneRunUntilTheEnd(arms);
        var advantageUnlimited = PairedRuns.compare("employed after week 52, unlimited against standard", arms.standard(),
                arms.unlimited(), r -> meanEmployed(r, 52, PROGRAMME_RUN_WEEKS));
        var advantageLimited = PairedRuns.compare("employed after week 52, limited against unlimited", arms.unlimited(),
                arms.limited(), r -> meanEmployed(r, 52, PROGRAMME_RUN_WEEKS));
        var programmeEnds = PairedRuns.compare("close programme ends", arms.unlimited(), arms.limited(),
                r -> r.outcomes().closeProgrammeEnds());
        var limitedShrinks = changeOfAdvantage("limited", arms.standard(), arms.limited());
        var unlimitedKeeps = changeOfAdvantage("unlimited", arms.standard(), arms.unlimited());
        var relative = changeOfAdvantage("limited against unlimited", arms.unlimited(), arms.limited());
        printAdvantagesByWindow(arms);
        System.out.println("Model2Part1Test " + limitedShrinks + "; " + unlimitedKeeps + "; " + relative);
        assertTrue(advantageUnlimited.higherInB(), advantageUnlimited.toString());
        assertTrue(advantageLimited.lowerInB(), advantageLimited.toString());
        // a precondition, not a finding: only the limited arm has a programme that can end, so this checks that it did
        assertTrue(programmeEnds.higherInB(), programmeEnds.toString());
        assertTrue(limitedShrinks.lowerInB(), limitedShrinks.toString());
        assertTrue(unlimitedKeeps.higherInB(), unlimitedKeeps.toString());
        assertTrue(relative.lowerInB(), relative.toString());
    }

    /** The programme test's three arms, {@link #PAIRS} replicates each with common random numbers. */
    private record ProgrammeArms(List<PairedRuns.Run> standard, List<PairedRuns.Run> unlimited, List<PairedRuns.Run> limited) {
    }

    /** A cohort of 180 users (no referrals) in standard follow-up, an unlimited close programme and a 26-week one. */
    private static ProgrammeArms programmeArms() {
        Parameters cohort = BASE.with("users.referralsPerWeek", 0.0).with("users.initialCaseload", 180);
        List<PairedRuns.Run> standard = PairedRuns.runs(cohort.with("advisers.closeCasesPerAdviser", 0), PAIRS, PROGRAMME_RUN_WEEKS);
        Parameters close = cohort.with("advisers.closeCasesPerAdviser", 1000);
        List<PairedRuns.Run> unlimited = PairedRuns.runs(close, PAIRS, PROGRAMME_RUN_WEEKS);
        List<PairedRuns.Run> limited = PairedRuns.runs(close.with("advisers.closeProgrammeWeeks", PROGRAMME_END), PAIRS,
                PROGRAMME_RUN_WEEKS);
        return new ProgrammeArms(standard, unlimited, limited);
    }

    private static void assertTheProgrammesAreOneRunUntilTheEnd(ProgrammeArms arms) {
        for (int r = 0; r < PAIRS; r++) {
            assertEquals(arms.unlimited().get(r).weeks().subList(0, PROGRAMME_END),
                    arms.limited().get(r).weeks().subList(0, PROGRAMME_END), "the two programmes are the same run until the limited one ends (replicate " + r + ")");
        }
    }

    /**
     * The change of b's advantage over a (mean employed, replicate by replicate) from the first
     * half-year after the limited programme's end (weeks 26 to 51) to the third year (weeks 104 to 155).
     */
    private static PairedRuns.Comparison changeOfAdvantage(String arms, List<PairedRuns.Run> a, List<PairedRuns.Run> b) {
        ToDoubleFunction<PairedRuns.Run> thirdYearMinusFirstHalfYearAfterEnd = r -> meanEmployed(r, 104, PROGRAMME_RUN_WEEKS)
                - meanEmployed(r, PROGRAMME_END, 52);
        return PairedRuns.compare("change of the advantage over standard follow-up, weeks 26-51 to 104-155, " + arms, a, b,
                thirdYearMinusFirstHalfYearAfterEnd);
    }

    /** Prints each programme's advantage over standard follow-up in the two windows (for docs/validation.md). */
    private static void printAdvantagesByWindow(ProgrammeArms arms) {
        for (int[] window : new int[][] {{PROGRAMME_END, 52}, {104, PROGRAMME_RUN_WEEKS}}) {
            for (var programme : List.of(arms.limited(), arms.unlimited())) {
                System.out.println("Model2Part1Test advantage over standard follow-up, weeks " + window[0] + "-" + (window[1] - 1) + ", "
                        + (programme == arms.limited() ? "limited: " : "unlimited: ")
                        + PairedRuns.compare("employed", arms.standard(), programme, r -> meanEmployed(r, window[0], window[1])));
            }
        }
    }

    /** Weeks after a hire at which a mentor's cliff stops the support (the first model's). */
    static final int MENTOR_CLIFF_WEEKS = 26;

    /**
     * Pairs of the tapering test. The asserted difference is about one standard deviation of its
     * paired differences (+1.5 points, sd 1.5), so 40 pairs would give t about 6.5; 200 pairs
     * (three arms, about 4 s) also resolve the printed, unasserted contrast with full support
     * (its 52-week difference, and its 104-week difference to within +-0.3 points).
     */
    static final int TAPER_PAIRS = 200;

    /**
     * The lasting part of tapering mentor support (a mechanism check, not issue 14's policy
     * comparison): the shipped taper (effort b + (1 - b) exp(-t / 26) in week t of the job,
     * b = mentors.backgroundShare 0.25, for as long as the job and the mentor last) against the
     * same taper stopped at week {@value #MENTOR_CLIFF_WEEKS} of the job
     * (mentors.followWeeksAfterHire {@value #MENTOR_CLIFF_WEEKS}, everything else the shipped
     * fit). The arms differ only in whether the mentor goes on from week 26 of a job
     * (EmploymentRule.endSupport), so support before it is the same and only its lasting differs.
     * Asserted: more first jobs held 104 weeks in the lasting arm (paired t >= 3),
     * {@link #TAPER_PAIRS} pairs: +1.53 points, 0.163 to 0.178, t 14.5 (at 52 weeks +1.48,
     * t 14.4, printed). The lasting arm makes fewer hires (-7.4 of 355 a run), so the two
     * retention shares are of somewhat different cohorts of first jobs.
     *
     * <p>Issue 14 as worded ("lasting, tapering mentor support raises 104-week job retention
     * relative to the cliff", the cliff being the first model's: taperWeeks 0, full effort until
     * week 26, then none) is a miss at the calibrated fit, printed, not asserted: the lasting
     * taper keeps the same share of first jobs at two years (-0.14 points, t -1.0) and less at
     * one year (-0.98 points, t -6.3). The full cliff gives more support in the first half-year
     * as well as none later, and the targets ask for quitting that falls steeply with tenure
     * (0.081 a week), so quitting is concentrated early, where the full cliff supports more.
     *
     * <p>It fails when mentor support has no effect on job survival, i.e. with both channels
     * from support to the job-loss hazards off: jobs.quitSupportEffect 0 (support lowers
     * quitting) and jobs.firedFitEffect 0 (support raises fit on the job, SupportRule.train,
     * and fit lowers firing): -0.01 points, t -1.3, with 104-week retention 0.016 in both arms;
     * with the base hazards lowered as well, so that retention is above the baseline's
     * (jobs.quitHazardPerWeek 0.05, jobs.firedHazardPerWeek 0.002: 0.220), it fails too (-0.02
     * points, t -0.7), so the failure is not a floor (both checked). One channel is not enough:
     * with jobs.quitSupportEffect 0 alone the lasting taper still keeps more (+0.25 points,
     * t 6.0) through fit. Figures: docs/validation.md, "Where the tests of issues 14 and 15 live".
     */
    @Test
    void mentorSupportThatLastsKeepsMoreFirstJobsForTwoYearsThanTheSameTaperStopped() {
        List<PairedRuns.Run> lasting = PairedRuns.outcomes(BASE, TAPER_PAIRS, WEEKS);
        List<PairedRuns.Run> stopped = PairedRuns.outcomes(BASE.with("mentors.followWeeksAfterHire", MENTOR_CLIFF_WEEKS),
                TAPER_PAIRS, WEEKS);
        List<PairedRuns.Run> fullCliff = PairedRuns.outcomes(BASE.with("mentors.taperWeeks", 0.0)
                .with("mentors.followWeeksAfterHire", MENTOR_CLIFF_WEEKS), TAPER_PAIRS, WEEKS);
        var twoYears = PairedRuns.compare("104-week retention of first jobs, the taper stopped at week " + MENTOR_CLIFF_WEEKS
                + " against the lasting taper", stopped, lasting, r -> r.outcomes().retention_104w());
        var oneYear = PairedRuns.compare("52-week retention, the same arms", stopped, lasting, r -> r.outcomes().retention_52w());
        var fullTwoYears = PairedRuns.compare("104-week retention of first jobs, full support until week " + MENTOR_CLIFF_WEEKS
                + " against the lasting taper (issue 14 as worded; not asserted)", fullCliff, lasting, r -> r.outcomes().retention_104w());
        var fullOneYear = PairedRuns.compare("52-week retention, the same arms (not asserted)", fullCliff, lasting,
                r -> r.outcomes().retention_52w());
        System.out.println("Model2Part1Test " + twoYears + "; " + oneYear + "; " + fullTwoYears + "; " + fullOneYear);
        assertTrue(twoYears.higherInB(), twoYears.toString());
    }

    /**
     * {@link #HOURS_PAIRS} pairs: reuse of success (issue 15) makes where placements go depend on
     * earlier hires, which widens the paired spread of hires. Close cases keep all their hours
     * (AdviserTimeBudgetTest), so standard follow-up thins first: standard hires fall, and close
     * hires are kept (within {@link #CLOSE_HIRES_KEPT_MARGIN} of them). Close hires are kept since
     * co-working learning does not depend on the hours given to it and the calibrated baseline has
     * no true state dependence (search.durationDeclinePerWeek 0): close slots are refilled from
     * the adviser's standard cases that are seeking, which with standard follow-up thinned have
     * been out of work longer when promoted, and only duration dependence would lower their
     * openings for that. The point, that standard follow-up thins first, is asserted as a
     * paired contrast: close hires fall by less than half the share standard hires fall by. Run of
     * 2026-12-04 (168 against 6 hours a week): standard hires -6.0 of 165.8 (t -8.95), close hires
     * -0.31 of 180.4 (95 % CI -0.71 % to +0.37 %), contrast t 4.45. Broken variant, checked once:
     * with standard cases needing no hours (advisers.standardHoursPerWeek 0, so thinning has nothing
     * to thin) standard hires do not move (165.8 in both arms, t 0), so the test fails.
     */
    @Test
    void fewerAdviserHoursThinStandardFollowUpFirst() {
        List<PairedRuns.Run> ample = PairedRuns.outcomes(BASE.with("advisers.hoursPerWeek", 168.0), HOURS_PAIRS, WEEKS);
        List<PairedRuns.Run> tight = PairedRuns.outcomes(BASE.with("advisers.hoursPerWeek", 6.0), HOURS_PAIRS, WEEKS);
        var unmet = PairedRuns.compare("unmet adviser hours", ample, tight, r -> r.outcomes().adviserHoursUnmet());
        assertTrue(unmet.higherInB(), unmet.toString());
        var contrast = assertStandardThinsFirst(ample, tight, 2.0);
        var close = PairedRuns.compare("hires of close cases", ample, tight, r -> r.outcomes().hiresClose());
        var standard = PairedRuns.compare("hires of standard cases", ample, tight, r -> r.outcomes().hires() - r.outcomes().hiresClose());
        System.out.println("Model2Part1Test " + unmet + "; " + standard + "; " + close + "; " + contrast);
        assertTrue(close.sameWithin(CLOSE_HIRES_KEPT_MARGIN),
                "close hires kept within " + Math.round(100 * CLOSE_HIRES_KEPT_MARGIN) + " %: " + close);
    }

    /**
     * Margin within which close hires count as kept: 1 % of them. With duration dependence
     * (search.durationDeclinePerWeek above 0) close hires do fall, by about 1.5 % at 0.063 a week
     * (the previous fit), since close slots are refilled from standard cases out of work longer;
     * the calibrated baseline has none.
     */
    static final double CLOSE_HIRES_KEPT_MARGIN = 0.01;

    /**
     * Standard follow-up thins first: standard hires fall (t <= -3), and close hires fall by less
     * than {@code 1 / factor} of the share standard hires fall by, as a paired contrast: per pair
     * (close hires' change / close hires of A) - (standard hires' change / standard hires of A) /
     * factor, which must be positive with t >= 3. Returns that contrast.
     */
    static PairedRuns.Comparison assertStandardThinsFirst(List<PairedRuns.Run> ample, List<PairedRuns.Run> tight, double factor) {
        var standard = PairedRuns.compare("hires of standard cases", ample, tight,
                r -> r.outcomes().hires() - r.outcomes().hiresClose());
        var close = PairedRuns.compare("hires of close cases", ample, tight, r -> r.outcomes().hiresClose());
        assertTrue(standard.lowerInB(), standard.toString());
        var contrast = PairedRuns.compare("close hires' relative change minus standard hires' / " + factor, ample, tight,
                r -> r.outcomes().hiresClose() / close.meanA()
                        - (r.outcomes().hires() - r.outcomes().hiresClose()) / standard.meanA() / factor);
        assertTrue(contrast.higherInB(), "close hires fall by less than 1/" + factor + " of the share standard hires fall by: "
                + contrast + "; " + close + "; " + standard);
        return contrast;
    }

    /**
     * Quits per 100 job-weeks fall when job specialists weigh more options (better matches) and
     * when no job has short hours (2026-12-04: -0.53 of 1.55, t -30.1; -0.10 of 1.32, t -7.4).
     * Broken variants, checked once (2026-12-04, 40 pairs): without the
     * match's effect on quitting (jobs.quitMatchEffect 0) the match arm gives -0.010, t -0.58; with
     * short hours quit no more (jobs.shortHoursQuitFactor 1) the hours arm gives 0, t 0: both fail.
     */
    @Test
    void betterMatchedJobsAndLongerHoursAreQuitLess() {
        Parameters allClose = BASE.with("advisers.closeCasesPerAdviser", 1000);
        var match = PairedRuns.compare("quits per 100 job-weeks, job specialists weighing 4 more options",
                runs(allClose.with("search.closeMatchDraws", 0)), runs(allClose.with("search.closeMatchDraws", 4)),
                Model2Part1Test::quitsPerHundredJobWeeks);
        var hours = PairedRuns.compare("quits per 100 job-weeks, no short-hours jobs",
                runs(BASE), runs(BASE.with("jobs.shortHoursShare", 0.0)), Model2Part1Test::quitsPerHundredJobWeeks);
        System.out.println("Model2Part1Test " + match + "; " + hours);
        assertTrue(match.lowerInB(), match.toString());
        assertTrue(hours.lowerInB(), hours.toString());
    }

    /**
     * Job endings in job weeks 13-25 rise when the subsidy ends at week 13 rather than 39, since
     * its relief of the employer's threshold goes with it (2026-12-04: +1.19 of 55.08, t 6.1).
     * Broken variant, checked once
     * (2026-12-04, 320 pairs): without that relief (subsidy.thresholdReliefPerRate 0) the arms are
     * identical (53.95 endings in both, t 0), so the test fails.
     */
    @Test
    void theEndOfAWageSubsidyRaisesJobEndingsInTheWeeksAfterIt() {
        Parameters p = BASE.with("subsidy.secondWeeks", 0).with("subsidy.offerShare", 1.0);
        var endings = PairedRuns.compare("job endings in job weeks 13-25, subsidy ending at week 39 against week 13",
                PairedRuns.runs(p.with("subsidy.firstWeeks", 39), SUBSIDY_PAIRS, WEEKS),
                PairedRuns.runs(p.with("subsidy.firstWeeks", 13), SUBSIDY_PAIRS, WEEKS),
                r -> jobEndingsInTenure(r, 13, 26));
        System.out.println("Model2Part1Test " + endings);
        assertTrue(endings.higherInB(), endings.toString());
    }

    /** placement.lockInSearchFactor of the comparison arm: no lock-in, a placed user gets direct openings as a seeking one does. */
    static final double NO_LOCK_IN = 1.0;

    /**
     * Pairs of the lock-in test: its cost in all hires is about a quarter of a standard deviation
     * of its paired differences (-3.8 hires, sd 9.4), so 40 pairs give t about -2.6.
     */
    static final int LOCK_IN_PAIRS = 160;

    /**
     * Issue 14: "time in an unpaid placement has a cost (less job search while in it: the lock-in
     * effect)". The shipped lock-in (placement.lockInSearchFactor 0.3, PlacementRule.searchesAway)
     * against none ({@value #NO_LOCK_IN}), {@link #LOCK_IN_PAIRS} pairs, everything else the
     * shipped fit. Asserted (paired t <= -3 each): with lock-in, fewer direct hires of users who
     * were in work training when the opening came (hires elsewhere out of a placement, read from
     * the events: 36.78 -> 12.82 a run, t -56.8), and fewer hires in all (350.0 -> 346.2, t -5.1).
     * The first is a check of the mechanism, close to reading the parameter back (the ratio 0.35
     * is near the factor 0.3); the second is the emergent outcome: the openings a placed user
     * misses are not all made up by hires in the placement, at its end or after it. Printed, not asserted: the wait from referral to the first job among those hired
     * rises by 0.34 weeks (38.48 -> 38.82, t 3.4), and employment at the horizon does not move
     * (0.3488 in both, t 0.02): at this office size the lock-in's cost is a later and smaller flow
     * into work, not fewer in work after five years. At the office's own size (100 pairs, the same
     * seeds, a scratch run) employment at the horizon is 1.05 points lower (t -3.0) and all hires
     * 1.91 fewer (t -3.7), so the cost at the horizon depends on the office's size and is not
     * asserted. Broken variant, checked once: PlacementRule with the factor
     * ignored (a placed user searches as a seeking one at any setting) makes the arms identical
     * (36.78 direct hires out of placements in both, t 0), and the test fails. Figures:
     * docs/validation.md, "Where the tests of issues 14 and 15 live".
     */
    @Test
    void lockInLowersTheHiresElsewhereOfUsersInWorkTrainingAndHiresInAll() {
        List<PairedRuns.Run> none = PairedRuns.runs(BASE.with("placement.lockInSearchFactor", NO_LOCK_IN), LOCK_IN_PAIRS, WEEKS);
        List<PairedRuns.Run> shipped = PairedRuns.runs(BASE, LOCK_IN_PAIRS, WEEKS);
        var away = PairedRuns.compare("direct hires of users in work training, shipped lock-in against none", none, shipped,
                Model2Part1Test::directHiresOutOfPlacements);
        var all = PairedRuns.compare("all hires, the same arms", none, shipped, r -> r.outcomes().hires());
        var wait = PairedRuns.compare("weeks from referral to first job among those hired, the same arms (not asserted)", none, shipped,
                r -> r.outcomes().meanWeeksToFirstJob());
        var employed = PairedRuns.compare("employment share at the horizon, the same arms (not asserted)", none, shipped,
                r -> r.outcomes().employmentShareHorizon());
        System.out.println("Model2Part1Test " + away + "; " + all + "; " + wait + "; " + employed);
        assertTrue(away.lowerInB(), away.toString());
        assertTrue(all.lowerInB(), all.toString());
    }

    /** Hires elsewhere of users in work training: transitions from a placement to a job by the direct route. */
    private static double directHiresOutOfPlacements(PairedRuns.Run run) {
        return run.events().stream()
                .filter(t -> t.from() == Stage.IN_PLACEMENT && t.to() == Stage.EMPLOYED && t.route() == Route.DIRECT)
                .count();
    }

    private static double meanEmployed(PairedRuns.Run run, int from, int to) {
        double sum = 0;
        for (WeeklyRow row : run.weeks().subList(from, to)) {
            sum += row.employed();
        }
        return sum / (to - from);
    }

    private static double quitsPerHundredJobWeeks(PairedRuns.Run run) {
        double jobWeeks = run.weeks().stream().mapToDouble(WeeklyRow::employed).sum();
        return 100.0 * run.outcomes().jobLossQuit() / jobWeeks;
    }

    /** Jobs (hire or job change to loss) that ended in job weeks {@code from} to {@code to} - 1. */
    private static double jobEndingsInTenure(PairedRuns.Run run, int from, int to) {
        Map<Integer, Integer> start = new HashMap<>();
        int endings = 0;
        for (Transition t : run.events()) {
            if (t.to() == Stage.EMPLOYED) {
                start.put(t.userId(), t.week());
            } else if (t.from() == Stage.EMPLOYED) {
                int tenure = t.week() - start.get(t.userId());
                endings += tenure >= from && tenure < to ? 1 : 0;
            }
        }
        return endings;
    }
}
