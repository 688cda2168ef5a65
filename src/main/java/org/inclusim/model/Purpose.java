package org.inclusim.model;

/**
 * What a random draw is for. Each purpose is its own keyed stream (see {@link RandomStreams}),
 * so a change in one mechanism never shifts the draws of another: common random numbers.
 */
public enum Purpose {
    ARRIVALS, USER_TRAITS, WORKPLACE_TRAITS, MENTOR_TRAITS,
    SEEKING, PROBE, OPENNESS, RECRUIT, PLACEMENT, HIRE, JOB_TERMS, JOB_LOSS, REENTRY,
    CRISIS, LEAVE, BURNOUT, ATTENDANCE, NETWORK_JOIN, FUNDING,
    // Model 2, part 1 (appended, so the purposes above keep their streams)
    MATCH, OPENING, EARLY_HIRE, SUBSIDY, HOURS, OUTSIDE_OFFER,
    // Model 2, part 2
    EMPLOYABILITY, DESTINATION, RETURN, ADVISER_TURNOVER,
    // Model 2, part 2: the mentor side
    STRAIN_EVENT, TURNOVER, REUSE,
    // user groups (appended, as above)
    USER_GROUP,
    // work beside disability benefit (appended, as above)
    DISABILITY_WORK
}
