package org.inclusim.model.parameters;

/**
 * When the working-life centre's follow-up contacts fall: on the first model's cycle, whose phase
 * is the mentor's recruitment ordinal at its workplace, so that the first mentors of all
 * workplaces share one cycle (which shows as a saw-tooth in mean strain), or on each mentor's own
 * cycle, counted from the week of its first mentee.
 */
public enum FollowUpCycle {
    SHARED, OWN
}
