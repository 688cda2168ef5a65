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

    static void start(InclusionModel model, User user, Workplace workplace, Mentor mentor) {
        int planned = model.parameters().placement().plannedWeeks();
        user.plannedWeeks = planned;
        user.investment = SupportRule.investment(model.parameters(), planned);
        user.workplace = workplace;
        user.setMentor(mentor);
        model.syncHelp(user);
        user.placementStartWeek = model.week();
        model.userIndex.setPlacement(user.id, user.placementStartWeek + planned - 1, user.investment);
        user.placements++;
        model.addMentee(mentor, user);
        workplace.placements++;
        model.move(user, Stage.IN_PLACEMENT, Cause.PLACEMENT_START);
    }

    static void apply(InclusionModel model) {
        Parameters p = model.parameters();
        PlacementParameters pp = p.placement();
        int week = model.week();
        byte placed = UserIndex.code(Stage.IN_PLACEMENT);
        UserIndex index = model.userIndex;
        double[] mentorParts = SupportRule.mentorParts(model);
        for (int k = 0, n = index.scanSize(); k < n; k++) {
            int id = index.idAt(k);
            if (index.stageCode(id) != placed) {
                continue;
            }
            double support = SupportRule.inPlacement(p, model, id, mentorParts[k]);
            SupportRule.train(p, index, id, support);
            if (dropsOut(pp, support, model.random().uniform(Purpose.PLACEMENT, id, week))) {
                model.endPlacement(model.users.get(id), Cause.DROPOUT);
            } else if (week >= index.placementEndWeek(id)) {
                if (model.random().uniform(Purpose.HIRE, id, week) < hireProbability(pp, index.fit(id), model.hireThreshold())) {
                    hire(model, model.users.get(id));
                } else {
                    model.endPlacement(model.users.get(id), Cause.NOT_HIRED);
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
    static void hire(InclusionModel model, User user) {
        Parameters p = model.parameters();
        JobParameters j = p.jobs();
        int week = model.week();
        user.jobs++;
        user.jobStartWeek = week;
        if (user.firstJobStartWeek < 0) {
            user.firstJobStartWeek = week;
        }
        user.temporaryEndWeek = -1;
        if (model.random().uniform(Purpose.JOB_TERMS, user.id, user.jobs, 0) < j.temporaryShare()) {
            int span = j.temporaryWeeksMax() - j.temporaryWeeksMin() + 1;
            user.temporaryEndWeek = week + j.temporaryWeeksMin()
                    + (int) (model.random().uniform(Purpose.JOB_TERMS, user.id, user.jobs, 1) * span);
        }
        user.mentorEndWeek = week + p.mentors().supportWeeksAfterHire();
        model.syncJob(user);
        user.workplace.hires++;
        model.move(user, Stage.EMPLOYED, Cause.HIRED);
        model.mentorTable.markEmployed(user.mentorId, user.id);
        if (p.mentors().supportWeeksAfterHire() == 0) {
            model.releaseMentor(user);
        }
    }
}
