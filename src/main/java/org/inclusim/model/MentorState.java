package org.inclusim.model;

/** A mentor's role state. */
public enum MentorState {
    /** Mentoring, may take mentees up to capacity. */
    ACTIVE,
    /** On leave after a burnout; takes no mentees. */
    ON_LEAVE,
    /** Quit the mentor role for good (absorbing). */
    QUIT;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
