package org.inclusim.gui;

/** The kinds of ties the community display draws between agents (the edge info). */
public enum Tie {
    /** A mentor follows a user at the workplace. */
    MENTORING,
    /** An adviser follows a user as a job specialist (hybrid model, close case). */
    CLOSE_FOLLOW_UP,
    /** An adviser follows a user under the standard guidelines. */
    STANDARD_FOLLOW_UP,
    /** Two mentors in the same mentor network group. */
    NETWORK
}
