package org.inclusim.model;

import org.inclusim.model.parameters.AdviserParameters;
import org.inclusim.model.parameters.Parameters;

/**
 * Rule: seeking users. One draw per user and week (stream {@link Purpose#SEEKING}) decides
 * whether a placement opportunity comes (probability {@link #opportunityProbability}); leaving
 * the measure is {@link DestinationRule}'s, earlier in the same phase. On an opportunity the adviser
 * approaches up to {@code searchProbes} random workplaces; the first that is open to the user
 * (small firms less often) and has, or recruits, a mentor with room hosts the placement.
 *
 * <p>The opportunity probability (read by id from {@link UserTable} and {@link AdviserTable}) is
 * only computed when the draw is below its upper bound, which gives the same answer. Users are
 * handled in referral order, so when mentors are scarce the earliest referred are placed first.
 */
final class MatchingRule {
    private MatchingRule() {
    }

    static void apply(InclusionModel model) {
        Parameters p = model.parameters();
        double opportunityBound = Math.max(p.advisers().standardMatchRatePerWeek(), p.advisers().closeMatchRatePerWeek())
                * p.site().profile().opportunityFactor();
        byte seeking = UserTable.code(Stage.SEEKING);
        UserTable users = model.users;
        for (int k = 0, n = users.scanSize(); k < n; k++) {
            int id = users.idAt(k);
            if (users.stage.get(id) != seeking) {
                continue;
            }
            double r = model.random().uniform(Purpose.SEEKING, id, model.week());
            if (r < opportunityBound * users.employability(id) && r < opportunityProbability(p, model, id)) {
                tryPlace(model, id);
            }
        }
    }

    /**
     * Weekly chance of a placement opportunity: standard rate, or in close follow-up the standard
     * rate plus (close rate - standard rate) x adviser competence; times the site's opportunity
     * factor; times the duration dependence {@link #durationFactor}; times the user's employability
     * theta. Never above the rates' maximum times the site factor times theta, the bound
     * {@link #apply} tests first.
     */
    static double opportunityProbability(Parameters p, InclusionModel model, int id) {
        AdviserParameters a = p.advisers();
        UserTable users = model.users;
        double rate = a.standardMatchRatePerWeek();
        int adviser = users.adviser.get(id);
        if (users.close(id) && adviser >= 0) {
            rate += (a.closeMatchRatePerWeek() - a.standardMatchRatePerWeek()) * model.advisers.competence.get(adviser);
        }
        return rate * p.site().profile().opportunityFactor() * durationFactor(a, model.week() - users.outOfWorkSinceWeek.get(id))
                * users.employability(id);
    }

    /**
     * Duration dependence: exp(-opportunityDeclinePerWeek x weeks out of work), the weeks counted
     * from referral or from the end of the user's last job (a placement without a hire does not
     * restart the count). Exactly 1 when the decline is 0.
     */
    static double durationFactor(AdviserParameters a, int weeksOutOfWork) {
        double decline = a.opportunityDeclinePerWeek();
        return decline == 0.0 ? 1.0 : Math.exp(-decline * weeksOutOfWork);
    }

    /** Openness of a workplace of the given size to a placement: 1 - smallFirmPenalty x exp(-employees / 10). */
    static double openness(Parameters p, int employees) {
        return 1.0 - p.workplaces().smallFirmPenalty() * Math.exp(-employees / 10.0);
    }

    /** The adviser's probes for an opening; each reads the workplace's size and mentors from the {@link WorkplaceTable}. */
    private static void tryPlace(InclusionModel model, int user) {
        Parameters p = model.parameters();
        WorkplaceTable workplaces = model.workplaces;
        int count = workplaces.size();
        for (int probe = 0; probe < p.workplaces().searchProbes(); probe++) {
            int w = (int) (model.random().uniform(Purpose.PROBE, user, model.week(), probe) * count);
            if (model.random().uniform(Purpose.OPENNESS, user, model.week(), probe) >= openness(p, workplaces.employees(w))) {
                continue;
            }
            int mentor = workplaces.availableMentor(w, model.mentors);
            if (mentor < 0) {
                mentor = RecruitmentRule.tryRecruit(model, w);
            }
            if (mentor >= 0) {
                PlacementRule.start(model, user, w, mentor);
                return;
            }
        }
    }
}
