package org.inclusim.model;

import org.inclusim.model.parameters.AdviserParameters;
import org.inclusim.model.parameters.Parameters;

/**
 * Rules for advisers each week.
 * <ul>
 * <li>Adviser learning: an adviser below experiencedCompetence co-works alongside an experienced
 * colleague if one has a free partner slot (coWorkingPartners each) and co-working is funded on
 * this occasion, gaining coWorkingLearningPerWeek; every adviser below experiencedCompetence also
 * gains caseLearningPerWeek per close case held. Both are multiplied by leadershipSupport.
 * Advisers who reach experiencedCompetence can train others.</li>
 * <li>Time use: a close case costs closeHoursEarlyPerWeek in its first 13 weeks and
 * closeHoursLaterPerWeek afterwards, plus the site's travel hours; a standard case costs
 * standardHoursPerWeek.</li>
 * </ul>
 * The hybrid model's selection of close cases is event-driven (see {@link Adviser#selectCloseCases}).
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
        model.setCompetence(adviser, Math.min(1.0, adviser.competence + gain * a.leadershipSupport()));
        return coWorked;
    }

    /** Adviser hours this week, from the counts of early, later and standard cases. */
    static double hours(InclusionModel model, Parameters p, Adviser adviser) {
        AdviserParameters a = p.advisers();
        int early = adviser.closeCasesYoungerThan(EARLY_CASE_WEEKS, model.week());
        int later = adviser.closeCases - early;
        int standard = adviser.caseload.size() - adviser.closeCases;
        return early * a.closeHoursEarlyPerWeek() + later * a.closeHoursLaterPerWeek()
                + adviser.closeCases * p.site().profile().travelHoursPerCloseCaseWeek()
                + standard * a.standardHoursPerWeek();
    }
}
