package org.inclusim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.inclusim.experiment.Seeds;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.model.parameters.Scaling;
import org.inclusim.observe.RunOutcomes;
import org.inclusim.observe.WeeklyObserver;
import org.inclusim.observe.WeeklyRow;
import org.inclusim.scenario.Scenario;
import org.inclusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Model 2, part 2, user side (docs/ODD.md 7.3a, 7.5a, 7.8, 7.14a): destinations, latent
 * employability, and what the project leaves behind. Every direction test runs on the calibrated
 * baseline (scenarios/baseline.yaml, which extends calibration/calibrated.yaml) at three times the
 * office size, with {@link #PAIRS} paired replications under common random numbers, and requires
 * the mean paired difference of an emergent outcome to have the stated sign with |t| >= {@link #T}.
 * Each neutral setting has a test that it switches its mechanism off.
 */
class Model2Part2Test {
    static final int PAIRS = 30;
    /** Pairs for the adviser-turnover directions, whose effects are a few tenths of a point of employment. */
    static final int TURNOVER_PAIRS = 200;
    static final double T = 3.0;
    static final int WEEKS = 260;
    static final Parameters BASE = Scaling.scale(calibratedBaseline(), 3);

    static Parameters calibratedBaseline() {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/baseline.yaml"));
        return s.parameters(s.baseline(), 0);
    }

    /** The parameters with every after-end level of the project set to {@code level}. */
    static Parameters afterEnd(Parameters p, double level) {
        for (String e : List.of("training", "followUp", "networkFacilitation", "coWorking", "prioritisedTime", "leadership")) {
            p = p.with("project." + e + "AfterEnd", level);
        }
        return p;
    }

    /** Paired differences b - a of an outcome over {@link #PAIRS} replicates: mean and t. */
    record Paired(String name, double meanA, double meanB, double mean, double t) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: A %.4f, B %.4f, B-A %.4f, t %.2f", name, meanA, meanB, mean, t);
        }
    }

    static Paired paired(String name, double[] a, double[] b) {
        SummaryStatistics d = new SummaryStatistics();
        SummaryStatistics sa = new SummaryStatistics();
        SummaryStatistics sb = new SummaryStatistics();
        for (int i = 0; i < a.length; i++) {
            d.addValue(b[i] - a[i]);
            sa.addValue(a[i]);
            sb.addValue(b[i]);
        }
        double se = d.getStandardDeviation() / Math.sqrt(a.length);
        return new Paired(name, sa.getMean(), sb.getMean(), d.getMean(), se == 0 ? (d.getMean() == 0 ? 0 : Math.signum(d.getMean()) * Double.POSITIVE_INFINITY) : d.getMean() / se);
    }

    static double[] outcome(RunOutcomes[] runs, ToDoubleFunction<RunOutcomes> f) {
        double[] x = new double[runs.length];
        for (int i = 0; i < runs.length; i++) {
            x[i] = f.applyAsDouble(runs[i]);
        }
        return x;
    }

    static Paired compare(String name, Parameters a, Parameters b, ToDoubleFunction<RunOutcomes> f) {
        return paired(name, outcome(Replicates.run(a, PAIRS, WEEKS), f), outcome(Replicates.run(b, PAIRS, WEEKS), f));
    }

    // ---- latent employability: selection vs true state dependence -------------------------

    /**
     * The baseline with employability spread {@code sigma} and true state dependence
     * {@code decline}, and without the ramp of standard follow-up (search.standardStartWeeks 0): the
     * ramp is true duration dependence too, of the opposite sign (openings rise over a standard
     * case's first weeks), so with it on "no true state dependence" would not hold.
     */
    static Parameters employability(double sigma, double decline) {
        return BASE.with("users.employabilitySpread", sigma).with("search.durationDeclinePerWeek", decline)
                .with("search.standardStartWeeks", 0.0);
    }

    /** Which first event a duration rate counts. */
    enum First { OPENING, JOB }

    /**
     * Observed weekly rate, by weeks since referral, of a user's first opening (the first
     * placement start or direct hire out of seeking, either route; at risk while seeking and
     * never placed or hired) or first job (at risk from
     * referral until the first hire or leaving the measure): events in durations [from, to) over
     * the user-weeks at risk in them, pooled over all referral cohorts of one run. Users are split
     * by employability when {@code stratum} is 0 (below the run's median) or 1 (above); -1 takes
     * everyone. Returns {events, exposure}.
     */
    static long[] firstEventRate(InclusionModel model, List<Transition> events, First first, int from, int to,
                                 int stratum, double median) {
        int n = model.views().users().size();
        int[] referral = new int[n];
        int[] seekingSince = new int[n];
        boolean[] done = new boolean[n];
        java.util.Arrays.fill(seekingSince, -1);
        long count = 0;
        long exposure = 0;
        for (Transition t : events) {
            int u = t.userId();
            if (t.cause() == Cause.REFERRAL) {
                referral[u] = t.week();
                if (first == First.JOB) {
                    seekingSince[u] = t.week();
                }
                continue;
            }
            if (done[u] || !inStratum(model, u, stratum, median)) {
                continue;
            }
            boolean event = first == First.OPENING
                    ? t.cause() == Cause.PLACEMENT_START || t.cause() == Cause.HIRED && t.from() == Stage.SEEKING
                    : t.cause() == Cause.HIRED;
            boolean censor = first == First.OPENING ? t.from() == Stage.SEEKING : t.to().isDestination();
            if (event || censor) {
                if (seekingSince[u] >= 0) {
                    exposure += overlap(seekingSince[u] - referral[u], t.week() - referral[u], from, to);
                    int d = t.week() - referral[u];
                    if (event && d >= from && d < to) {
                        count++;
                    }
                }
                seekingSince[u] = -1;
                done[u] = event;
            }
            if (first == First.OPENING && t.to() == Stage.SEEKING && !done[u]) {
                seekingSince[u] = t.week();
            }
        }
        for (int u = 0; u < n; u++) {
            if (!done[u] && seekingSince[u] >= 0 && inStratum(model, u, stratum, median)) {
                exposure += overlap(seekingSince[u] - referral[u], model.week() + 1 - referral[u], from, to);
            }
        }
        return new long[] {count, exposure};
    }

    static boolean inStratum(InclusionModel model, int user, int stratum, double median) {
        return stratum < 0 || (model.views().users().get(user).employability() > median ? 1 : 0) == stratum;
    }

    static long overlap(int a, int b, int from, int to) {
        return Math.max(0, Math.min(b, to) - Math.max(a, from));
    }

    /**
     * ln(rate late / rate early) per replicate on the calibrated baseline: weeks 13-38 vs 0-12
     * since referral for first openings (few users are still unplaced later), 78-155 vs 13-64 for
     * first jobs (no hire comes before a placement's planned end).
     */
    static double[] durationSlope(Parameters p, First first, int stratum) {
        return first == First.OPENING ? lnRateRatio(p, first, stratum, 0, 13, 13, 39) : lnRateRatio(p, first, stratum, 13, 65, 78, 156);
    }

    /** ln(rate in durations [lateFrom, lateTo) / rate in [earlyFrom, earlyTo)) per replicate. */
    static double[] lnRateRatio(Parameters p, First first, int stratum, int earlyFrom, int earlyTo, int lateFrom, int lateTo) {
        double[] out = new double[PAIRS];
        for (int r = 0; r < PAIRS; r++) {
            List<Transition> events = new ArrayList<>();
            InclusionModel m = new InclusionModel(Seeds.forReplicate(Replicates.SEED, r), p);
            m.setTransitionListener(events::add);
            m.start();
            for (int w = 0; w < WEEKS; w++) {
                m.schedule.step(m);
            }
            double median = medianTheta(m);
            long[] early = firstEventRate(m, events, first, earlyFrom, earlyTo, stratum, median);
            long[] late = firstEventRate(m, events, first, lateFrom, lateTo, stratum, median);
            // half an event and one user-week added keep the log finite in a small stratum (or a run
            // in which nobody is still at risk that late)
            out[r] = Math.log((late[0] + 0.5) / (late[1] + 1.0)) - Math.log((early[0] + 0.5) / (early[1] + 1.0));
        }
        return out;
    }

    static double medianTheta(InclusionModel m) {
        double[] t = m.views().users().stream().mapToDouble(User::employability).sorted().toArray();
        return t[t.length / 2];
    }

    static SummaryStatistics stats(double[] x) {
        SummaryStatistics s = new SummaryStatistics();
        for (double v : x) {
            s.addValue(v);
        }
        return s;
    }

    static double t(SummaryStatistics s) {
        return s.getMean() / (s.getStandardDeviation() / Math.sqrt(s.getN()));
    }

    static double[] average(double[] a, double[] b) {
        double[] m = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            m[i] = 0.5 * (a[i] + b[i]);
        }
        return m;
    }

    /**
     * The textbook result: with heterogeneity and no true state dependence, the observed rate of
     * finding an opening falls with time since referral, while without heterogeneity it stays
     * flat (|mean| within 0.15 in log, i.e. 15 %). Criterion: one-sample t <= -3 over 30 runs, and the
     * paired effect of sigma negative with t <= -3.
     */
    @Test
    void heterogeneityAloneMakesTheObservedRateOfFindingAnOpeningFallWithDuration() {
        double[] equal = durationSlope(employability(0.0, 0.0), First.OPENING, -1);
        double[] heterogeneous = durationSlope(employability(1.0, 0.0), First.OPENING, -1);
        Paired selection = paired("ln(late/early opening rate): sigma 0 -> 1, no true decline", equal, heterogeneous);
        SummaryStatistics h = stats(heterogeneous);
        SummaryStatistics e = stats(equal);
        String report = selection + String.format(Locale.ROOT, "; sigma 1: %.3f (t %.1f); sigma 0: %.3f (t %.1f)",
                h.getMean(), t(h), e.getMean(), t(e));
        assertTrue(t(h) <= -T, report);
        assertTrue(selection.mean() < 0 && selection.t() <= -T, report);
        assertTrue(Math.abs(e.getMean()) < 0.15, report);
    }

    /**
     * The same selection acts on first jobs: heterogeneity makes the first-job rate by duration
     * fall relative to equal users (paired t <= -3). Without heterogeneity that rate rises with
     * duration, since fit grows in placements that end without a hire (state dependence of the
     * opposite sign, built into place-then-train), so "falls" is stated relative to sigma 0.
     */
    @Test
    void heterogeneityBendsTheFirstJobRateDownwardsWithDuration() {
        double[] equal = durationSlope(employability(0.0, 0.0), First.JOB, -1);
        double[] heterogeneous = durationSlope(employability(1.0, 0.0), First.JOB, -1);
        Paired selection = paired("ln(late/early first-job rate): sigma 0 -> 1, no true decline", equal, heterogeneous);
        assertTrue(selection.mean() < 0 && selection.t() <= -T, selection.toString());
    }

    /**
     * Issue 15 asks for the job-finding rate itself: "heterogeneity alone (no state dependence)
     * makes the job-finding rate fall with duration". The weekly rate of a first job by weeks since
     * referral first rises, since a job comes through an opening and weeks of placement (or a
     * direct hire); with heterogeneity it peaks in weeks 8 to 15. The textbook fall is looked for after that peak:
     * ln(rate in weeks 32 to 79 / rate in weeks 8 to 15) per run, at the calibrated baseline's own
     * heterogeneity (users.employabilitySpread as fitted, read from the baseline) and with no true
     * state dependence (search.durationDeclinePerWeek set to 0 in both arms, whatever a refit
     * gives it: that is the test's premise), ramp off as for every test here. With everyone equal
     * (spread 0, the control) it rises (one-sample t >= 3): fit gained in a placement that ended
     * without a hire is kept, so each further placement ends in a hire more often, a true state
     * dependence of the opposite sign that place-then-train builds in. Heterogeneity must outweigh
     * it: the rate falls after the peak (t <= -3; and paired with spread 0 on the same seeds,
     * t <= -3). Run of 2026-12-04: fitted spread 1.25 -0.435 (t -11.1); spread 0 +0.586 (t 14.6),
     * so the test fails on the neutral setting; paired -1.02 (t -28.6).
     */
    @Test
    void calibratedHeterogeneityAloneMakesTheFirstJobRateFallAfterItsPeak() {
        double sigma = BASE.users().employabilitySpread();
        double decline = 0.0;
        double[] equal = lnRateRatio(employability(0.0, decline), First.JOB, -1, 8, 16, 32, 80);
        double[] heterogeneous = lnRateRatio(employability(sigma, decline), First.JOB, -1, 8, 16, 32, 80);
        SummaryStatistics e = stats(equal);
        SummaryStatistics h = stats(heterogeneous);
        Paired selection = paired(String.format(Locale.ROOT,
                "ln(first-job rate in weeks 32-79 / weeks 8-15), true decline %.3f: spread 0 -> %.3f", decline, sigma), equal, heterogeneous);
        String report = selection + String.format(Locale.ROOT, "; fitted spread: %.3f (t %.1f); spread 0: %.3f (t %.1f)",
                h.getMean(), t(h), e.getMean(), t(e));
        System.out.println("Model2Part2Test " + report);
        assertTrue(t(h) <= -T, report);
        assertTrue(t(e) >= T, report);
        assertTrue(selection.mean() < 0 && selection.t() <= -T, report);
    }

    /**
     * What separates the two: inside halves of theta, selection has (almost) nothing left to act
     * on, so the within-stratum fall is smaller than the aggregate one (paired t >= 3), while true
     * state dependence (decline 0.02 a week) still makes the rate fall inside the strata (t <= -3).
     */
    @Test
    void withinEmployabilityStrataSelectionVanishesButTrueStateDependenceRemains() {
        Parameters selectionOnly = employability(1.0, 0.0);
        double[] aggregate = durationSlope(selectionOnly, First.OPENING, -1);
        double[] within = average(durationSlope(selectionOnly, First.OPENING, 0), durationSlope(selectionOnly, First.OPENING, 1));
        Paired strata = paired("ln opening-rate ratio: aggregate -> within theta halves (sigma 1, no decline)", aggregate, within);
        assertTrue(strata.mean() > 0 && strata.t() >= T, strata.toString());
        Parameters stateDependence = employability(1.0, 0.02);
        double[] trueWithin = average(durationSlope(stateDependence, First.OPENING, 0), durationSlope(stateDependence, First.OPENING, 1));
        SummaryStatistics s = stats(trueWithin);
        assertTrue(t(s) <= -T, "within-stratum ln ratio with decline 0.02: " + s.getMean() + " t " + t(s) + "; " + strata);
    }

    @Test
    void employabilitySpreadZeroGivesEveryoneTheSameEmployability() {
        InclusionModel m = Replicates.model(BASE.with("users.employabilitySpread", 0.0), 0, 52);
        assertTrue(m.views().users().stream().allMatch(u -> u.employability() == 1.0));
        InclusionModel spread = Replicates.model(BASE.with("users.employabilitySpread", 0.5), 0, 52);
        SummaryStatistics s = new SummaryStatistics();
        spread.views().users().forEach(u -> s.addValue(u.employability()));
        assertTrue(Math.abs(s.getMean() - 1.0) < 0.1 && s.getStandardDeviation() > 0.3, "mean " + s.getMean() + " sd " + s.getStandardDeviation());
    }

    /**
     * The employability mean is a level, not a spread: with the calibrated spread, a cohort twice
     * as employable on average finds its first job more often and leaves for disability benefit
     * less often (both emerge through the rates theta acts on). The neutral mean 1 with spread 0
     * gives theta exactly 1.
     */
    @Test
    void employabilityMeanShiftsTheLevelOfEveryRateThetaActsOn() {
        Parameters more = BASE.with("users.employabilityMean", 2.0);
        Paired ever = compare("ever employed, employability mean 1 -> 2", BASE, more, RunOutcomes::everEmployedShare);
        assertTrue(ever.mean() > 0 && ever.t() >= T, ever.toString());
        Paired disability = compare("disability benefit at 5 years, mean 1 -> 2", BASE, more, RunOutcomes::disabilityBenefitShareHorizon);
        assertTrue(disability.mean() < 0 && disability.t() <= -T, disability.toString());
        InclusionModel half = Replicates.model(BASE.with("users.employabilitySpread", 0.0).with("users.employabilityMean", 0.5), 0, 52);
        assertTrue(half.views().users().stream().allMatch(u -> u.employability() == 0.5));
    }

    // ---- destinations -------------------------------------------------------------------

    @Test
    void fewerOpeningsMeanLongerTimeOutOfWorkAndMoreLeaveForDisabilityBenefit() {
        Parameters fewer = BASE.with("search.standardPlacementRatePerWeek", BASE.search().standardPlacementRatePerWeek() / 2)
                .with("search.closePlacementRatePerWeek", BASE.search().closePlacementRatePerWeek() / 2)
                .with("search.standardJobRatePerWeek", BASE.search().standardJobRatePerWeek() / 2)
                .with("search.closeJobRatePerWeek", BASE.search().closeJobRatePerWeek() / 2);
        Paired disability = compare("disability benefit share at 5 years", BASE, fewer, RunOutcomes::disabilityBenefitShareHorizon);
        assertTrue(disability.mean() > 0 && disability.t() >= T, disability.toString());
        // and the rise comes partly from the duration effect: smaller without it
        Parameters flat = BASE.with("destinations.disabilityDurationEffectPerYear", 0.0);
        Paired flatDisability = compare("the same without the duration effect", flat,
                fewer.with("destinations.disabilityDurationEffectPerYear", 0.0), RunOutcomes::disabilityBenefitShareHorizon);
        double[] withEffect = new double[PAIRS];
        double[] without = new double[PAIRS];
        RunOutcomes[] a = Replicates.run(BASE, PAIRS, WEEKS);
        RunOutcomes[] b = Replicates.run(fewer, PAIRS, WEEKS);
        RunOutcomes[] c = Replicates.run(flat, PAIRS, WEEKS);
        RunOutcomes[] d = Replicates.run(fewer.with("destinations.disabilityDurationEffectPerYear", 0.0), PAIRS, WEEKS);
        for (int r = 0; r < PAIRS; r++) {
            withEffect[r] = b[r].disabilityBenefitShareHorizon() - a[r].disabilityBenefitShareHorizon();
            without[r] = d[r].disabilityBenefitShareHorizon() - c[r].disabilityBenefitShareHorizon();
        }
        Paired interaction = paired("rise in disability share from fewer openings: duration effect off -> on", without, withEffect);
        assertTrue(interaction.mean() > 0 && interaction.t() >= T, interaction + "; " + flatDisability);
    }

    @Test
    void returnsFromAapEducationAndWorkShowUpAsReReferralsAndNewJobs() {
        Parameters noReturns = BASE.with("destinations.aapReturnPerWeek", 0.0).with("destinations.educationReturnPerWeek", 0.0)
                .with("destinations.workWithoutNavReturnPerWeek", 0.0);
        RunOutcomes[] without = Replicates.run(noReturns, PAIRS, WEEKS);
        RunOutcomes[] with = Replicates.run(BASE, PAIRS, WEEKS);
        assertTrue(java.util.Arrays.stream(without).allMatch(o -> o.reReferrals() == 0), "no returns, no re-referrals");
        Paired reReferrals = paired("re-referrals", outcome(without, RunOutcomes::reReferrals), outcome(with, RunOutcomes::reReferrals));
        Paired inReturning = paired("share in AAP at 5 years", outcome(without, RunOutcomes::aapShareHorizon),
                outcome(with, RunOutcomes::aapShareHorizon));
        Paired employed = paired("employment share at 5 years", outcome(without, RunOutcomes::employmentShareHorizon),
                outcome(with, RunOutcomes::employmentShareHorizon));
        assertTrue(reReferrals.mean() > 0 && reReferrals.t() >= T, reReferrals.toString());
        assertTrue(inReturning.mean() < 0 && inReturning.t() <= -T, inReturning.toString());
        assertTrue(employed.mean() > 0 && employed.t() >= T, employed.toString());
    }

    @Test
    void aReReferredUserGoesBackThroughTheReferralQueueAndCanFindAJob() {
        List<Transition> events = new ArrayList<>();
        InclusionModel m = new InclusionModel(Seeds.forReplicate(Replicates.SEED, 0), BASE);
        m.setTransitionListener(events::add);
        m.start();
        for (int w = 0; w < WEEKS; w++) {
            m.schedule.step(m);
        }
        List<Transition> back = events.stream().filter(t -> t.cause() == Cause.RE_REFERRAL).toList();
        assertTrue(!back.isEmpty());
        for (Transition t : back) {
            assertTrue(t.from() == Stage.AAP || t.from() == Stage.EDUCATION || t.from() == Stage.WORK_WITHOUT_NAV, t.toString());
            assertEquals(Stage.REFERRED, t.to());
        }
        // an absorbing destination is never left; the only events from one are work starting or ending beside
        // disability benefit (DisabilityWorkRule), which keep the user on it
        assertTrue(events.stream().noneMatch(t -> t.from() != null && t.from().isAbsorbing() && t.to() != t.from()),
                "nobody leaves an absorbing destination");
        assertTrue(events.stream().filter(t -> t.from() != null && t.from().isAbsorbing())
                .allMatch(t -> t.cause() == Cause.BENEFIT_WORK_STARTED || t.cause() == Cause.BENEFIT_WORK_ENDED),
                "the only events from an absorbing destination are work beside disability benefit");
        java.util.Set<Integer> returned = new java.util.HashSet<>();
        back.forEach(t -> returned.add(t.userId()));
        assertTrue(events.stream().anyMatch(t -> t.cause() == Cause.HIRED && returned.contains(t.userId())
                && back.stream().anyMatch(b -> b.userId() == t.userId() && b.week() < t.week())), "a returned user is hired later");
    }

    @Test
    void onlyOtherWithoutReturnsIsTheFirstModelsSinglePermanentExit() {
        Parameters single = BASE.with("destinations.disabilityPerWeek", 0.0).with("destinations.aapPerWeek", 0.0)
                .with("destinations.educationPerWeek", 0.0).with("destinations.workWithoutNavPerWeek", 0.0)
                .with("destinations.otherPerWeek", 0.006);
        RunOutcomes o = Replicates.run(single, 1, WEEKS)[0];
        assertEquals(0.0, o.disabilityBenefitShareHorizon() + o.aapShareHorizon() + o.educationShareHorizon()
                + o.workWithoutNavShareHorizon());
        assertTrue(o.otherShareHorizon() > 0.2 && o.reReferrals() == 0, o.toString());
        RunOutcomes none = Replicates.run(single.with("destinations.otherPerWeek", 0.0), 1, WEEKS)[0];
        assertEquals(0.0, none.otherShareHorizon(), "all rates 0: nobody leaves");
    }

    // ---- after the project ----------------------------------------------------------------

    /** Employment after the project's end: mean employment share over weeks 182-259. */
    static double employmentAfterEnd(Parameters p, int replicate) {
        InclusionModel m = new InclusionModel(Seeds.forReplicate(Replicates.SEED, replicate), p);
        m.start();
        double sum = 0;
        int weeks = 0;
        for (int w = 0; w < WEEKS; w++) {
            m.schedule.step(m);
            if (w >= 182) {
                WeeklyRow row = WeeklyObserver.observe(m);
                sum += (double) row.employed() / row.usersTotal();
                weeks++;
            }
        }
        return sum / weeks;
    }

    static double[] employmentAfterEnd(Parameters p) {
        return employmentAfterEnd(p, PAIRS, true);
    }

    /** Employment after the end in replicates 0 to pairs - 1 (in parallel; each replicate is seeded alone). */
    static double[] employmentAfterEnd(Parameters p, int pairs, boolean sequential) {
        java.util.stream.IntStream replicates = java.util.stream.IntStream.range(0, pairs);
        return (sequential ? replicates : replicates.parallel()).mapToDouble(r -> employmentAfterEnd(p, r)).toArray();
    }

    static double[] minus(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    @Test
    void withdrawingSupportCostsEmploymentMoreWithFasterDecay() {
        double[] sustained = employmentAfterEnd(afterEnd(BASE, 1.0));
        Parameters withdrawn = afterEnd(BASE, 0.0);
        double[] fast = employmentAfterEnd(withdrawn.with("project.decayWeeks", 0.0));
        double[] slow = employmentAfterEnd(withdrawn.with("project.decayWeeks", 104.0));
        Paired cost = paired("employment after the end: sustained -> withdrawn at once", sustained, fast);
        assertTrue(cost.mean() < 0 && cost.t() <= -T, cost.toString());
        Paired decay = paired("employment after the end, withdrawn: decay over 104 weeks -> at once", slow, fast);
        assertTrue(decay.mean() < 0 && decay.t() <= -T, decay.toString());
    }

    /**
     * When the project's learning support goes (co-working, leadership, mentor-side support) but
     * advisers keep their prioritised time, close follow-up goes on with whatever competence is
     * left: turnover then drains it with nothing to rebuild it, so the cost of the withdrawal grows
     * with turnover. (With prioritised time gone too there are no close cases, competence no longer
     * matters, and turnover costs less after a full withdrawal: see docs/validation.md.)
     */
    @Test
    void withdrawingTheLearningSupportCostsMoreWithAdviserTurnover() {
        // On the shipped baseline, reuse of success included, at TURNOVER_PAIRS pairs: the effect is small (0.4 points of
        // employment), t 4.3 at 200 pairs and not measurable at 30 (docs/validation.md); without reuse it is t 9.4.
        Parameters learningGone = afterEnd(BASE, 0.0).with("project.decayWeeks", 0.0)
                .with("project.prioritisedTimeAfterEnd", 1.0);
        double[] sustainedNone = employmentAfterEnd(afterEnd(BASE, 1.0).with("advisers.turnoverPerYear", 0.0), TURNOVER_PAIRS, false);
        double[] goneNone = employmentAfterEnd(learningGone.with("advisers.turnoverPerYear", 0.0), TURNOVER_PAIRS, false);
        double[] sustainedHigh = employmentAfterEnd(afterEnd(BASE, 1.0).with("advisers.turnoverPerYear", 0.45), TURNOVER_PAIRS, false);
        double[] goneHigh = employmentAfterEnd(learningGone.with("advisers.turnoverPerYear", 0.45), TURNOVER_PAIRS, false);
        Paired turnover = paired("cost of withdrawing learning support (sustained - withdrawn): turnover 0 -> 0.45 a year",
                minus(sustainedNone, goneNone), minus(sustainedHigh, goneHigh));
        assertTrue(turnover.mean() > 0 && turnover.t() >= T, turnover.toString());
    }

    @Test
    void neutralAfterEndLevelsWithoutTurnoverMakeTheProjectEndAnonEvent() {
        Parameters neutral = afterEnd(BASE, 1.0).with("advisers.turnoverPerYear", 0.0);
        RunOutcomes ends = Replicates.run(neutral, 1, WEEKS)[0];
        RunOutcomes never = Replicates.run(neutral.with("project.endWeek", 100_000), 1, WEEKS)[0];
        assertEquals(never, ends);
    }

    @Test
    void lostPrioritisedTimeShrinksCloseFollowUpAndTurnoverLowersCompetence() {
        Parameters noTime = BASE.with("project.prioritisedTimeAfterEnd", 0.0).with("project.decayWeeks", 0.0);
        InclusionModel m = Replicates.model(noTime, 0, 200);
        assertEquals(0, m.views().closeCasesTotal(), "no prioritised time, no close cases");
        double[] none = new double[PAIRS];
        double[] high = new double[PAIRS];
        for (int r = 0; r < PAIRS; r++) {
            none[r] = meanCompetence(Replicates.model(BASE.with("advisers.turnoverPerYear", 0.0), r, WEEKS));
            high[r] = meanCompetence(Replicates.model(BASE.with("advisers.turnoverPerYear", 0.45), r, WEEKS));
        }
        Paired c = paired("adviser competence at 5 years: turnover 0 -> 0.45 a year", none, high);
        assertTrue(c.mean() < 0 && c.t() <= -T, c.toString());
    }

    static double meanCompetence(InclusionModel m) {
        return m.views().advisers().stream().mapToDouble(Adviser::competence).average().orElseThrow();
    }
}
