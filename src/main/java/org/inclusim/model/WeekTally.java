package org.inclusim.model;

import java.io.Serializable;

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
}
