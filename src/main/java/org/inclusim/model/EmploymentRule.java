package org.inclusim.model;

import org.inclusim.model.parameters.JobParameters;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.model.parameters.SubsidyParameters;

/**
 * Rules for employed users and users out of work (ODD 7.11).
 *
 * <p>Employed: mentor and adviser support taper ({@link SupportRule}); the mentee's subsidised
 * mentee place ends after mentors.subsidisedWeeks (the mentor goes on in the background) and
 * the mentor stops altogether only at mentors.followWeeksAfterHire (0 = never); standard
 * follow-along ends after advisers.followAlongWeeks, close follow-along after
 * advisers.closeFollowAlongWeeks (0 = never). Fit keeps growing with support. A temporary job
 * ends at its end week. Otherwise one draw (stream {@link Purpose#JOB_LOSS}) against the
 * competing weekly hazards of {@link WeeklyHazards}; a job that goes on may be left for a
 * better-matched one ({@link #changesJob}). The user's employability theta
 * ({@link EmployabilityRule}) divides the quit hazard.
 *
 * <p>Out of work (a job lost this week is not left in the same week): with probability
 * 1 / reentryWeeksMean a week (1 / advisers.closeReentryWeeksMean in close follow-up) the user
 * seeks again (stream {@link Purpose#REENTRY}; to the referral queue if the adviser case was
 * closed). Leaving the measure meanwhile is {@link DestinationRule}'s.
 */
final class EmploymentRule {
    /** Unemployment rate at which layoffHazardPerWeek applies (Akershus, Sept 2019). */
    static final double REFERENCE_UNEMPLOYMENT = 0.019;
    /** Weekly hours at or below which a job counts as short (Cook &amp; Burke-Miller 2015: 20 hours or less). */
    static final double SHORT_HOURS = 20;

    private EmploymentRule() {
    }

    /**
     * Each user's week reads the user's own parameters ({@link InclusionModel#parametersOf}), with
     * the week's hazards made once per user group.
     */
    static void apply(InclusionModel model, MentorParts mentorParts) {
        WeeklyHazards[] hazards = new WeeklyHazards[model.groups.count()];
        for (int g = 0; g < hazards.length; g++) {
            hazards[g] = new WeeklyHazards(model.groups.of(g), model.tapers(g, model.week()), model.hireThreshold(), model.week());
        }
        UserTable users = model.users;
        byte employed = UserTable.code(Stage.EMPLOYED);
        byte outOfWork = UserTable.code(Stage.OUT_OF_WORK);
        double moveOnClose = 1.0 / model.parameters().advisers().closeReentryWeeksMean();
        int week = model.week();
        for (int k = 0, n = users.scanSize(); k < n; k++) {
            int id = users.idAt(k);
            byte stage = users.stage.get(id);
            if (stage == employed) {
                Parameters p = model.parametersOf(id);
                if (users.helped(id)) {
                    work(model, p, hazards[users.group.get(id)], id, mentorParts.at(k));
                } else {
                    workUnaided(model, p, hazards[users.group.get(id)], id);
                }
            } else if (stage == outOfWork && model.random().uniform(Purpose.REENTRY, id, week, 0)
                    < (users.close(id) ? moveOnClose : 1.0 / model.parametersOf(id).users().reentryWeeksMean())) {
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
        if (endsThisWeek(model, p, id)) {
            return;
        }
        double u = model.random().uniform(Purpose.JOB_LOSS, id, model.week());
        if (u < hazards.bound(model.users.employability(id)) && loses(model, hazards, id, u)) {
            return;
        }
        changesJob(model, p, id);
    }

    /** A week of work for user {@code id}, with its {@link MentorParts mentor part} of support. */
    private static void work(InclusionModel model, Parameters p, WeeklyHazards hazards, int id, double mentorPart) {
        UserTable users = model.users;
        int inJob = model.week() - users.jobStartWeek.get(id);
        endSupport(model, p, id, inJob);
        double support = SupportRule.inJob(p, hazards.tapers, model, id, mentorPart, inJob);
        SupportRule.train(p, users, id, support);
        if (endsThisWeek(model, p, id)) {
            return;
        }
        if (loses(model, hazards, id, model.random().uniform(Purpose.JOB_LOSS, id, model.week()))) {
            return;
        }
        changesJob(model, p, id);
    }

    /**
     * Support that ends by rule in week {@code inJob} of the job: the mentor's subsidised place
     * (the mentor goes on as natural support), the mentor altogether at followWeeksAfterHire or
     * once the natural mentor has left the role (quit, or left the workplace by turnover), the
     * adviser's follow-along (standard: followAlongWeeks; close: closeFollowAlongWeeks, 0 = never).
     */
    private static void endSupport(InclusionModel model, Parameters p, int id, int inJob) {
        UserTable users = model.users;
        int natural = users.naturalMentor.get(id);
        boolean naturalMentorGone = natural >= 0 && !model.mentors.state(natural).inRole();
        if (model.week() >= users.mentorEndWeek.get(id) || naturalMentorGone) {
            model.links.releaseMentor(id);
            model.links.releaseNaturalMentor(id);
        }
        if (users.mentor.get(id) >= 0 && inJob >= p.mentors().subsidisedWeeks()) {
            model.links.toNaturalSupport(id, StrainRule.naturalLoad(p, users.supportNeed.get(id), users.close(id)));
        }
        if (users.adviser.get(id) >= 0) {
            boolean ends = users.close(id)
                    ? p.advisers().closeFollowAlongWeeks() > 0 && inJob >= p.advisers().closeFollowAlongWeeks()
                    : inJob >= p.advisers().followAlongWeeks();
            if (ends) {
                model.releaseAdviser(id);
            }
        }
    }

    /** Counts the week's sustained job, subsidy and hours; ends a temporary job at its end week (true if it ended). */
    private static boolean endsThisWeek(InclusionModel model, Parameters p, int id) {
        UserTable users = model.users;
        int week = model.week();
        if (week - users.jobStartWeek.get(id) == p.jobs().sustainedWeeks()) {
            model.countSustainedJob(id);
        }
        int subsidyStart = users.subsidyStartWeek.get(id);
        model.tallyOf(id).countJobWeek(users.hours.get(id), subsidyStart < 0 ? -1 : week - subsidyStart, p.subsidy());
        if (week == users.temporaryEndWeek.get(id)) {
            loseJob(model, id, Cause.TEMPORARY_ENDED);
            return true;
        }
        return false;
    }

    /** The job-loss draw {@code u} against the week's hazards; true if the job ended. */
    private static boolean loses(InclusionModel model, WeeklyHazards hazards, int id, double u) {
        UserTable users = model.users;
        SubsidyParameters subsidy = model.parametersOf(id).subsidy();
        double relief = subsidy.thresholdReliefPerRate() * HireRule.subsidyRate(subsidy, users, id, model.week());
        Cause cause = hazards.jobLoss(users.support.get(id), users.fit.get(id) + relief, users.jobStartWeek.get(id),
                users.match.get(id), users.hours.get(id) <= SHORT_HOURS, users.employability(id), u);
        if (cause != null) {
            loseJob(model, id, cause);
            return true;
        }
        return false;
    }

    /**
     * Job-to-job move: with probability outsideOfferRatePerWeek a week (stream
     * {@link Purpose#OUTSIDE_OFFER}) another job comes up, its match drawn as for a search; the
     * user moves to it at once if it matches better (a new job at a random workplace, without
     * mentor or subsidy; the adviser stays).
     */
    private static void changesJob(InclusionModel model, Parameters p, int id) {
        double rate = p.jobs().outsideOfferRatePerWeek();
        if (rate == 0 || model.random().uniform(Purpose.OUTSIDE_OFFER, id, model.week()) >= rate) {
            return;
        }
        UserTable users = model.users;
        double offer = HireRule.drawMatch(model, id, HireRule.JOB_CHANGE_MATCH_DRAW);
        if (offer <= users.match.get(id)) {
            return;
        }
        model.links.leaveWorkplace(id);
        int workplace = (int) (model.random().uniform(Purpose.OUTSIDE_OFFER, id, model.week(), 1) * model.workplaces.size());
        model.links.startJob(id, workplace, -1);
        users.match.set(id, offer);
        HireRule.startJob(model, id, false);
        users.mentorEndWeek.set(id, Integer.MAX_VALUE);
        model.tallyOf(id).countHire(Route.JOB_TO_JOB, false, false);
        model.move(id, Stage.EMPLOYED, Cause.JOB_CHANGE, Route.JOB_TO_JOB);
    }

    /**
     * The competing job-loss hazards of one week. The exponentials are skipped when the draw lies
     * above an upper bound of the total hazard (support >= 0, fit >= 0, match >= 0, for the user's
     * theta), which gives the same answer at a fraction of the cost.
     * <ul>
     * <li>quit = quitHazardPerWeek x exp(-quitSupportEffect x support - quitMatchEffect x (match - 1/2)
     * - quitTenureDeclinePerWeek x weeks in the job) x (shortHoursQuitFactor if hours &lt;= 20) / theta</li>
     * <li>fired = firedHazardPerWeek x exp(firedFitEffect x (threshold(week) - fit)), fit raised by a wage subsidy's relief</li>
     * <li>laid off = layoffHazardPerWeek x unemployment rate / 1.9 %</li>
     * </ul>
     */
    static final class WeeklyHazards {
        private final JobParameters jobs;
        /** The group's support tapers, tabulated for this week's jobs. */
        final Tapers tapers;
        private final double threshold;
        private final int week;
        private final double layoff;
        private final double quitBound;
        private final double otherBound;

        WeeklyHazards(Parameters p, Tapers tapers, double threshold, int week) {
            this.jobs = p.jobs();
            this.tapers = tapers;
            this.threshold = threshold;
            this.week = week;
            this.layoff = jobs.layoffHazardPerWeek() * p.site().profile().unemploymentRate() / REFERENCE_UNEMPLOYMENT;
            this.quitBound = jobs.quitHazardPerWeek() * Math.exp(jobs.quitMatchEffect() / 2) * Math.max(1.0, jobs.shortHoursQuitFactor());
            this.otherBound = jobs.firedHazardPerWeek() * Math.exp(jobs.firedFitEffect() * threshold) + layoff;
        }

        /** An upper bound of the total hazard of a user with employability {@code theta}. */
        double bound(double theta) {
            return quitBound / theta + otherBound;
        }

        /** The job-loss cause for uniform draw {@code u}, or null if the job continues this week. */
        Cause jobLoss(double support, double fit, int jobStartWeek, double match, boolean shortHours, double theta, double u) {
            if (u >= bound(theta)) {
                return null;
            }
            double quit = jobs.quitHazardPerWeek()
                    * Math.exp(-jobs.quitSupportEffect() * support - jobs.quitMatchEffect() * (match - 0.5)
                            - jobs.quitTenureDeclinePerWeek() * (week - jobStartWeek))
                    * (shortHours ? jobs.shortHoursQuitFactor() : 1.0) / theta;
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
        if (users.firstJobEndWeek.get(user) < 0) {
            users.firstJobEndWeek.set(user, model.week());
        }
        users.outOfWorkSinceWeek.set(user, model.week());
        model.move(user, Stage.OUT_OF_WORK, cause);
        model.links.leaveWorkplace(user);
        users.jobStartWeek.set(user, -1);
        users.temporaryEndWeek.set(user, -1);
        users.subsidyStartWeek.set(user, -1);
        users.hours.set(user, 0.0);
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
