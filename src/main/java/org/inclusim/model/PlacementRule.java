package org.inclusim.model;

import org.inclusim.model.parameters.Parameters;
import org.inclusim.model.parameters.PlacementParameters;

/**
 * Rules for users in placement (work training, arbeidstrening; ODD 7.10): weekly training on the
 * job, drop-out with hazard dropoutHazardPerWeek x exp(-dropoutSupportEffect x support) (stream
 * {@link Purpose#PLACEMENT}); lock-in search: a direct job opening elsewhere at
 * lockInSearchFactor times a seeking user's rate (stream {@link Purpose#OPENING}); an early hire
 * decision from earliestHireWeeks on with probability earlyHireRatePerWeek a week (stream
 * {@link Purpose#EARLY_HIRE}); and the hire decision at the end of the planned weeks. Every
 * decision is {@link HireRule#decide}; in close follow-up the job specialist's employer contact
 * acts on both placement decisions ({@link JobDevelopmentRule}, search.placementDevelopmentRelief).
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
        users.match.set(user, HireRule.drawMatch(model, user, HireRule.PLACEMENT_MATCH_DRAW));
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
        double lockInBound = pp.lockInSearchFactor() * SearchRule.bound(p);
        for (int k = 0, n = users.scanSize(); k < n; k++) {
            int id = users.idAt(k);
            if (users.stage.get(id) != placed) {
                continue;
            }
            double support = SupportRule.inPlacement(p, model, id, mentorParts.at(k));
            SupportRule.train(p, users, id, support);
            if (dropsOut(pp, support, model.random().uniform(Purpose.PLACEMENT, id, week))) {
                model.endPlacement(id, Cause.DROPOUT);
            } else if (!searchesAway(model, p, id, lockInBound)) {
                decide(model, pp, id);
            }
        }
    }

    /**
     * Lock-in: a direct job opening while in work training comes at lockInSearchFactor times the
     * rate of a seeking user; returns true if the user was hired elsewhere.
     */
    private static boolean searchesAway(InclusionModel model, Parameters p, int id, double bound) {
        double u = model.random().uniform(Purpose.OPENING, id, model.week());
        return u < bound * model.users.employability(id)
                && u < p.placement().lockInSearchFactor() * SearchRule.jobProbability(model.parametersOf(id), model, id)
                && SearchRule.tryDirect(model, id);
    }

    /**
     * The employer's decisions in a placement week: early (from earliestHireWeeks on, by chance;
     * no draw at a rate of 0) or at the planned end.
     */
    private static void decide(InclusionModel model, PlacementParameters pp, int id) {
        int week = model.week();
        UserTable users = model.users;
        if (week >= users.placementEndWeek.get(id)) {
            int terms = HireRule.decide(model, id, HireRule.Decision.END_OF_PLACEMENT);
            if (terms == HireRule.NO_HIRE) {
                model.endPlacement(id, Cause.NOT_HIRED);
            } else {
                HireRule.hire(model, id, Route.PLACEMENT, terms == HireRule.SUBSIDISED);
            }
        } else if (week - users.placementStartWeek.get(id) >= pp.earliestHireWeeks()
                && pp.earlyHireRatePerWeek() > 0.0
                && model.random().uniform(Purpose.EARLY_HIRE, id, week) < pp.earlyHireRatePerWeek()) {
            int terms = HireRule.decide(model, id, HireRule.Decision.EARLY_IN_PLACEMENT);
            if (terms != HireRule.NO_HIRE) {
                HireRule.hire(model, id, Route.EARLY_HIRE, terms == HireRule.SUBSIDISED);
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
}
