package org.inclusim.model;

import org.inclusim.model.parameters.JobParameters;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.model.parameters.PlacementParameters;

/**
 * Rules for users in placement (place-then-train): weekly training on the job, drop-out with
 * hazard dropoutHazardPerWeek x exp(-dropoutSupportEffect x support) (stream
 * {@link Purpose#PLACEMENT}), and at the end of the planned weeks the hire decision with
 * P(hire) = 1 / (1 + exp(-hireSlope x (fit - threshold(week)))) (stream {@link Purpose#HIRE}).
 */
final class PlacementRule {
    private PlacementRule() {
    }

    /** The user starts a placement at the workplace, followed by the mentor (who has room). */
    static void start(InclusionModel model, int user, int workplace, int mentor) {
        int planned = model.parameters().placement().plannedWeeks();
        UserTable users = model.users;
        users.investment.set(user, SupportRule.investment(model.parameters(), planned));
        users.placementStartWeek.set(user, model.week());
        users.placementEndWeek.set(user, model.week() + planned - 1);
        users.placements.add(user, 1);
        model.links.startPlacement(user, workplace, mentor);
        model.workplaces.placements.add(workplace, 1);
        model.move(user, Stage.IN_PLACEMENT, Cause.PLACEMENT_START);
    }

    static void apply(InclusionModel model, MentorParts mentorParts) {
        Parameters p = model.parameters();
        PlacementParameters pp = p.placement();
        int week = model.week();
        byte placed = UserTable.code(Stage.IN_PLACEMENT);
        UserTable users = model.users;
        for (int k = 0, n = users.scanSize(); k < n; k++) {
            int id = users.idAt(k);
            if (users.stage.get(id) != placed) {
                continue;
            }
            double support = SupportRule.inPlacement(p, model, id, mentorParts.at(k));
            SupportRule.train(p, users, id, support);
            if (dropsOut(pp, support, model.random().uniform(Purpose.PLACEMENT, id, week))) {
                model.endPlacement(id, Cause.DROPOUT);
            } else if (week >= users.placementEndWeek.get(id)) {
                if (model.random().uniform(Purpose.HIRE, id, week) < hireProbability(pp, users.fit.get(id), model.hireThreshold())) {
                    hire(model, id);
                } else {
                    model.endPlacement(id, Cause.NOT_HIRED);
                }
            }
        }
    }

    /**
     * Drop-out for uniform draw {@code u}: u below dropoutHazardPerWeek x exp(-effect x support).
     * The exponential is skipped when u is above its bound dropoutHazardPerWeek (support >= 0).
     */
    static boolean dropsOut(PlacementParameters pp, double support, double u) {
        return u < pp.dropoutHazardPerWeek()
                && u < pp.dropoutHazardPerWeek() * Math.exp(-pp.dropoutSupportEffect() * support);
    }

    static double hireProbability(PlacementParameters pp, double fit, double threshold) {
        return 1.0 / (1.0 + Math.exp(-pp.hireSlope() * (fit - threshold)));
    }

    /**
     * Hire: the job may be temporary (share temporaryShare, length uniform between min and max,
     * stream {@link Purpose#JOB_TERMS} keyed by user and job number); the mentor keeps following
     * for supportWeeksAfterHire weeks.
     */
    static void hire(InclusionModel model, int user) {
        Parameters p = model.parameters();
        JobParameters j = p.jobs();
        UserTable users = model.users;
        int week = model.week();
        users.jobs.add(user, 1);
        int job = users.jobs.get(user);
        users.jobStartWeek.set(user, week);
        if (users.firstJobStartWeek.get(user) < 0) {
            users.firstJobStartWeek.set(user, week);
        }
        int temporaryEnd = -1;
        if (model.random().uniform(Purpose.JOB_TERMS, user, job, 0) < j.temporaryShare()) {
            int span = j.temporaryWeeksMax() - j.temporaryWeeksMin() + 1;
            temporaryEnd = week + j.temporaryWeeksMin()
                    + (int) (model.random().uniform(Purpose.JOB_TERMS, user, job, 1) * span);
        }
        users.temporaryEndWeek.set(user, temporaryEnd);
        users.mentorEndWeek.set(user, week + p.mentors().supportWeeksAfterHire());
        model.workplaces.recordHire(users.workplace.get(user));
        MatchingRule.recordSuccess(model, users.mentor.get(user));
        model.move(user, Stage.EMPLOYED, Cause.HIRED);
        if (p.mentors().supportWeeksAfterHire() == 0) {
            model.links.releaseMentor(user);
        }
    }
}
