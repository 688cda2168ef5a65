package org.inclusim.model;

import org.inclusim.model.parameters.AdviserParameters;
import org.inclusim.model.parameters.Parameters;

/**
 * Rule: seeking users. One draw per user and week (stream {@link Purpose#SEEKING}) decides
 * between leaving the measure (probability {@code exitHazardPerWeek}), a placement opportunity
 * (probability {@link #opportunityProbability}) and nothing. On an opportunity the adviser
 * approaches up to {@code searchProbes} random workplaces; the first that is open to the user
 * (small firms less often) and has, or recruits, a mentor with room hosts the placement.
 *
 * <p>The opportunity probability (read by id from {@link UserIndex} and the adviser competence
 * mirror) is only computed when the draw is below its upper bound, and the user object is only
 * visited for an event, which gives the same answer. Users are
 * handled in referral order, so when mentors are scarce the earliest referred are placed first.
 */
final class MatchingRule {
    private MatchingRule() {
    }

    static void apply(InclusionModel model) {
        Parameters p = model.parameters();
        double exit = p.users().exitHazardPerWeek();
        double opportunityBound = Math.max(p.advisers().standardMatchRatePerWeek(), p.advisers().closeMatchRatePerWeek())
                * p.site().profile().opportunityFactor();
        byte seeking = UserIndex.code(Stage.SEEKING);
        UserIndex index = model.userIndex;
        for (int k = 0, n = index.scanSize(); k < n; k++) {
            int id = index.idAt(k);
            if (index.stageCode(id) != seeking) {
                continue;
            }
            double r = model.random().uniform(Purpose.SEEKING, id, model.week());
            if (r < exit) {
                model.leaveMeasure(model.users.get(id));
            } else if (r < exit + opportunityBound && r < exit + opportunityProbability(p, model, id)) {
                tryPlace(model, model.users.get(id));
            }
        }
    }

    /**
     * Weekly chance of a placement opportunity: standard rate, or in close follow-up the standard
     * rate plus (close rate - standard rate) x adviser competence; times the site's opportunity
     * factor; times the duration dependence {@link #durationFactor}. Never above the rates' maximum
     * times the site factor, the bound {@link #apply} tests first.
     */
    static double opportunityProbability(Parameters p, InclusionModel model, int id) {
        AdviserParameters a = p.advisers();
        UserIndex index = model.userIndex;
        double rate = a.standardMatchRatePerWeek();
        int adviser = index.adviserId(id);
        if (index.close(id) && adviser >= 0) {
            rate += (a.closeMatchRatePerWeek() - a.standardMatchRatePerWeek()) * model.adviserCompetence(adviser);
        }
        return rate * p.site().profile().opportunityFactor() * durationFactor(a, model.week() - index.outOfWorkSince(id));
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

    /**
     * The adviser's probes for an opening. A probe reads the workplace's size and mentors from
     * the {@link WorkplaceTable}; the workplace object is visited only to recruit or to place.
     */
    private static void tryPlace(InclusionModel model, User user) {
        Parameters p = model.parameters();
        WorkplaceTable table = model.workplaceTable;
        int count = table.size();
        for (int probe = 0; probe < p.workplaces().searchProbes(); probe++) {
            int w = (int) (model.random().uniform(Purpose.PROBE, user.id, model.week(), probe) * count);
            if (model.random().uniform(Purpose.OPENNESS, user.id, model.week(), probe) >= openness(p, table.employees(w))) {
                continue;
            }
            int mentorId = table.availableMentor(w, model.mentorTable);
            Mentor mentor = mentorId >= 0 ? model.mentors.get(mentorId) : RecruitmentRule.tryRecruit(model, model.workplaces.get(w));
            if (mentor != null) {
                PlacementRule.start(model, user, model.workplaces.get(w), mentor);
                return;
            }
        }
    }
}
