package org.inclusim.model;

import java.io.Serializable;
import org.inclusim.model.parameters.SubsidyParameters;

/** Counters of what happened in one week (or, summed, in the whole run). */
public final class WeekTally implements Serializable {
    private static final long serialVersionUID = 1L;

    int recruits;
    int recruitRefusals;
    int quits;
    int burnouts;
    int returnsFromLeave;
    int stepBacks;
    int returnsFromStepBack;
    int shortLeaves;
    int severeLeaves;
    int departures;
    int networkInvited;
    int networkAttendees;
    int networkMeetings;
    int followUpContacts;
    int basicTrainings;
    int extendedTrainings;
    double mentorHours;
    double adviserHours;
    double strainSum;
    int strainObservations;
    int hiresAfterPlacement;
    int hiresEarly;
    int hiresDirect;
    int hiresClose;
    int subsidisedHires;
    int jobChanges;
    int closeProgrammeEnds;
    int subsidyWeeksFirst;
    int subsidyWeeksLater;
    double subsidyHoursFirst;
    double subsidyHoursLater;
    double jobHours;
    double subsidisedMentorHours;
    double adviserHoursClose;
    double adviserHoursStandard;
    double adviserHoursEmployerContact;
    double adviserHoursCoWorking;
    double adviserHoursUnmet;
    int reReferrals;
    int adviserTurnovers;

    void reset() {
        recruits = 0;
        recruitRefusals = 0;
        quits = 0;
        burnouts = 0;
        returnsFromLeave = 0;
        stepBacks = 0;
        returnsFromStepBack = 0;
        shortLeaves = 0;
        severeLeaves = 0;
        departures = 0;
        networkInvited = 0;
        networkAttendees = 0;
        networkMeetings = 0;
        followUpContacts = 0;
        basicTrainings = 0;
        extendedTrainings = 0;
        mentorHours = 0;
        adviserHours = 0;
        strainSum = 0;
        strainObservations = 0;
        hiresAfterPlacement = 0;
        hiresEarly = 0;
        hiresDirect = 0;
        hiresClose = 0;
        subsidisedHires = 0;
        jobChanges = 0;
        closeProgrammeEnds = 0;
        subsidyWeeksFirst = 0;
        subsidyWeeksLater = 0;
        subsidyHoursFirst = 0;
        subsidyHoursLater = 0;
        jobHours = 0;
        subsidisedMentorHours = 0;
        adviserHoursClose = 0;
        adviserHoursStandard = 0;
        adviserHoursEmployerContact = 0;
        adviserHoursCoWorking = 0;
        adviserHoursUnmet = 0;
        reReferrals = 0;
        adviserTurnovers = 0;
    }

    void addTo(WeekTally total) {
        total.recruits += recruits;
        total.recruitRefusals += recruitRefusals;
        total.quits += quits;
        total.burnouts += burnouts;
        total.returnsFromLeave += returnsFromLeave;
        total.stepBacks += stepBacks;
        total.returnsFromStepBack += returnsFromStepBack;
        total.shortLeaves += shortLeaves;
        total.severeLeaves += severeLeaves;
        total.departures += departures;
        total.networkInvited += networkInvited;
        total.networkAttendees += networkAttendees;
        total.networkMeetings += networkMeetings;
        total.followUpContacts += followUpContacts;
        total.basicTrainings += basicTrainings;
        total.extendedTrainings += extendedTrainings;
        total.mentorHours += mentorHours;
        total.adviserHours += adviserHours;
        total.strainSum += strainSum;
        total.strainObservations += strainObservations;
        total.hiresAfterPlacement += hiresAfterPlacement;
        total.hiresEarly += hiresEarly;
        total.hiresDirect += hiresDirect;
        total.hiresClose += hiresClose;
        total.subsidisedHires += subsidisedHires;
        total.jobChanges += jobChanges;
        total.closeProgrammeEnds += closeProgrammeEnds;
        total.subsidyWeeksFirst += subsidyWeeksFirst;
        total.subsidyWeeksLater += subsidyWeeksLater;
        total.subsidyHoursFirst += subsidyHoursFirst;
        total.subsidyHoursLater += subsidyHoursLater;
        total.jobHours += jobHours;
        total.subsidisedMentorHours += subsidisedMentorHours;
        total.adviserHoursClose += adviserHoursClose;
        total.adviserHoursStandard += adviserHoursStandard;
        total.adviserHoursEmployerContact += adviserHoursEmployerContact;
        total.adviserHoursCoWorking += adviserHoursCoWorking;
        total.adviserHoursUnmet += adviserHoursUnmet;
        total.reReferrals += reReferrals;
        total.adviserTurnovers += adviserTurnovers;
    }

    /** Users referred again after AAP, education or work without NAV. */
    public int reReferrals() {
        return reReferrals;
    }

    /** Advisers who left and were replaced by a successor at initial competence. */
    public int adviserTurnovers() {
        return adviserTurnovers;
    }

    /** New mentors recruited. */
    public int recruits() {
        return recruits;
    }

    /** Employees who declined to become mentors when asked. */
    public int recruitRefusals() {
        return recruitRefusals;
    }

    /** Mentors who stepped back after strain (kept their mentees, took no new ones for a while). */
    public int stepBacks() {
        return stepBacks;
    }

    /** Stepped-back mentors who took mentees again. */
    public int returnsFromStepBack() {
        return returnsFromStepBack;
    }

    /** Short sick leaves after strain. */
    public int shortLeaves() {
        return shortLeaves;
    }

    /** Severe sick leaves after strain (the clinical-burnout tail). */
    public int severeLeaves() {
        return severeLeaves;
    }

    /** Mentors who left their workplace by ordinary turnover. */
    public int departures() {
        return departures;
    }

    /** Members in role called to network meetings (attendance's denominator). */
    public int networkInvited() {
        return networkInvited;
    }

    /** Members who attended network meetings. */
    public int networkAttendees() {
        return networkAttendees;
    }

    /** Mentors who quit the role after strain. */
    public int quits() {
        return quits;
    }

    /** Burnout episodes: strain events ending in sick leave or quitting. */
    public int burnouts() {
        return burnouts;
    }

    /** Mentors back from sick leave. */
    public int returnsFromLeave() {
        return returnsFromLeave;
    }

    public int networkMeetings() {
        return networkMeetings;
    }

    /** Working-life-centre follow-up contacts with mentors. */
    public int followUpContacts() {
        return followUpContacts;
    }

    public int basicTrainings() {
        return basicTrainings;
    }

    public int extendedTrainings() {
        return extendedTrainings;
    }

    public double mentorHours() {
        return mentorHours;
    }

    public double adviserHours() {
        return adviserHours;
    }

    /** Sum of active mentors' strain after each week's update (for mean strain over mentor-weeks). */
    public double strainSum() {
        return strainSum;
    }

    /** Active mentor-weeks behind {@link #strainSum()}. */
    public int strainObservations() {
        return strainObservations;
    }

    /** Hires at the planned end of a placement. */
    public int hiresAfterPlacement() {
        return hiresAfterPlacement;
    }

    /** Hires during a placement, before its planned end. */
    public int hiresEarly() {
        return hiresEarly;
    }

    /** Hires into a job without a placement there (direct route). */
    public int hiresDirect() {
        return hiresDirect;
    }

    /** Hires with a wage subsidy (any route). */
    public int subsidisedHires() {
        return subsidisedHires;
    }

    /** Job-to-job moves. */
    public int jobChanges() {
        return jobChanges;
    }

    /** Close cases returned to standard follow-up (programme end or fewer close slots). */
    public int closeProgrammeEnds() {
        return closeProgrammeEnds;
    }

    /** Job-weeks with a wage subsidy in its first period. */
    public int subsidyWeeksFirst() {
        return subsidyWeeksFirst;
    }

    /** Job-weeks with a wage subsidy in its second period. */
    public int subsidyWeeksLater() {
        return subsidyWeeksLater;
    }

    /** Weekly hours of the job-weeks in {@link #subsidyWeeksFirst()}, summed (hours). */
    public double subsidyHoursFirst() {
        return subsidyHoursFirst;
    }

    /** Weekly hours of the job-weeks in {@link #subsidyWeeksLater()}, summed (hours). */
    public double subsidyHoursLater() {
        return subsidyHoursLater;
    }

    /** Weekly hours of work summed over employed users. */
    public double jobHours() {
        return jobHours;
    }

    /** Mentor hours for mentees in subsidised mentee places (placements and the first subsidised weeks of a job). */
    public double subsidisedMentorHours() {
        return subsidisedMentorHours;
    }

    /** Adviser hours given to close cases (face-to-face and travel). */
    public double adviserHoursClose() {
        return adviserHoursClose;
    }

    /** Adviser hours given to standard cases. */
    public double adviserHoursStandard() {
        return adviserHoursStandard;
    }

    /** Adviser hours of employer contact for seeking close cases. */
    public double adviserHoursEmployerContact() {
        return adviserHoursEmployerContact;
    }

    /** Adviser hours of co-working. */
    public double adviserHoursCoWorking() {
        return adviserHoursCoWorking;
    }

    /** Adviser hours needed beyond the advisers' weekly hours. */
    public double adviserHoursUnmet() {
        return adviserHoursUnmet;
    }

    /** Hires (any route, not job changes) of users in close follow-up. */
    public int hiresClose() {
        return hiresClose;
    }

    /** Counts a hire by its route (and whether the case is in close follow-up). */
    void countHire(Route route, boolean subsidised, boolean close) {
        if (close && route != Route.JOB_TO_JOB) {
            hiresClose++;
        }
        switch (route) {
            case PLACEMENT -> hiresAfterPlacement++;
            case EARLY_HIRE -> hiresEarly++;
            case DIRECT -> hiresDirect++;
            case JOB_TO_JOB -> jobChanges++;
        }
        if (subsidised) {
            subsidisedHires++;
        }
    }

    /** Counts a week of a job with the given hours, in week {@code subsidyWeek} of its subsidy (-1 if none). */
    void countJobWeek(double hours, int subsidyWeek, SubsidyParameters s) {
        jobHours += hours;
        if (subsidyWeek < 0) {
            return;
        }
        if (subsidyWeek < s.firstWeeks()) {
            subsidyWeeksFirst++;
            subsidyHoursFirst += hours;
        } else if (subsidyWeek < s.firstWeeks() + s.secondWeeks()) {
            subsidyWeeksLater++;
            subsidyHoursLater += hours;
        }
    }
}
