package org.inclusim.model;

/** How a user got a job: the route of a hire or job change (events.csv {@code route}). */
public enum Route {
    /** Hired at the planned end of a work-training placement. */
    PLACEMENT,
    /** Hired during a work-training placement, before its planned end. */
    EARLY_HIRE,
    /** Hired into an ordinary job without a placement there (job search and job development). */
    DIRECT,
    /** Moved from one job straight to a better-matched one. */
    JOB_TO_JOB;

    /** Column-value form, e.g. {@code early_hire}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
