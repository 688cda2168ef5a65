package org.inclusim.model;

/** Where a user is on the inclusion trajectory. Every user is in exactly one stage each week. */
public enum Stage {
    /** Referred to the measure, waiting for an adviser with room in the caseload. */
    REFERRED,
    /** Followed by an adviser, looking for a placement. */
    SEEKING,
    /** In work training (arbeidstrening) at an ordinary workplace, with a mentor. */
    IN_PLACEMENT,
    /** Hired into an ordinary job. */
    EMPLOYED,
    /** Lost a job; out of work before seeking again or leaving. */
    OUT_OF_WORK,
    /** Left the measure (absorbing). */
    EXITED;

    /** Column-name form, e.g. {@code in_placement}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
