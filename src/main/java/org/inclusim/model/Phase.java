package org.inclusim.model;

/**
 * The named phases of one simulated week, in schedule order. One step of the MASON schedule is
 * one week; each phase is a single {@code Steppable} that loops over the agents it concerns.
 */
public enum Phase {
    /** Week start: new referrals arrive and advisers take referred users into their caseloads. */
    ARRIVALS,
    /** Seeking users leave, or advisers find them a workplace and mentor (or recruit a mentor). */
    MATCHING,
    /** Users in placement train on the job, may drop out, and get a hire decision at the end. */
    PLACEMENT,
    /** Employed users may lose their job; users out of work seek again or leave. */
    EMPLOYMENT,
    /** Network meetings, working-life-centre follow-up, mentor strain, burnout and leave. */
    MENTORS,
    /** Adviser learning and adviser time use (close cases are selected as cases change, see InclusionModel). */
    ADVISERS,
    /** Reserved for observers outside the model (they read, never write). */
    OBSERVE;

    /** The MASON schedule ordering of this phase. */
    public int ordering() {
        return ordinal();
    }
}
