package org.inclusim.model;

import java.util.ArrayList;
import java.util.List;
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

    static void apply(InclusionModel model) {
        Parameters p = model.parameters();
        MentorIndex index = model.mentorIndex;
        for (int id = 0, n = index.size(); id < n; id++) {
            if (!index.isEngaged(id)) {
                continue;
            }
            Mentor mentor = model.mentors.get(id);
            if (mentor.state == MentorState.ACTIVE) {
                mentor(model, p, mentor);
            } else if (mentor.state == MentorState.ON_LEAVE) {
                leave(model, p.mentors(), mentor);
            }
            if (mentor.state == MentorState.ACTIVE) {
                model.weekTally.strainSum += mentor.strain;
            }
            if (mentor.state == MentorState.QUIT
                    || mentor.state == MentorState.ACTIVE && mentor.mentees.isEmpty() && mentor.strain == 0.0) {
                index.release(id);
            }
        }
        model.weekTally.strainObservations += model.mentorCount(MentorState.ACTIVE);
    }

    private static void mentor(InclusionModel model, Parameters p, Mentor mentor) {
        MentorParameters mp = p.mentors();
        AdviserParameters ap = p.advisers();
        int week = model.week();
        double load = 0;
        double hours = 0;
        int crises = 0;
        for (int k = 0, n = mentor.mentees.size(); k < n; k++) {
            User mentee = mentor.mentees.get(k);
            double share = mentee.closeFollowUp ? ap.closeMentorLoadShare() : ap.standardMentorLoadShare();
            boolean placed = mentee.stage == Stage.IN_PLACEMENT;
            double phase = placed ? 1.0 : mp.employedLoadFactor();
            load += mentee.supportNeed * share * phase;
            hours += mp.hoursPerMenteeWeek() * mentor.dedication * share * phase * (placed ? mentee.investment : 1.0);
            if (model.random().uniform(Purpose.CRISIS, mentee.id, week) < mp.crisisProbabilityPerWeek()) {
                crises++;
            }
        }
        mentor.hoursTotal += hours;
        model.weekTally.mentorHours += hours;
        double relief = model.workingLifeCentre.followUp(model, mentor);
        double added = mp.strainPerLoad() * load * mentor.dedication * p.site().workPressure()
                / (1.0 + mp.competenceBuffer() * mentor.competence)
                + crises * mp.crisisStrain() * mentor.dedication;
        mentor.strain = Math.max(0.0, mentor.strain * (1.0 - mp.strainRecoveryRate()) + added - relief);
        if (mentor.strain < NEGLIGIBLE_STRAIN) {
            mentor.strain = 0.0;
        }
        mentor.competence = Math.min(1.0, mentor.competence + mp.learningPerMenteeWeek() * mentor.mentees.size());
        mentor.peakStrain = Math.max(mentor.peakStrain, mentor.strain);
        mentor.cumulativeStrain += mentor.strain;
        if (mentor.strain > mp.burnoutThreshold()) {
            burnOut(model, p, mentor);
        }
    }

    private static void burnOut(InclusionModel model, Parameters p, Mentor mentor) {
        int week = model.week();
        mentor.burnoutEpisodes++;
        model.weekTally.burnouts++;
        mentor.workplace.rememberBurnout(week, p.recruitment().burnoutMemoryWeeks());
        model.setState(mentor, MentorState.ON_LEAVE);
        List<User> mentees = new ArrayList<>(mentor.mentees);
        for (User mentee : mentees) {
            if (mentee.stage == Stage.IN_PLACEMENT) {
                Mentor other = mentor.workplace.availableMentor();
                if (other == null) {
                    model.endPlacement(mentee, Cause.MENTOR_LOST);
                    continue;
                }
                model.releaseMentor(mentee);
                mentee.mentor = other;
                model.syncHelp(mentee);
                other.mentees.add(mentee);
                other.menteesTotal++;
                model.engage(other);
            } else {
                model.releaseMentor(mentee);
            }
        }
        if (model.random().uniform(Purpose.BURNOUT, mentor.randomKey, week) < p.mentors().quitOnBurnoutShare()) {
            quit(model, mentor);
        }
    }

    static void quit(InclusionModel model, Mentor mentor) {
        model.setState(mentor, MentorState.QUIT);
        mentor.quitWeek = model.week();
        mentor.workplace.mentors.remove(mentor);
        if (mentor.network != null) {
            mentor.network.members.remove(mentor);
        }
        model.weekTally.quits++;
    }

    private static void leave(InclusionModel model, MentorParameters mp, Mentor mentor) {
        mentor.strain *= 1.0 - mp.leaveRecoveryRate();
        if (model.random().uniform(Purpose.LEAVE, mentor.randomKey, model.week()) < 1.0 / mp.leaveWeeksMean()) {
            model.setState(mentor, MentorState.ACTIVE);
            model.weekTally.returnsFromLeave++;
        }
    }
}
