package org.inclusim.gui;

import org.inclusim.model.User;

/**
 * A user as the display draws and the inspector shows it: bean getters over the model's user
 * and its trajectory so far. Read-only; positions are kept by the layout.
 */
public final class UserNode {
    private final User user;
    private final History history;
    /** Angle offset in [0, 1) drawn from the GUI's generator, so nodes at one place do not overlap exactly. */
    final double jitter;

    UserNode(User user, History history, double jitter) {
        this.user = user;
        this.history = history;
        this.jitter = jitter;
    }

    User user() {
        return user;
    }

    public int getId() {
        return user.id();
    }

    public String getStage() {
        return user.stage().label();
    }

    public int getInStageSinceWeek() {
        return user.stageSinceWeek();
    }

    public int getReferralWeek() {
        return user.referralWeek();
    }

    public double getSupportNeed() {
        return user.supportNeed();
    }

    public double getFit() {
        return user.fit();
    }

    public double getSupport() {
        return user.support();
    }

    public String getAdviser() {
        if (user.adviser() == null) {
            return "none";
        }
        return "adviser " + user.adviser().id() + (user.closeFollowUp() ? " (close follow-up)" : " (standard follow-up)");
    }

    public String getWorkplace() {
        return user.workplace() == null ? "none" : "workplace " + user.workplace().id();
    }

    public String getMentor() {
        return user.mentor() == null ? "none" : "mentor " + user.mentor().id();
    }

    public int getPlacements() {
        return user.placements();
    }

    public int getJobs() {
        return user.jobs();
    }

    /** The user's stage transitions so far, oldest first, with week and cause. */
    public String getTrajectory() {
        return History.describe(history.trajectory(user.id()));
    }

    /** Number of transitions in the trajectory so far. */
    public int getTrajectorySteps() {
        return history.trajectory(user.id()).size();
    }

    @Override
    public String toString() {
        return "User " + user.id();
    }
}
