package org.inclusim.model.parameters;

/**
 * Who gets the working-life centre's follow-up contacts: every mentor when its cycle comes round
 * (equal), or the same number of contacts a week given to the most strained mentors first
 * (targeted).
 */
public enum FollowUpTargeting {
    EQUAL, TARGETED
}
