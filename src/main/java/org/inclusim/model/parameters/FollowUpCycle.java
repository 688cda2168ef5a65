package org.inclusim.model.parameters;

/**
 * When the working-life centre's follow-up contacts fall: on one cycle shared by every mentor
 * (the first model, which shows as a saw-tooth in mean strain) or on each mentor's own cycle,
 * counted from the week of its first mentee.
 */
public enum FollowUpCycle {
    SHARED, OWN
}
