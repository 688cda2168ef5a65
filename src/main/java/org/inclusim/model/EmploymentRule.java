package org.inclusim.model;

import org.inclusim.model.parameters.JobParameters;
import org.inclusim.model.parameters.Parameters;

/**
 * Rules for employed users and users out of work.
 *
 * <p>Employed: mentor follow-up ends after supportWeeksAfterHire weeks, adviser follow-along
 * after followAlongWeeks (the case leaves the caseload); fit keeps growing with support. A
 * temporary job ends at its end week. Otherwise one draw (stream {@link Purpose#JOB_LOSS})
 * against the competing weekly hazards
 * <ul>
 * <li>quit = quitHazardPerWeek x exp(-quitSupportEffect x support - quitTenureDeclinePerWeek x weeks in the job) / theta</li>
 * <li>fired = firedHazardPerWeek x exp(firedFitEffect x (threshold(week) - fit))</li>
 * <li>laid off = layoffHazardPerWeek x unemployment rate / 1.9 %</li>
 * </ul>
 *
 * (theta: the user's employability, {@link EmployabilityRule}).
 *
 * <p>Out of work (a job lost this week is not left in the same week): with probability
 * 1 / reentryWeeksMean a week the user seeks again (stream {@link Purpose#REENTRY}; to the
 * referral queue if the adviser case was closed). Leaving the measure meanwhile is
 * {@link DestinationRule}'s.
 */
final class EmploymentRule {
    /** Unemployment rate at which layoffHazardPerWeek applies (Akershus, Sept 2019). */
    static final double REFERENCE_UNEMPLOYMENT = 0.019;

    private EmploymentRule() {
    }

    static void apply(InclusionModel model, MentorParts mentorParts) {
        Parameters p = model.parameters();
        WeeklyHazards hazards = new WeeklyHazards(p, model.hireThreshold(), model.week());
        UserTable users = model.users;
        byte employed = UserTable.code(Stage.EMPLOYED);
        byte outOfWork = UserTable.code(Stage.OUT_OF_WORK);
        double moveOn = 1.0 / p.users().reentryWeeksMean();
        int week = model.week();
        for (int k = 0, n = users.scanSize(); k < n; k++) {
            int id = users.idAt(k);
            byte stage = users.stage.get(id);
            if (stage == employed) {
                if (users.helped(id)) {
                    work(model, p, hazards, id, mentorParts.at(k));
                } else {
                    workUnaided(model, p, hazards, id);
                }
            } else if (stage == outOfWork && model.random().uniform(Purpose.REENTRY, id, week, 0) < moveOn) {
                seekAgain(model, id);
            }
        }
    }

    /**
     * {@link #work} for a user with neither mentor nor adviser: support is zero, so fit does not
     * change, and support and fit are read only when the job ends or the draw is below the
     * hazards' bound. Same steps, same draws, same results as {@link #work}.
     */
    private static void workUnaided(InclusionModel model, Parameters p, WeeklyHazards hazards, int id) {
        int week = model.week();
        UserTable users = model.users;
        if (week - users.jobStartWeek.get(id) == p.jobs().sustainedWeeks()) {
            model.sustainedJobs++;
        }
        if (week == users.temporaryEndWeek.get(id)) {
            loseJob(model, id, Cause.TEMPORARY_ENDED);
            return;
        }
        double u = model.random().uniform(Purpose.JOB_LOSS, id, week);
        double theta = users.employability(id);
        if (u < hazards.bound(theta)) {
            Cause cause = hazards.jobLoss(users.support.get(id), users.fit.get(id), users.jobStartWeek.get(id), theta, u);
            if (cause != null) {
                loseJob(model, id, cause);
            }
        }
    }

    /** A week of work for user {@code id}, with its {@link MentorParts mentor part} of support. */
    private static void work(InclusionModel model, Parameters p, WeeklyHazards hazards, int id, double mentorPart) {
        int week = model.week();
        UserTable users = model.users;
        if (users.mentor.get(id) >= 0 && week >= users.mentorEndWeek.get(id)) {
            model.links.releaseMentor(id);
        }
        if (users.adviser.get(id) >= 0 && week - users.jobStartWeek.get(id) >= p.advisers().followAlongWeeks()) {
            model.releaseAdviser(id);
        }
        if (week - users.jobStartWeek.get(id) == p.jobs().sustainedWeeks()) {
            model.sustainedJobs++;
        }
        double support = SupportRule.inJob(p, model, id, mentorPart);
        SupportRule.train(p, users, id, support);
        if (week == users.temporaryEndWeek.get(id)) {
            loseJob(model, id, Cause.TEMPORARY_ENDED);
            return;
        }
        Cause cause = hazards.jobLoss(users.support.get(id), users.fit.get(id), users.jobStartWeek.get(id),
                users.employability(id), model.random().uniform(Purpose.JOB_LOSS, id, week));
        if (cause != null) {
            loseJob(model, id, cause);
        }
    }

    /**
     * The competing job-loss hazards of one week. The exponentials are skipped when the draw lies
     * above an upper bound of the total hazard (support >= 0 and fit >= 0, for the user's theta),
     * which gives the same answer at a fraction of the cost.
     */
    static final class WeeklyHazards {
        private final JobParameters jobs;
        private final double threshold;
        private final int week;
        private final double layoff;
        private final double quitBound;
        private final double otherBound;

        WeeklyHazards(Parameters p, double threshold, int week) {
            this.jobs = p.jobs();
            this.threshold = threshold;
            this.week = week;
            this.layoff = jobs.layoffHazardPerWeek() * p.site().profile().unemploymentRate() / REFERENCE_UNEMPLOYMENT;
            this.quitBound = jobs.quitHazardPerWeek();
            this.otherBound = jobs.firedHazardPerWeek() * Math.exp(jobs.firedFitEffect() * threshold) + layoff;
        }

        /** An upper bound of the total hazard of a user with employability {@code theta}. */
        double bound(double theta) {
            return quitBound / theta + otherBound;
        }

        /** The job-loss cause for uniform draw {@code u}, or null if the job continues this week. */
        Cause jobLoss(double support, double fit, int jobStartWeek, double theta, double u) {
            if (u >= bound(theta)) {
                return null;
            }
            double quit = jobs.quitHazardPerWeek()
                    * Math.exp(-jobs.quitSupportEffect() * support - jobs.quitTenureDeclinePerWeek() * (week - jobStartWeek)) / theta;
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

    private static void loseJob(InclusionModel model, int user, Cause cause) {
        UserTable users = model.users;
        if (users.jobs.get(user) == 1) {
            users.firstJobEndWeek.set(user, model.week());
        }
        users.outOfWorkSinceWeek.set(user, model.week());
        model.move(user, Stage.OUT_OF_WORK, cause);
        model.links.leaveWorkplace(user);
        users.jobStartWeek.set(user, -1);
        users.temporaryEndWeek.set(user, -1);
    }

    /** A user out of work who seeks again this week (the caller drew the move). */
    private static void seekAgain(InclusionModel model, int user) {
        if (model.users.adviser.get(user) >= 0) {
            model.move(user, Stage.SEEKING, Cause.REENTRY);
        } else {
            model.move(user, Stage.REFERRED, Cause.REENTRY);
            model.referralQueue.add(user);
        }
    }
}
