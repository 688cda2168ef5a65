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
 * <li>quit = quitHazardPerWeek x exp(-quitSupportEffect x support)</li>
 * <li>fired = firedHazardPerWeek x exp(firedFitEffect x (threshold(week) - fit))</li>
 * <li>laid off = layoffHazardPerWeek x unemployment rate / 1.9 %</li>
 * </ul>
 *
 * <p>Out of work: with probability 1 / reentryWeeksMean a week the user moves on (stream
 * {@link Purpose#REENTRY}): back to seeking with probability reentryShare (to the referral
 * queue if the adviser case was closed), else out of the measure.
 */
final class EmploymentRule {
    /** Unemployment rate at which layoffHazardPerWeek applies (Akershus, Sept 2019). */
    static final double REFERENCE_UNEMPLOYMENT = 0.019;

    private EmploymentRule() {
    }

    static void apply(InclusionModel model) {
        Parameters p = model.parameters();
        for (int i = 0, n = model.activeUsers.size(); i < n; i++) {
            User user = model.activeUsers.get(i);
            if (user.stage == Stage.EMPLOYED) {
                work(model, p, user);
            } else if (user.stage == Stage.OUT_OF_WORK) {
                moveOn(model, p.users(), user);
            }
        }
    }

    private static void work(InclusionModel model, Parameters p, User user) {
        int week = model.week();
        if (user.mentor != null && week >= user.mentorEndWeek) {
            model.releaseMentor(user);
        }
        if (user.adviser != null && week - user.jobStartWeek >= p.advisers().followAlongWeeks()) {
            model.releaseAdviser(user);
        }
        if (week - user.jobStartWeek + 1 == p.jobs().sustainedWeeks()) {
            model.sustainedJobs++;
        }
        double support = SupportRule.inJob(p, user);
        SupportRule.train(p, user, support);
        if (week == user.temporaryEndWeek) {
            loseJob(model, user, Cause.TEMPORARY_ENDED);
            return;
        }
        Cause cause = jobLoss(p, user, model.hireThreshold(),
                model.random().uniform(Purpose.JOB_LOSS, user.id, week));
        if (cause != null) {
            loseJob(model, user, cause);
        }
    }

    /** The job-loss cause for uniform draw {@code u}, or null if the job continues this week. */
    static Cause jobLoss(Parameters p, User user, double threshold, double u) {
        JobParameters j = p.jobs();
        double quit = j.quitHazardPerWeek() * Math.exp(-j.quitSupportEffect() * user.support);
        if (u < quit) {
            return Cause.QUIT;
        }
        double fired = j.firedHazardPerWeek() * Math.exp(j.firedFitEffect() * (threshold - user.fit));
        if (u < quit + fired) {
            return Cause.FIRED;
        }
        double layoff = j.layoffHazardPerWeek() * p.site().profile().unemploymentRate() / REFERENCE_UNEMPLOYMENT;
        if (u < quit + fired + layoff) {
            return Cause.LAID_OFF;
        }
        return null;
    }

    private static void loseJob(InclusionModel model, User user, Cause cause) {
        if (user.jobs == 1) {
            user.firstJobEndWeek = model.week();
        }
        model.move(user, Stage.OUT_OF_WORK, cause);
        model.releaseMentor(user);
        user.workplace = null;
        user.jobStartWeek = -1;
        user.temporaryEndWeek = -1;
    }

    private static void moveOn(InclusionModel model, UserParameters up, User user) {
        int week = model.week();
        if (model.random().uniform(Purpose.REENTRY, user.id, week, 0) >= 1.0 / up.reentryWeeksMean()) {
            return;
        }
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
