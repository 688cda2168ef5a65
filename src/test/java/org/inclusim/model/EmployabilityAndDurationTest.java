package org.inclusim.model;

import static org.inclusim.model.CalibratedPairs.BASE;
import static org.inclusim.model.CalibratedPairs.PAIRS;
import static org.inclusim.model.CalibratedPairs.T;
import static org.inclusim.model.CalibratedPairs.WEEKS;
import static org.inclusim.model.CalibratedPairs.compare;
import static org.inclusim.model.CalibratedPairs.paired;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.inclusim.experiment.Seeds;
import org.inclusim.model.CalibratedPairs.Paired;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.observe.RunOutcomes;
import org.junit.jupiter.api.Test;

/**
 * Model 2, part 2, user side (docs/ODD.md 7.3a): latent employability, selection against true
 * state dependence in the rates by duration, and the employability level and spread. Direction
 * tests on the calibrated baseline at three times the office size with paired replications
 * ({@link CalibratedPairs}); the neutral spread has a test that it switches heterogeneity off.
 */
class EmployabilityAndDurationTest {
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
        System.out.println("EmployabilityAndDurationTest " + report);
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
}
