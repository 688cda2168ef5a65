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
    int networkMeetings;
    int followUpContacts;
    int basicTrainings;
    int extendedTrainings;
    double mentorHours;
    double adviserHours;
    double strainSum;
    int strainObservations;
    int reReferrals;
    int adviserTurnovers;

    void reset() {
        recruits = 0;
        recruitRefusals = 0;
        quits = 0;
        burnouts = 0;
        returnsFromLeave = 0;
        networkMeetings = 0;
        followUpContacts = 0;
        basicTrainings = 0;
        extendedTrainings = 0;
        mentorHours = 0;
        adviserHours = 0;
        strainSum = 0;
        strainObservations = 0;
        reReferrals = 0;
        adviserTurnovers = 0;
    }

    void addTo(WeekTally total) {
        total.recruits += recruits;
        total.recruitRefusals += recruitRefusals;
        total.quits += quits;
        total.burnouts += burnouts;
        total.returnsFromLeave += returnsFromLeave;
        total.networkMeetings += networkMeetings;
        total.followUpContacts += followUpContacts;
        total.basicTrainings += basicTrainings;
        total.extendedTrainings += extendedTrainings;
        total.mentorHours += mentorHours;
        total.adviserHours += adviserHours;
        total.strainSum += strainSum;
        total.strainObservations += strainObservations;
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

    /** Mentors who quit the role. */
    public int quits() {
        return quits;
    }

    /** Burnout episodes. */
    public int burnouts() {
        return burnouts;
    }

    /** Mentors back from burnout leave. */
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
