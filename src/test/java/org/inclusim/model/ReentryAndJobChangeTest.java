package org.inclusim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.inclusim.experiment.Seeds;
import org.inclusim.model.parameters.Parameters;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 6 (docs/ODD.md 7.11): quick re-entry of close cases after a job loss, and
 * job-to-job moves. Both run on the calibrated baseline at three times the office size, with
 * {@link #PAIRS} paired replications under common random numbers (replicate r of both arms shares
 * its seed), against the mechanism's neutral setting; the criterion is the paired t statistic of
 * an emergent outcome, |t| >= {@link #T} in the stated direction.
 */
class ReentryAndJobChangeTest {
    static final int PAIRS = 30;
    static final double T = 3.0;
    static final int WEEKS = 260;
    static final Parameters BASE = CalibratedBaseline.scaled(3);

    /** What one run shows of out-of-work spells and jobs. */
    record Tally(double closeOutOfWorkWeeks, double closeJobLosses, double laterJobs, double jobChanges,
                 double jobChangesOutOfWork, double jobLosses, double jobWeeks, double employedAtHorizon,
                 double meanMatchAtHorizon) {
        /** User-weeks out of work of close cases per job lost in close follow-up. */
        double closeWeeksOutPerLoss() {
            return closeOutOfWorkWeeks / closeJobLosses;
        }

        /** Job losses (entries to out of work) per 100 weeks in a job. */
        double lossesPerHundredJobWeeks() {
            return 100 * jobLosses / jobWeeks;
        }
    }

    /**
     * Replicate {@code r} of {@code p}: counts, each week, the close cases out of work, and from
     * the transitions the job losses of close cases (close at the loss), hires of users who had a
     * job before in the run ("later jobs": second and further jobs, job-to-job moves not counted),
     * job changes and whether any started from out of work.
     */
    static Tally run(Parameters p, int r) {
        InclusionModel m = new InclusionModel(Seeds.forReplicate(Replicates.SEED, r), p);
        double[] c = new double[6];
        java.util.BitSet hadJob = new java.util.BitSet();
        m.setTransitionListener(t -> {
            if (t.to() == Stage.OUT_OF_WORK) {
                c[5]++;
                if (m.views().users().get(t.userId()).closeFollowUp()) {
                    c[1]++;
                }
            } else if (t.cause() == Cause.JOB_CHANGE) {
                c[3]++;
                if (t.from() != Stage.EMPLOYED) {
                    c[4]++;
                }
            } else if (t.to() == Stage.EMPLOYED) {
                if (hadJob.get(t.userId())) {
                    c[2]++;
                }
                hadJob.set(t.userId());
            }
        });
        m.start();
        double jobWeeks = 0;
        for (int w = 0; w < WEEKS; w++) {
            m.schedule.step(m);
            for (User u : m.views().users()) {
                if (u.stage() == Stage.OUT_OF_WORK && u.closeFollowUp()) {
                    c[0]++;
                } else if (u.stage() == Stage.EMPLOYED) {
                    jobWeeks++;
                }
            }
        }
        SummaryStatistics match = new SummaryStatistics();
        for (User u : m.views().users()) {
            if (u.stage() == Stage.EMPLOYED) {
                match.addValue(u.match());
            }
        }
        return new Tally(c[0], c[1], c[2], c[3], c[4], c[5], jobWeeks, match.getN(), match.getMean());
    }

    static Tally[] runs(Parameters p) {
        Tally[] out = new Tally[PAIRS];
        for (int r = 0; r < PAIRS; r++) {
            out[r] = run(p, r);
        }
        return out;
    }

    /** Paired difference B - A of an outcome: {mean of A, mean of B, mean difference, t}. */
    static double[] paired(Tally[] a, Tally[] b, java.util.function.ToDoubleFunction<Tally> f) {
        SummaryStatistics d = new SummaryStatistics();
        SummaryStatistics sa = new SummaryStatistics();
        SummaryStatistics sb = new SummaryStatistics();
        for (int i = 0; i < a.length; i++) {
            sa.addValue(f.applyAsDouble(a[i]));
            sb.addValue(f.applyAsDouble(b[i]));
            d.addValue(f.applyAsDouble(b[i]) - f.applyAsDouble(a[i]));
        }
        double se = d.getStandardDeviation() / Math.sqrt(d.getN());
        double t = se == 0 ? (d.getMean() == 0 ? 0 : Math.signum(d.getMean()) * Double.POSITIVE_INFINITY) : d.getMean() / se;
        return new double[] {sa.getMean(), sb.getMean(), d.getMean(), t};
    }

    static String show(String name, double[] x) {
        return String.format(Locale.ROOT, "%s: A %.4f, B %.4f, B-A %.4f, t %.2f", name, x[0], x[1], x[2], x[3]);
    }

    /**
     * Quick re-entry (advisers.closeReentryWeeksMean, 1 week at the baseline) against the neutral
     * setting, close cases re-entering as slowly as everyone else (users.reentryWeeksMean, 8
     * weeks): close cases spend fewer weeks out of work per job lost (t <= -3), and more users find
     * a second or further job (t >= 3). Run of 2026-12-04: weeks out per loss 6.33 -> 1.00 (t -58.0),
     * later jobs 159.9 -> 197.8 (t 18.8). Broken variant: neutral
     * against neutral gives identical arms (t 0), so the test fails there.
     */
    @Test
    void quickReentryShortensCloseCasesSpellsOutOfWorkAndBringsMoreLaterJobs() {
        Parameters neutral = BASE.with("advisers.closeReentryWeeksMean", BASE.users().reentryWeeksMean());
        Tally[] slow = runs(neutral);
        Tally[] quick = runs(BASE);
        double[] weeksOut = paired(slow, quick, Tally::closeWeeksOutPerLoss);
        double[] laterJobs = paired(slow, quick, Tally::laterJobs);
        String report = show("close cases' weeks out of work per job lost, re-entry " + BASE.users().reentryWeeksMean()
                + " -> " + BASE.advisers().closeReentryWeeksMean() + " weeks", weeksOut) + "; " + show("later jobs", laterJobs);
        System.out.println("ReentryAndJobChangeTest " + report);
        assertTrue(weeksOut[2] < 0 && weeksOut[3] <= -T, report);
        assertTrue(laterJobs[2] > 0 && laterJobs[3] >= T, report);
    }

    /**
     * Job-to-job moves (jobs.outsideOfferRatePerWeek at the baseline) against none (0, neutral):
     * users change jobs without a spell out of work (job changes happen, every one from a job,
     * none without moves), and the moves climb the job ladder, so the jobs held at the horizon
     * match better (mean match of the employed, t >= 3). Run of 2026-12-04: 49.3 job changes a run
     * (t 32.9), mean match 0.655 -> 0.714 (t 13.3). Broken variant: without moves (0 against 0) no
     * job changes and identical arms, so the test fails. Not asserted, and a miss against what the
     * job ladder leads one to expect (fewer losses, more employment): job losses per 100 job-weeks
     * rise, 1.87 -> 2.10 (t 13.0), and employment at the horizon falls, 78.4 -> 74.2 users
     * (t -6.6), since a move starts a new job with the quit hazard of tenure 0 (the fitted fall
     * with tenure, 0.08 a week, is steep), no mentor and freshly drawn hours (docs/validation.md).
     */
    @Test
    void jobToJobMovesChangeJobsWithoutASpellOutOfWorkAndClimbTheJobLadder() {
        Tally[] none = runs(BASE.with("jobs.outsideOfferRatePerWeek", 0.0));
        Tally[] moves = runs(BASE);
        double[] changes = paired(none, moves, Tally::jobChanges);
        double[] match = paired(none, moves, Tally::meanMatchAtHorizon);
        double[] losses = paired(none, moves, Tally::lossesPerHundredJobWeeks);
        double[] employed = paired(none, moves, Tally::employedAtHorizon);
        String report = show("job changes", changes) + "; " + show("mean match of jobs held at the horizon", match)
                + "; not asserted: " + show("job losses per 100 job-weeks", losses) + "; " + show("employed at the horizon", employed);
        System.out.println("ReentryAndJobChangeTest " + report);
        assertEquals(0.0, changes[0], report);
        assertTrue(changes[3] >= T, report);
        for (Tally t : moves) {
            assertEquals(0.0, t.jobChangesOutOfWork(), "a job change starts from a job");
        }
        assertTrue(match[2] > 0 && match[3] >= T, report);
    }
}
