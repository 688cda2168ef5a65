package org.inclusim.model;

/**
 * One stage transition of one user: a step of an inclusion trajectory. Ids are -1 where no
 * workplace, mentor or adviser is involved; {@code from} is null for a referral; {@code route} is
 * how a job was found, null unless the transition is a hire or a job change; {@code group} is the
 * user's group ({@code all} without user groups). For a hire or job change (route not null),
 * {@code jobMatch} is the new job's match with the user's preferences (0 to 1), {@code jobHours}
 * its weekly hours and {@code closeFollowUp} whether the user was in close follow-up at the
 * transition; otherwise the two are NaN and {@code closeFollowUp} is false, whatever was passed
 * (the constructor sets them, so a caller may pass the user's current values for any transition).
 */
public record Transition(int week, int userId, Stage from, Stage to, Cause cause,
                         int workplaceId, int mentorId, int adviserId, Route route, String group,
                         double jobMatch, double jobHours, boolean closeFollowUp) {

    public Transition {
        if (route == null) {
            jobMatch = Double.NaN;
            jobHours = Double.NaN;
            closeFollowUp = false;
        }
    }

    /** Whether this transition starts a job (a hire or a job change): it names how the job was found. */
    public boolean startsJob() {
        return route != null;
    }
}
