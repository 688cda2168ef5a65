package org.inclusim.model;

import org.inclusim.model.parameters.AdviserParameters;
import org.inclusim.model.parameters.Parameters;

/**
 * Rules for advisers each week (ODD 7.14).
 * <ul>
 * <li>Adviser learning: an adviser below experiencedCompetence co-works alongside an experienced
 * colleague if one has a free partner slot (coWorkingPartners each) and co-working is funded on
 * this occasion, gaining coWorkingLearningPerWeek; every adviser below experiencedCompetence also
 * gains caseLearningPerWeek per close case held. Both are multiplied by leadershipSupport (times its
 * level after the project, {@link ProjectEndRule#leadership}).
 * Advisers who reach experiencedCompetence can train others.</li>
 * <li>Close programmes that have run their weeks end ({@link CloseFollowUpRule#endProgrammes}).</li>
 * <li>Time budget ({@link #allot}): the hours each task needs, served in order close cases,
 * co-working, standard cases out of advisers.hoursPerWeek; the shares covered act on next week's
 * openings and adviser support.</li>
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
        AdviserTable table = model.advisers;
        int n = table.size();
        int experienced = 0;
        for (int id = 0; id < n; id++) {
            table.coWorkingHours.set(id, 0.0);
            if (table.competence.get(id) >= a.experiencedCompetence()) {
                experienced++;
            }
        }
        int[] colleagues = new int[experienced];
        experienced = 0;
        for (int id = 0; id < n; id++) {
            if (table.competence.get(id) >= a.experiencedCompetence()) {
                colleagues[experienced++] = id;
            }
        }
        int coWorkingSlots = experienced * a.coWorkingPartners();
        int used = 0;
        for (int id = 0; id < n; id++) {
            if (table.competence.get(id) < a.experiencedCompetence() && learn(model, a, id, used < coWorkingSlots)) {
                table.coWorkingHours.add(id, a.coWorkingHoursPerWeek());
                table.coWorkingHours.add(colleagues[used / a.coWorkingPartners()], a.coWorkingHoursPerWeek());
                used++;
            }
        }
        for (int id = 0; id < n; id++) {
            CloseFollowUpRule.endProgrammes(model, id);
            allot(model, p, id);
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

    /**
     * The time budget of adviser {@code id} this week. Needed hours: close cases (early cases at
     * closeHoursEarlyPerWeek, later ones at closeHoursLaterPerWeek, plus the site's travel hours),
     * employer contact for close cases seeking work, co-working, standard cases at
     * standardHoursPerWeek. They are served in that order out of hoursPerWeek; the close and
     * standard coverage (hours given / hours needed, 1 when none are needed) are kept for next
     * week, and the hours given and unmet go to the week's tally.
     */
    static void allot(InclusionModel model, Parameters p, int id) {
        AdviserParameters a = p.advisers();
        AdviserTable table = model.advisers;
        int close = table.closeCases(id);
        int early = table.closeCasesYoungerThan(id, EARLY_CASE_WEEKS, model.week());
        double closeCases = early * a.closeHoursEarlyPerWeek() + (close - early) * a.closeHoursLaterPerWeek()
                + close * p.site().profile().travelHoursPerCloseCaseWeek();
        double contact = table.closeCasesSeeking(id, model.users) * a.employerContactHoursPerWeek();
        double coWorking = table.coWorkingHours.get(id);
        double standard = (table.caseloadSize(id) - close) * a.standardHoursPerWeek();
        double left = a.hoursPerWeek();
        double closeNeed = closeCases + contact;
        double closeGiven = Math.min(left, closeNeed);
        left -= closeGiven;
        double coWorkingGiven = Math.min(left, coWorking);
        left -= coWorkingGiven;
        double standardGiven = Math.min(left, standard);
        table.closeCoverage.set(id, closeNeed == 0 ? 1.0 : closeGiven / closeNeed);
        table.standardCoverage.set(id, standard == 0 ? 1.0 : standardGiven / standard);
        double closeShare = closeNeed == 0 ? 0.0 : closeGiven / closeNeed;
        WeekTally tally = model.weekTally;
        tally.adviserHoursClose += closeCases * closeShare;
        tally.adviserHoursEmployerContact += contact * closeShare;
        tally.adviserHoursCoWorking += coWorkingGiven;
        tally.adviserHoursStandard += standardGiven;
        tally.adviserHoursUnmet += (closeNeed - closeGiven) + (coWorking - coWorkingGiven) + (standard - standardGiven);
        double given = closeGiven + coWorkingGiven + standardGiven;
        table.hoursTotal.add(id, given);
        tally.adviserHours += given;
    }
}
