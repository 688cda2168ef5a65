package org.inclusim.model;

/**
 * Where a user is on the inclusion trajectory. Every user is in exactly one stage each week. The
 * first five are in the measure; the rest are destinations outside it ({@link #isDestination}),
 * of which {@link #DISABILITY_BENEFIT} and {@link #OTHER} are absorbing and the others can lead
 * back to a new referral (see {@link DestinationRule}).
 */
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
    /** Left for disability benefit (uføretrygd): absorbing, in practice permanent. */
    DISABILITY_BENEFIT,
    /** Work assessment allowance (arbeidsavklaringspenger) without active follow-up; may be referred again. */
    AAP,
    /** Education or an apprenticeship; may be referred again. */
    EDUCATION,
    /** Found work without NAV's help; may be referred again after losing it. */
    WORK_WITHOUT_NAV,
    /** Moved away, died or otherwise lost from the registers: absorbing. */
    OTHER;

    /** Column-name form, e.g. {@code in_placement}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** True for a stage outside the measure (a destination of leaving it). */
    public boolean isDestination() {
        return ordinal() >= DISABILITY_BENEFIT.ordinal();
    }

    /** True for a destination from which nobody is referred again. */
    public boolean isAbsorbing() {
        return this == DISABILITY_BENEFIT || this == OTHER;
    }
}
