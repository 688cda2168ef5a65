package org.inclusim.model;

import org.inclusim.model.parameters.AdviserParameters;
import org.inclusim.model.parameters.MentorParameters;
import org.inclusim.model.parameters.Parameters;

/**
 * Rules for mentors each week: time use, strain and learning; the strain hazard and the other
 * ways out of active mentoring are {@link MentorExitRule}'s.
 *
 * <p>Load = sum over mentees in a mentee place of need x load share (close or standard
 * follow-up) x phase factor (1 in placement; in a job employedLoadFactor x the mentor's tapering
 * effort {@link SupportRule#mentorEffort}), plus the natural load of the employed users the mentor
 * supports in the background ({@link #naturalLoad}); hours follow the same tapered effort. A
 * mentee at the background level thus strains less than one in its first weeks. Strain then
 * evolves as
 * <pre>strain' = max(0, strain x (1 - strainRecoveryRate)
 *          + strainPerLoad x load x dedication x workPressure x (1 + unallottedStrainWeight x unallotted)
 *            / (1 + competenceBuffer x competence)
 *          + crises x crisisStrain x dedication - follow-up relief)</pre>
 * with unallotted the share of this week's mentoring hours (tapered and background hours
 * included) above allottedHoursPerWeek, and one crisis draw per mentee in a place (stream
 * {@link Purpose#CRISIS}, keyed by the mentee).
 *
 * <p>Every mentor is checked for ordinary turnover (one int compare); only engaged mentors are
 * visited further, in recruitment order: those with mentees (in a place or natural), strain,
 * stepped back or on leave. An active mentor with no mentees and no strain has nothing to
 * update; strain below {@link #NEGLIGIBLE_STRAIN} counts as none.
 */
final class StrainRule {
    /** Strain below this is set to zero, so idle mentors drop out of the weekly work. */
    static final double NEGLIGIBLE_STRAIN = 0.01;

    private StrainRule() {
    }

    static void apply(InclusionModel model, MenteeSnapshot snapshot) {
        Parameters p = model.parameters();
        MentorTable table = model.mentors;
        int week = model.week();
        model.workingLifeCentre.planFollowUp(model);
        double referenceLogit = MentorExitRule.referenceLogit(p.mentors());
        for (int id = 0, n = table.size(); id < n; id++) {
            if (table.departureWeek.get(id) <= week) {
                MentorExitRule.leaveWorkplace(model, id);
                table.release(id);
                continue;
            }
            if (!table.isEngaged(id)) {
                continue;
            }
            MentorState state = table.state(id);
            if (state.mentoring()) {
                mentor(model, p, snapshot, id);
                MentorExitRule.strainHazard(model, p.mentors(), referenceLogit, id);
            } else if (state == MentorState.ON_LEAVE) {
                leave(model, p.mentors(), id);
            }
            state = table.state(id);
            if (state.mentoring()) {
                model.weekTally.strainSum += table.strain(id);
            }
            if (!state.inRole() || state == MentorState.ACTIVE && table.menteeCount(id) == 0
                    && table.naturalMentees.get(id) == 0 && table.strain(id) == 0.0) {
                table.release(id);
            }
        }
        model.weekTally.strainObservations += model.mentorStateCounts[MentorState.ACTIVE.ordinal()]
                + model.mentorStateCounts[MentorState.STEPPED_BACK.ordinal()];
    }

    /** One week of a mentoring mentor: load, hours, crises, follow-up, strain, learning. */
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
        table.menteeWeeks.add(id, mentees);
        if (mentees > 0 && table.followUpAnchorWeek.get(id) < 0) {
            table.followUpAnchorWeek.set(id, week);
        }
        model.weekTally.mentorHours += hours;
        double relief = model.workingLifeCentre.followUp(model, id);
        double added = mp.strainPerLoad() * load * dedication * p.site().workPressure()
                * (1.0 + mp.unallottedStrainWeight() * unallottedShare(hours, mp.allottedHoursPerWeek()))
                / (1.0 + mp.competenceBuffer() * table.competence(id))
                + crises * mp.crisisStrain() * dedication;
        double strain = Math.max(0.0, table.strain(id) * (1.0 - mp.strainRecoveryRate()) + added - relief);
        table.setStrain(id, strain < NEGLIGIBLE_STRAIN ? 0.0 : strain);
        table.setCompetence(id, Math.min(1.0, table.competence(id) + mp.learningPerMenteeWeek() * mentees));
        table.recordStrain(id);
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

    /**
     * Share of a week's mentoring hours above the hours the employer allots: max(0, hours -
     * allotted) / hours, 0 without hours. Allotted hours of a whole week (168) never run short.
     */
    static double unallottedShare(double hours, double allottedHours) {
        return hours <= allottedHours ? 0.0 : (hours - allottedHours) / hours;
    }

    /** A mentor on sick leave recovers; it returns, with its remaining strain, in its return week. */
    private static void leave(InclusionModel model, MentorParameters mp, int id) {
        MentorTable table = model.mentors;
        table.setStrain(id, table.strain(id) * (1.0 - mp.leaveRecoveryRate()));
        if (table.returnWeek.get(id) <= model.week()) {
            model.setState(id, MentorState.ACTIVE);
            model.weekTally.returnsFromLeave++;
        }
    }
}
