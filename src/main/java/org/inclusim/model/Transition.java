package org.inclusim.model;

/**
 * One stage transition of one user: a step of an inclusion trajectory. Ids are -1 where no
 * workplace, mentor or adviser is involved; {@code from} is null for a referral.
 */
public record Transition(int week, int userId, Stage from, Stage to, Cause cause,
                         int workplaceId, int mentorId, int adviserId) {
}
