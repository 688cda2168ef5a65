package org.inclusim.model;

import org.inclusim.model.parameters.AdviserParameters;
import org.inclusim.model.parameters.MentorParameters;
import org.inclusim.model.parameters.Parameters;

/**
 * Rules for mentors each week: time use, strain, learning, burnout, leave and return.
 *
 * <p>Load = sum over mentees of need x load share (close or standard follow-up) x phase factor
 * (1 in placement, employedLoadFactor in a job). Strain then evolves as
 * <pre>strain' = max(0, strain x (1 - strainRecoveryRate)
 *          + strainPerLoad x load x dedication x workPressure / (1 + competenceBuffer x competence)
 *          + crises x crisisStrain x dedication - follow-up relief)</pre>
 * with one crisis draw per mentee (stream {@link Purpose#CRISIS}, keyed by the mentee). Above
 * burnoutThreshold the mentor burns out: mentees in placement move to another mentor at the
 * workplace with room or lose the placement, employed mentees lose mentor support; the mentor
 * quits the role with probability quitOnBurnoutShare (stream {@link Purpose#BURNOUT}), else goes
 * on leave, returning with probability 1 / leaveWeeksMean a week (stream {@link Purpose#LEAVE}).
 *
 * <p>Only engaged mentors are visited, in recruitment order: those with mentees, strain or on
 * leave. An active mentor with no mentees and no strain has nothing to update;
 * strain below {@link #NEGLIGIBLE_STRAIN} counts as none.
 */
final class StrainRule {
    /** Strain below this is set to zero, so idle mentors drop out of the weekly work. */
    static final double NEGLIGIBLE_STRAIN = 0.01;

    private StrainRule() {
    }

    static void apply(InclusionModel model, MenteeSnapshot snapshot) {
        Parameters p = model.parameters();
        MentorTable table = model.mentors;
        for (int id = 0, n = table.size(); id < n; id++) {
            if (!table.isEngaged(id)) {
                continue;
            }
            MentorState state = table.state(id);
            if (state == MentorState.ACTIVE) {
                mentor(model, p, snapshot, id);
            } else if (state == MentorState.ON_LEAVE) {
                leave(model, p.mentors(), id);
            }
            state = table.state(id);
            if (state == MentorState.ACTIVE) {
                model.weekTally.strainSum += table.strain(id);
            }
            if (state == MentorState.QUIT || state == MentorState.ACTIVE && table.menteeCount(id) == 0
                    && table.naturalMentees.get(id) == 0 && table.strain(id) == 0.0) {
                table.release(id);
            }
        }
        model.weekTally.strainObservations += model.mentorCount(MentorState.ACTIVE);
    }

    /** One week of an active mentor: load, hours, crises, follow-up, strain, learning, burnout. */
    private static void mentor(InclusionModel model, Parameters p, MenteeSnapshot snapshot, int id) {
        MentorParameters mp = p.mentors();
        AdviserParameters ap = p.advisers();
        MentorTable table = model.mentors;
        int week = model.week();
        double dedication = table.dedication(id);
        double load = 0;
        double hours = 0;
        int crises = 0;
        int mentees = table.menteeCount(id);
        UserTable users = model.users;
        byte inPlacement = UserTable.code(Stage.IN_PLACEMENT);
        int gathered = snapshot.gathered(id);
        for (int k = 0; k < mentees; k++) {
            int slot = table.slot(id, k);
            int mentee = table.menteeAt(slot);
            boolean inSnapshot = k < gathered;
            boolean placed = (inSnapshot ? snapshot.stage(slot) : users.stage.get(mentee)) == inPlacement;
            boolean close = inSnapshot ? snapshot.close(slot) : users.close(mentee);
            double need = inSnapshot ? snapshot.need(slot) : users.supportNeed.get(mentee);
            double share = close ? ap.closeMentorLoadShare() : ap.standardMentorLoadShare();
            double phase = placed ? 1.0
                    : mp.employedLoadFactor() * (inSnapshot ? snapshot.effort(slot) : effort(mp, users, mentee, week));
            load += need * share * phase;
            hours += mp.hoursPerMenteeWeek() * dedication * share * phase
                    * (placed ? (inSnapshot ? snapshot.investment(slot) : users.investment.get(mentee)) : 1.0);
            if (model.random().uniform(Purpose.CRISIS, mentee, week) < mp.crisisProbabilityPerWeek()) {
                crises++;
            }
        }
        model.weekTally.subsidisedMentorHours += hours;
        load += table.naturalLoad.get(id);
        hours += table.naturalMentees.get(id) * mp.hoursPerMenteeWeek() * dedication * mp.employedLoadFactor() * backgroundEffort(mp);
        table.hours.add(id, hours);
        model.weekTally.mentorHours += hours;
        double relief = model.workingLifeCentre.followUp(model, id);
        double added = mp.strainPerLoad() * load * dedication * p.site().workPressure()
                / (1.0 + mp.competenceBuffer() * table.competence(id))
                + crises * mp.crisisStrain() * dedication;
        double strain = Math.max(0.0, table.strain(id) * (1.0 - mp.strainRecoveryRate()) + added - relief);
        table.setStrain(id, strain < NEGLIGIBLE_STRAIN ? 0.0 : strain);
        table.setCompetence(id, Math.min(1.0, table.competence(id) + mp.learningPerMenteeWeek() * mentees));
        table.recordStrain(id);
        if (table.strain(id) > mp.burnoutThreshold()) {
            burnOut(model, p, id);
        }
    }

    /** The mentor's effort for an employed mentee in a mentee place (stage read now: the mentee was added in this phase). */
    private static double effort(MentorParameters mp, UserTable users, int mentee, int week) {
        int start = users.jobStartWeek.get(mentee);
        return start < 0 ? 1.0 : SupportRule.mentorEffort(mp, week - start);
    }

    /** The effort of background (natural) support once the taper is over: the background share, 1 without a taper. */
    static double backgroundEffort(MentorParameters mp) {
        return mp.taperWeeks() == 0 ? 1.0 : mp.backgroundShare();
    }

    /**
     * The load an employed user adds to the mentor who supports it in the background: need x load
     * share x employedLoadFactor x {@link #backgroundEffort}.
     */
    static double naturalLoad(Parameters p, double need, boolean close) {
        double share = close ? p.advisers().closeMentorLoadShare() : p.advisers().standardMentorLoadShare();
        return need * share * p.mentors().employedLoadFactor() * backgroundEffort(p.mentors());
    }

    private static void burnOut(InclusionModel model, Parameters p, int mentor) {
        int week = model.week();
        MentorTable table = model.mentors;
        int workplace = table.workplace.get(mentor);
        table.burnoutEpisodes.add(mentor, 1);
        model.weekTally.burnouts++;
        model.workplaces.rememberBurnout(workplace, week, p.recruitment().burnoutMemoryWeeks());
        model.setState(mentor, MentorState.ON_LEAVE);
        int[] mentees = new int[table.menteeCount(mentor)];
        for (int k = 0; k < mentees.length; k++) {
            mentees[k] = table.mentee(mentor, k);
        }
        for (int mentee : mentees) {
            if (model.users.stage(mentee) == Stage.IN_PLACEMENT) {
                int other = model.workplaces.availableMentor(workplace, table);
                if (other < 0) {
                    model.endPlacement(mentee, Cause.MENTOR_LOST);
                } else {
                    model.links.transferMentee(mentee, other);
                }
            } else {
                model.links.releaseMentor(mentee);
            }
        }
        if (model.random().uniform(Purpose.BURNOUT, table.randomKey.get(mentor), week) < p.mentors().quitOnBurnoutShare()) {
            quit(model, mentor);
        }
    }

    static void quit(InclusionModel model, int mentor) {
        model.setState(mentor, MentorState.QUIT);
        model.mentors.quitWeek.set(mentor, model.week());
        model.links.leaveRole(mentor);
        model.weekTally.quits++;
    }

    private static void leave(InclusionModel model, MentorParameters mp, int id) {
        MentorTable table = model.mentors;
        table.setStrain(id, table.strain(id) * (1.0 - mp.leaveRecoveryRate()));
        if (model.random().uniform(Purpose.LEAVE, table.randomKey.get(id), model.week()) < 1.0 / mp.leaveWeeksMean()) {
            model.setState(id, MentorState.ACTIVE);
            model.weekTally.returnsFromLeave++;
        }
    }
}
