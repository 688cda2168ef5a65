package org.inclusim.model;

import org.inclusim.model.parameters.AdviserParameters;
import org.inclusim.model.parameters.Parameters;

/**
 * Rules for advisers each week.
 * <ul>
 * <li>Adviser learning: an adviser below experiencedCompetence co-works alongside an experienced
 * colleague if one has a free partner slot (coWorkingPartners each) and co-working is funded on
 * this occasion, gaining coWorkingLearningPerWeek; every adviser gains caseLearningPerWeek per
 * close case held. Both are multiplied by leadershipSupport. Advisers who reach
 * experiencedCompetence can train others.</li>
 * <li>Hybrid model: while an adviser holds fewer close cases than closeCasesPerAdviser, the
 * earliest standard case that is seeking or in placement is taken into close follow-up.</li>
 * <li>Time use: a close case costs closeHoursEarlyPerWeek in its first 13 weeks and
 * closeHoursLaterPerWeek afterwards, plus the site's travel hours; a standard case costs
 * standardHoursPerWeek.</li>
 * </ul>
 */
final class AdviserRule {
    /** Weeks of a close case counted as its intensive start (IPS: the first 3 months). */
    static final int EARLY_CASE_WEEKS = 13;

    private AdviserRule() {
    }

    static void apply(InclusionModel model) {
        Parameters p = model.parameters();
        AdviserParameters a = p.advisers();
        int experienced = 0;
        for (Adviser adviser : model.advisers) {
            if (adviser.competence >= a.experiencedCompetence()) {
                experienced++;
            }
        }
        int coWorkingSlots = experienced * a.coWorkingPartners();
        for (Adviser adviser : model.advisers) {
            if (adviser.competence < a.experiencedCompetence()) {
                coWorkingSlots -= learn(model, a, adviser, coWorkingSlots > 0) ? 1 : 0;
            }
            selectCloseCases(a, adviser, model.week());
            double hours = hours(model, p, adviser);
            adviser.hoursTotal += hours;
            model.weekTally.adviserHours += hours;
        }
    }

    /** Returns true if the adviser co-worked this week (and so used a partner slot). */
    private static boolean learn(InclusionModel model, AdviserParameters a, Adviser adviser, boolean partnerFree) {
        boolean coWorked = partnerFree
                && ProjectFunding.carriedOut(model, ProjectFunding.Activity.CO_WORKING, adviser.id);
        double gain = a.caseLearningPerWeek() * adviser.closeCases;
        if (coWorked) {
            gain += a.coWorkingLearningPerWeek();
            adviser.coWorkingWeeks++;
        }
        adviser.competence = Math.min(1.0, adviser.competence + gain * a.leadershipSupport());
        return coWorked;
    }

    private static void selectCloseCases(AdviserParameters a, Adviser adviser, int week) {
        for (int i = 0; i < adviser.caseload.size() && adviser.closeCases < a.closeCasesPerAdviser(); i++) {
            User user = adviser.caseload.get(i);
            if (!user.closeFollowUp && (user.stage == Stage.SEEKING || user.stage == Stage.IN_PLACEMENT)) {
                user.closeFollowUp = true;
                user.closeSinceWeek = week;
                adviser.closeCases++;
            }
        }
    }

    private static double hours(InclusionModel model, Parameters p, Adviser adviser) {
        AdviserParameters a = p.advisers();
        double hours = 0;
        for (int i = 0, n = adviser.caseload.size(); i < n; i++) {
            User user = adviser.caseload.get(i);
            if (user.closeFollowUp) {
                boolean early = model.week() - user.closeSinceWeek < EARLY_CASE_WEEKS;
                hours += (early ? a.closeHoursEarlyPerWeek() : a.closeHoursLaterPerWeek())
                        + p.site().profile().travelHoursPerCloseCaseWeek();
            } else {
                hours += a.standardHoursPerWeek();
            }
        }
        return hours;
    }
}
