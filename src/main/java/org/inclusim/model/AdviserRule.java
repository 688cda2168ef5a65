package org.inclusim.model;

import org.inclusim.model.parameters.AdviserParameters;
import org.inclusim.model.parameters.Parameters;

/**
 * Rules for advisers each week.
 * <ul>
 * <li>Adviser learning: an adviser below experiencedCompetence co-works alongside an experienced
 * colleague if one has a free partner slot (coWorkingPartners each) and co-working is funded on
 * this occasion, gaining coWorkingLearningPerWeek; every adviser below experiencedCompetence also
 * gains caseLearningPerWeek per close case held. Both are multiplied by leadershipSupport (times its
 * level after the project, {@link ProjectEndRule#leadership}).
 * Advisers who reach experiencedCompetence can train others.</li>
 * <li>Time use: a close case costs closeHoursEarlyPerWeek in its first 13 weeks and
 * closeHoursLaterPerWeek afterwards, plus the site's travel hours; a standard case costs
 * standardHoursPerWeek.</li>
 * </ul>
 * The hybrid model's selection of close cases is event-driven (see {@link CloseFollowUpRule}).
 */
final class AdviserRule {
    /** Weeks of a close case counted as its intensive start (IPS: the first 3 months). */
    static final int EARLY_CASE_WEEKS = 13;

    private AdviserRule() {
    }

    static void apply(InclusionModel model) {
        Parameters p = model.parameters();
        AdviserParameters a = p.advisers();
        AdviserTable table = model.advisers;
        int n = table.size();
        int experienced = 0;
        for (int id = 0; id < n; id++) {
            if (table.competence.get(id) >= a.experiencedCompetence()) {
                experienced++;
            }
        }
        int coWorkingSlots = experienced * a.coWorkingPartners();
        for (int id = 0; id < n; id++) {
            if (table.competence.get(id) < a.experiencedCompetence()) {
                coWorkingSlots -= learn(model, a, id, coWorkingSlots > 0) ? 1 : 0;
            }
            double hours = hours(model, p, id);
            table.hoursTotal.add(id, hours);
            model.weekTally.adviserHours += hours;
        }
    }

    /** Returns true if adviser {@code id} co-worked this week (and so used a partner slot). */
    private static boolean learn(InclusionModel model, AdviserParameters a, int id, boolean partnerFree) {
        AdviserTable table = model.advisers;
        boolean coWorked = partnerFree && ProjectFunding.carriedOut(model, ProjectFunding.Activity.CO_WORKING, id);
        double gain = a.caseLearningPerWeek() * table.closeCases(id);
        if (coWorked) {
            gain += a.coWorkingLearningPerWeek();
            table.coWorkingWeeks.add(id, 1);
        }
        table.competence.set(id, Math.min(1.0, table.competence.get(id) + gain * ProjectEndRule.leadership(model)));
        return coWorked;
    }

    /** Hours of adviser {@code id} this week, from the counts of early, later and standard cases. */
    static double hours(InclusionModel model, Parameters p, int id) {
        AdviserParameters a = p.advisers();
        AdviserTable table = model.advisers;
        int close = table.closeCases(id);
        int early = table.closeCasesYoungerThan(id, EARLY_CASE_WEEKS, model.week());
        int later = close - early;
        int standard = table.caseloadSize(id) - close;
        return early * a.closeHoursEarlyPerWeek() + later * a.closeHoursLaterPerWeek()
                + close * p.site().profile().travelHoursPerCloseCaseWeek()
                + standard * a.standardHoursPerWeek();
    }
}
