package org.inclusim.model;

import org.inclusim.model.parameters.JobParameters;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.model.parameters.UserParameters;

/**
 * Rules for employed users and users out of work.
 *
 * <p>Employed: mentor follow-up ends after supportWeeksAfterHire weeks, adviser follow-along
 * after followAlongWeeks (the case leaves the caseload); fit keeps growing with support. A
 * temporary job ends at its end week. Otherwise one draw (stream {@link Purpose#JOB_LOSS})
 * against the competing weekly hazards
 * <ul>
 * <li>quit = quitHazardPerWeek x exp(-quitSupportEffect x support - quitTenureDeclinePerWeek x weeks in the job)</li>
 * <li>fired = firedHazardPerWeek x exp(firedFitEffect x (threshold(week) - fit))</li>
 * <li>laid off = layoffHazardPerWeek x unemployment rate / 1.9 %</li>
 * </ul>
 *
 * <p>Out of work (a job lost this week is not left in the same week): with probability
 * 1 / reentryWeeksMean a week the user moves on (stream {@link Purpose#REENTRY}): back to seeking
 * with probability reentryShare (to the referral queue if the adviser case was closed), else out
 * of the measure.
 */
final class EmploymentRule {
    /** Unemployment rate at which layoffHazardPerWeek applies (Akershus, Sept 2019). */
    static final double REFERENCE_UNEMPLOYMENT = 0.019;

    private EmploymentRule() {
    }

    static void apply(InclusionModel model) {
        Parameters p = model.parameters();
        WeeklyHazards hazards = new WeeklyHazards(p, model.hireThreshold(), model.week());
        UserIndex index = model.userIndex;
        byte employed = UserIndex.code(Stage.EMPLOYED);
        byte outOfWork = UserIndex.code(Stage.OUT_OF_WORK);
        double moveOn = 1.0 / p.users().reentryWeeksMean();
        int week = model.week();
        double[] mentorParts = SupportRule.mentorParts(model);
        for (int k = 0, n = index.scanSize(); k < n; k++) {
            int id = index.idAt(k);
            byte stage = index.stageCode(id);
            if (stage == employed) {
                if (index.helped(id)) {
                    work(model, p, hazards, id, mentorParts[k]);
                } else {
                    workUnaided(model, p, hazards, id);
                }
            } else if (stage == outOfWork && model.random().uniform(Purpose.REENTRY, id, week, 0) < moveOn) {
                moveOn(model, p.users(), model.users.get(id));
            }
        }
    }

    /**
     * {@link #work} for a user with neither mentor nor adviser: support is zero, so fit does not
     * change, and the user object is visited only when the job ends or the draw is below the
     * hazards' bound. Same steps, same draws, same results as {@link #work}.
     */
    private static void workUnaided(InclusionModel model, Parameters p, WeeklyHazards hazards, int id) {
        int week = model.week();
        UserIndex index = model.userIndex;
        if (week - index.jobStartWeek(id) == p.jobs().sustainedWeeks()) {
            model.sustainedJobs++;
        }
        if (week == index.temporaryEndWeek(id)) {
            loseJob(model, model.users.get(id), Cause.TEMPORARY_ENDED);
            return;
        }
        double u = model.random().uniform(Purpose.JOB_LOSS, id, week);
        if (u < hazards.bound) {
            Cause cause = hazards.jobLoss(index.support(id), index.fit(id), index.jobStartWeek(id), u);
            if (cause != null) {
                loseJob(model, model.users.get(id), cause);
            }
        }
    }

    /** A week of work for user {@code id}, read by id; the user object is visited on events only. */
    private static void work(InclusionModel model, Parameters p, WeeklyHazards hazards, int id, double mentorPart) {
        int week = model.week();
        UserIndex index = model.userIndex;
        if (index.mentorId(id) >= 0 && week >= index.mentorEndWeek(id)) {
            model.releaseMentor(model.users.get(id));
        }
        if (index.adviserId(id) >= 0 && week - index.jobStartWeek(id) >= p.advisers().followAlongWeeks()) {
            model.releaseAdviser(model.users.get(id));
        }
        if (week - index.jobStartWeek(id) == p.jobs().sustainedWeeks()) {
            model.sustainedJobs++;
        }
        double support = SupportRule.inJob(p, model, id, mentorPart);
        SupportRule.train(p, index, id, support);
        if (week == index.temporaryEndWeek(id)) {
            loseJob(model, model.users.get(id), Cause.TEMPORARY_ENDED);
            return;
        }
        Cause cause = hazards.jobLoss(index.support(id), index.fit(id), index.jobStartWeek(id),
                model.random().uniform(Purpose.JOB_LOSS, id, week));
        if (cause != null) {
            loseJob(model, model.users.get(id), cause);
        }
    }

    /**
     * The competing job-loss hazards of one week. The exponentials are skipped when the draw lies
     * above an upper bound of the total hazard (support >= 0 and fit >= 0), which gives the same
     * answer at a fraction of the cost.
     */
    static final class WeeklyHazards {
        private final JobParameters jobs;
        private final double threshold;
        private final int week;
        private final double layoff;
        private final double bound;

        WeeklyHazards(Parameters p, double threshold, int week) {
            this.jobs = p.jobs();
            this.threshold = threshold;
            this.week = week;
            this.layoff = jobs.layoffHazardPerWeek() * p.site().profile().unemploymentRate() / REFERENCE_UNEMPLOYMENT;
            this.bound = jobs.quitHazardPerWeek() + jobs.firedHazardPerWeek() * Math.exp(jobs.firedFitEffect() * threshold)
                    + layoff;
        }

        /** The job-loss cause for uniform draw {@code u}, or null if the job continues this week. */
        Cause jobLoss(double support, double fit, int jobStartWeek, double u) {
            if (u >= bound) {
                return null;
            }
            double quit = jobs.quitHazardPerWeek()
                    * Math.exp(-jobs.quitSupportEffect() * support - jobs.quitTenureDeclinePerWeek() * (week - jobStartWeek));
            if (u < quit) {
                return Cause.QUIT;
            }
            double fired = jobs.firedHazardPerWeek() * Math.exp(jobs.firedFitEffect() * (threshold - fit));
            if (u < quit + fired) {
                return Cause.FIRED;
            }
            return u < quit + fired + layoff ? Cause.LAID_OFF : null;
        }
    }

    private static void loseJob(InclusionModel model, User user, Cause cause) {
        if (user.jobs == 1) {
            user.firstJobEndWeek = model.week();
        }
        model.userIndex.setOutOfWorkSince(user.id, model.week());
        model.move(user, Stage.OUT_OF_WORK, cause);
        model.releaseMentor(user);
        user.workplace = null;
        user.jobStartWeek = -1;
        user.temporaryEndWeek = -1;
        model.syncJob(user);
    }

    /** A user out of work who moves on this week (the caller drew the move): seek again or leave. */
    private static void moveOn(InclusionModel model, UserParameters up, User user) {
        int week = model.week();
        if (model.random().uniform(Purpose.REENTRY, user.id, week, 1) >= up.reentryShare()) {
            model.leaveMeasure(user);
        } else if (user.adviser != null) {
            model.move(user, Stage.SEEKING, Cause.REENTRY);
        } else {
            model.move(user, Stage.REFERRED, Cause.REENTRY);
            model.referredQueue.add(user);
        }
    }
}
