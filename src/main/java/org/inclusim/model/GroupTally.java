package org.inclusim.model;

import java.io.Serializable;
import org.inclusim.model.parameters.SubsidyParameters;

/**
 * Counters of what happened to the users of one user group in one week (or, summed, in the whole
 * run): hires by route, job changes, job-weeks and their subsidy, re-referrals and close
 * programmes ended. It is the only home of these counts: the run's figure is the sum over the
 * groups ({@link WeekTally}), so a group's figure and the run's cannot drift apart. Without user
 * groups there is one group, and it holds the run's figures.
 */
public final class GroupTally implements Serializable {
    private static final long serialVersionUID = 1L;

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
    int reReferrals;

    void reset() {
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
        reReferrals = 0;
    }

    void addTo(GroupTally total) {
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
        total.reReferrals += reReferrals;
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

    /** Hires (any route, not job changes) of users in close follow-up. */
    public int hiresClose() {
        return hiresClose;
    }

    /** Hires with a wage subsidy (any route). */
    public int subsidisedHires() {
        return subsidisedHires;
    }

    /** Job-to-job moves. */
    public int jobChanges() {
        return jobChanges;
    }

    /** Close cases returned to standard follow-up (programme end). */
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

    /** Weekly hours of work summed over employed users, in hours. */
    public double jobHours() {
        return jobHours;
    }

    /** Users referred again after AAP, education or work without NAV. */
    public int reReferrals() {
        return reReferrals;
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
