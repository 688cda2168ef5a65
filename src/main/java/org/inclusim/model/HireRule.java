package org.inclusim.model;

import org.inclusim.model.parameters.JobParameters;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.model.parameters.SubsidyParameters;

/**
 * Rule: the employer's hire decision, the same for every route (ODD 7.5.2), and the terms of the
 * job a hire starts.
 * <pre>
 * subsidised  = fit &lt; threshold(week) and U(SUBSIDY) &lt; subsidy.offerShare
 * relief      = subsidy.thresholdReliefPerRate x subsidy rate of the first week   (subsidised, else 0)
 * development = {@link JobDevelopmentRule}: search.jobDevelopmentRelief x competence (direct hire in close follow-up),
 *               search.placementDevelopmentRelief x competence (early or end-of-placement decision in close follow-up), else 0
 * P(hire)     = 1 / (1 + exp(-placement.hireSlope x (fit - threshold(week) + relief + development)) / theta)
 * </pre>
 * (theta: the user's employability, {@link EmployabilityRule}: it multiplies the odds of a hire.)
 * A job's match is the best of 1 + {@code search.closeMatchDraws} uniform draws in close
 * follow-up, one draw otherwise ({@link #drawMatch}); its hours are short with probability
 * {@code jobs.shortHoursShare}; it may be temporary.
 */
final class HireRule {
    static final int NO_HIRE = 0;
    static final int UNSUBSIDISED = 1;
    static final int SUBSIDISED = 2;

    /**
     * The kind of a hire decision: its draw index in the {@link Purpose#HIRE} and
     * {@link Purpose#SUBSIDY} streams (separating decisions of one user in one week) and whether
     * it is a direct hire (job-development relief for direct hires, {@link JobDevelopmentRule})
     * or a decision in a placement. A new kind must say both.
     */
    enum Decision {
        /** At the end of a placement. */
        END_OF_PLACEMENT(0, false),
        /** Early in a placement. */
        EARLY_IN_PLACEMENT(1, false),
        /** A direct hire from seeking. */
        DIRECT(2, true);

        final int draw;
        final boolean direct;

        Decision(int draw, boolean direct) {
            this.draw = draw;
            this.direct = direct;
        }
    }

    /** First draw index of the {@link Purpose#MATCH} stream by occasion (one user, one week). */
    static final int PLACEMENT_MATCH_DRAW = 0;
    static final int DIRECT_MATCH_DRAW = 32;
    static final int JOB_CHANGE_MATCH_DRAW = 64;

    private HireRule() {
    }

    /**
     * The employer's decision on hiring {@code user} this week: {@link #NO_HIRE}, or a hire with
     * or without a wage subsidy; {@code decision} gives the draw index and which job-development
     * relief applies.
     */
    static int decide(InclusionModel model, int user, Decision decision) {
        Parameters p = model.parametersOf(user);
        int week = model.week();
        double fit = model.users.fit.get(user);
        double threshold = model.hireThreshold();
        int draw = decision.draw;
        boolean subsidised = fit < threshold
                && model.random().uniform(Purpose.SUBSIDY, user, week, draw) < p.subsidy().offerShare();
        double relief = subsidised ? p.subsidy().thresholdReliefPerRate() * p.subsidy().rateAt(0) : 0.0;
        relief += JobDevelopmentRule.relief(model, user, decision.direct);
        double probability = hireProbability(p.placement().hireSlope(), fit + relief, threshold, model.users.employability(user));
        if (model.random().uniform(Purpose.HIRE, user, week, draw) >= probability) {
            return NO_HIRE;
        }
        return subsidised ? SUBSIDISED : UNSUBSIDISED;
    }

    /** 1 / (1 + exp(-slope x (fit - threshold)) / employability): employability multiplies the odds. */
    static double hireProbability(double slope, double fit, double threshold, double employability) {
        return 1.0 / (1.0 + Math.exp(-slope * (fit - threshold)) / employability);
    }

    /**
     * Match of a placement or job with the user's preferences: the largest of 1 +
     * search.closeMatchDraws uniform draws in close follow-up, of one draw otherwise (stream
     * {@link Purpose#MATCH}, draws from {@code first} on).
     */
    static double drawMatch(InclusionModel model, int user, int first) {
        int draws = model.users.close(user) ? 1 + model.parameters().search().closeMatchDraws() : 1;
        double best = 0.0;
        for (int k = 0; k < draws; k++) {
            best = Math.max(best, model.random().uniform(Purpose.MATCH, user, model.week(), first + k));
        }
        return best;
    }

    /**
     * The user, at the workplace of the hire (and with its mentor, if any), starts a job this
     * week: job count and start, temporary end (stream {@link Purpose#JOB_TERMS}, keyed by user
     * and job number), hours, wage subsidy, mentor follow-up end, the hire recorded for reuse of
     * success ({@link ReuseRule#recordHire}, on every route); then the stage change.
     */
    static void hire(InclusionModel model, int user, Route route, boolean subsidised) {
        Parameters p = model.parameters();
        UserTable users = model.users;
        int week = model.week();
        startJob(model, user, subsidised);
        if (users.firstJobStartWeek.get(user) < 0) {
            users.firstJobStartWeek.set(user, week);
        }
        int follow = p.mentors().followWeeksAfterHire();
        users.mentorEndWeek.set(user, follow == 0 ? Integer.MAX_VALUE : week + follow);
        ReuseRule.recordHire(model, users.workplace.get(user), users.mentor.get(user));
        model.tallyOf(user).countHire(route, subsidised, users.close(user));
        model.move(user, Stage.EMPLOYED, Cause.HIRED, route);
    }

    /** The terms of a new job (also after a job change): job number, start, temporary end, hours and subsidy. */
    static void startJob(InclusionModel model, int user, boolean subsidised) {
        JobParameters j = model.parametersOf(user).jobs();
        UserTable users = model.users;
        int week = model.week();
        users.jobs.add(user, 1);
        int job = users.jobs.get(user);
        users.jobStartWeek.set(user, week);
        int temporaryEnd = -1;
        if (model.random().uniform(Purpose.JOB_TERMS, user, job, 0) < j.temporaryShare()) {
            int span = j.temporaryWeeksMax() - j.temporaryWeeksMin() + 1;
            temporaryEnd = week + j.temporaryWeeksMin()
                    + (int) (model.random().uniform(Purpose.JOB_TERMS, user, job, 1) * span);
        }
        users.temporaryEndWeek.set(user, temporaryEnd);
        boolean isShort = model.random().uniform(Purpose.HOURS, user, job) < j.shortHoursShare();
        users.hours.set(user, isShort ? j.shortHoursPerWeek() : j.longHoursPerWeek());
        users.subsidyStartWeek.set(user, subsidised ? week : -1);
    }

    /** The wage-subsidy rate paid this week in the user's current job (0 if unsubsidised or ended). */
    static double subsidyRate(SubsidyParameters s, UserTable users, int user, int week) {
        int start = users.subsidyStartWeek.get(user);
        return start < 0 ? 0.0 : s.rateAt(week - start);
    }
}
