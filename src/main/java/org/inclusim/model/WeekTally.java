package org.inclusim.model;

import java.io.Serializable;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

/**
 * Counters of what happened in one week (or, summed, in the whole run). The counts of what
 * happened to users (hires, job-weeks, re-referrals, close programmes ended) live in one
 * {@link GroupTally} per user group; the run's figure of each is the sum over the groups. The
 * other counters (mentors, advisers, the working-life centre) belong to the run only.
 */
public final class WeekTally implements Serializable {
    private static final long serialVersionUID = 2L;

    /** The users' counters by group, indexed as {@link Views#groupNames()} (one without groups). */
    private final GroupTally[] groups;

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
    double subsidisedMentorHours;
    double adviserHoursClose;
    double adviserHoursStandard;
    double adviserHoursEmployerContact;
    double adviserHoursCoWorking;
    double adviserHoursUnmet;
    int adviserTurnovers;

    /** @param groupCount the run's user groups (1 without groups) */
    WeekTally(int groupCount) {
        groups = new GroupTally[groupCount];
        for (int g = 0; g < groupCount; g++) {
            groups[g] = new GroupTally();
        }
    }

    void reset() {
        for (GroupTally g : groups) {
            g.reset();
        }
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
        subsidisedMentorHours = 0;
        adviserHoursClose = 0;
        adviserHoursStandard = 0;
        adviserHoursEmployerContact = 0;
        adviserHoursCoWorking = 0;
        adviserHoursUnmet = 0;
        adviserTurnovers = 0;
    }

    void addTo(WeekTally total) {
        for (int g = 0; g < groups.length; g++) {
            groups[g].addTo(total.groups[g]);
        }
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
        total.subsidisedMentorHours += subsidisedMentorHours;
        total.adviserHoursClose += adviserHoursClose;
        total.adviserHoursStandard += adviserHoursStandard;
        total.adviserHoursEmployerContact += adviserHoursEmployerContact;
        total.adviserHoursCoWorking += adviserHoursCoWorking;
        total.adviserHoursUnmet += adviserHoursUnmet;
        total.adviserTurnovers += adviserTurnovers;
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

    /** The counters of the users of group {@code group} (index into {@link Views#groupNames()}). */
    public GroupTally group(int group) {
        return groups[group];
    }

    /** Users referred again after AAP, education or work without NAV (sum over groups). */
    public int reReferrals() {
        return sum(GroupTally::reReferrals);
    }

    /** Hires at the planned end of a placement (sum over groups). */
    public int hiresAfterPlacement() {
        return sum(GroupTally::hiresAfterPlacement);
    }

    /** Hires during a placement, before its planned end (sum over groups). */
    public int hiresEarly() {
        return sum(GroupTally::hiresEarly);
    }

    /** Hires into a job without a placement there (sum over groups). */
    public int hiresDirect() {
        return sum(GroupTally::hiresDirect);
    }

    /** Hires with a wage subsidy, any route (sum over groups). */
    public int subsidisedHires() {
        return sum(GroupTally::subsidisedHires);
    }

    /** Job-to-job moves (sum over groups). */
    public int jobChanges() {
        return sum(GroupTally::jobChanges);
    }

    /** Close cases returned to standard follow-up (sum over groups). */
    public int closeProgrammeEnds() {
        return sum(GroupTally::closeProgrammeEnds);
    }

    /** Job-weeks with a wage subsidy in its first period (sum over groups). */
    public int subsidyWeeksFirst() {
        return sum(GroupTally::subsidyWeeksFirst);
    }

    /** Job-weeks with a wage subsidy in its second period (sum over groups). */
    public int subsidyWeeksLater() {
        return sum(GroupTally::subsidyWeeksLater);
    }

    /** Weekly hours of the job-weeks in {@link #subsidyWeeksFirst()}, in hours (sum over groups, in group order). */
    public double subsidyHoursFirst() {
        return sumHours(GroupTally::subsidyHoursFirst);
    }

    /** Weekly hours of the job-weeks in {@link #subsidyWeeksLater()}, in hours (sum over groups, in group order). */
    public double subsidyHoursLater() {
        return sumHours(GroupTally::subsidyHoursLater);
    }

    /** Weekly hours of work summed over employed users, in hours (sum over groups, in group order). */
    public double jobHours() {
        return sumHours(GroupTally::jobHours);
    }

    /** Hires (any route, not job changes) of users in close follow-up (sum over groups). */
    public int hiresClose() {
        return sum(GroupTally::hiresClose);
    }

    private int sum(ToIntFunction<GroupTally> count) {
        int total = 0;
        for (GroupTally g : groups) {
            total += count.applyAsInt(g);
        }
        return total;
    }

    private double sumHours(ToDoubleFunction<GroupTally> amount) {
        double total = 0;
        for (GroupTally g : groups) {
            total += amount.applyAsDouble(g);
        }
        return total;
    }
}
