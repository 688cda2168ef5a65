package org.inclusim.model;

/** A mentor's role state. */
public enum MentorState {
    /** Mentoring, may take mentees up to capacity. */
    ACTIVE,
    /** Stepped back after strain: keeps and supports its current mentees, takes no new ones for a while. */
    STEPPED_BACK,
    /** On sick leave after strain (short, or severe with the clinical-burnout tail); takes no mentees. */
    ON_LEAVE,
    /** Quit the mentor role for good after strain (absorbing). */
    QUIT,
    /** Left the workplace (ordinary turnover: job change, retirement; absorbing). */
    LEFT;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** In the role at its workplace: active, stepped back or on leave (counts against the workplace's mentors). */
    public boolean inRole() {
        return this != QUIT && this != LEFT;
    }

    /** Supports its current mentees: active or stepped back. */
    public boolean mentoring() {
        return this == ACTIVE || this == STEPPED_BACK;
    }
}
