package org.inclusim.model;

/** Why a user changed stage. Job-loss causes follow Cook & Burke-Miller 2015. */
public enum Cause {
    /** New referral to the measure. */
    REFERRAL,
    /** An adviser took the user into the caseload. */
    INTAKE,
    /** A workplace and a mentor took the user into a placement. */
    PLACEMENT_START,
    /** An employer hired the user: at the end of a placement, early in one, or directly (see {@link Route}). */
    HIRED,
    /** The placement ended without a hire. */
    NOT_HIRED,
    /** The user dropped out of the placement. */
    DROPOUT,
    /** The mentor burnt out and no other mentor at the workplace could take over. */
    MENTOR_LOST,
    /** The user quit the job. */
    QUIT,
    /** The employer ended the job for lack of fit. */
    FIRED,
    /** A temporary job reached its end. */
    TEMPORARY_ENDED,
    /** The employer laid the user off (labour market). */
    LAID_OFF,
    /** After a job loss, the user seeks work again. */
    REENTRY,
    /** The user left the measure for a destination (the transition's {@code to} stage names it). */
    LEFT_MEASURE,
    /** The employed user moved straight to a better-matched job (no spell out of work). */
    JOB_CHANGE,
    /** A user in AAP, education or work without NAV is referred to the measure again. */
    RE_REFERRAL,
    /** A user on disability benefit starts working beside it (graded benefit); the stage stays disability_benefit. */
    BENEFIT_WORK_STARTED,
    /** A user working beside disability benefit stops working; the stage stays disability_benefit. */
    BENEFIT_WORK_ENDED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
