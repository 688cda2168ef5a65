package org.inclusim.model;

import java.io.Serializable;

/**
 * The one place where links between agents change. A link is stored on both sides where both
 * sides read it (a user's adviser and the adviser's caseload; a user's close follow-up and the
 * adviser's close cases; a user's mentor and the mentor's mentee slots; a mentor and its
 * workplace's or network's members), and only these methods write either side, so the sides
 * cannot drift apart. The rules decide when a link changes; these methods only carry it out.
 *
 * <p>A user left with neither mentor nor adviser has support 0 at once (what
 * {@link SupportRule} would compute), since no phase recomputes it.
 */
final class Links implements Serializable {
    private static final long serialVersionUID = 1L;

    private final UserTable users;
    private final MentorTable mentors;
    private final WorkplaceTable workplaces;
    private final AdviserTable advisers;
    private final NetworkTable networks;

    Links(UserTable users, MentorTable mentors, WorkplaceTable workplaces, AdviserTable advisers, NetworkTable networks) {
        this.users = users;
        this.mentors = mentors;
        this.workplaces = workplaces;
        this.advisers = advisers;
        this.networks = networks;
    }

    // ---- user and adviser ---------------------------------------------------------------

    /** The adviser takes the user (who has none) into the caseload, after the current cases. */
    void assignAdviser(int user, int adviser, int week) {
        users.adviser.set(user, adviser);
        users.caseStartWeek.set(user, week);
        users.closeUsed.set(user, false);
        advisers.caseload.add(adviser, user);
    }

    /**
     * The user's case leaves the adviser's caseload, ending its close follow-up. Returns the
     * adviser if a close case ended (its close slot is free), else -1; nothing changes for a
     * user without an adviser.
     */
    int releaseAdviser(int user) {
        int adviser = users.adviser.get(user);
        if (adviser < 0) {
            return -1;
        }
        advisers.caseload.removeKeepingOrder(adviser, user);
        boolean close = users.close(user);
        if (close) {
            endClose(user);
        }
        users.adviser.set(user, -1);
        supportEndsWithoutHelpers(user);
        return close ? adviser : -1;
    }

    /** The user's case, standard so far, gets close follow-up from {@code week}. */
    void startClose(int user, int week) {
        int adviser = users.adviser.get(user);
        users.close.set(user, true);
        users.closeUsed.set(user, true);
        advisers.closeUsers.add(adviser, user);
        advisers.closeSince.add(adviser, week);
    }

    /** The user's close case returns to standard follow-up. */
    void endClose(int user) {
        int adviser = users.adviser.get(user);
        int k = advisers.closeUsers.indexOf(adviser, user);
        advisers.closeUsers.removeSwapping(adviser, k);
        advisers.closeSince.removeSwapping(adviser, k);
        users.close.set(user, false);
    }

    // ---- user, mentor and workplace -----------------------------------------------------

    /** The user, at no workplace, starts a placement at the workplace followed by the mentor (who has room). */
    void startPlacement(int user, int workplace, int mentor) {
        users.workplace.set(user, workplace);
        follow(user, mentor);
    }

    /**
     * The user, at no workplace, starts a job there: followed by the mentor (who has room), or by
     * no mentor if {@code mentor} is -1.
     */
    void startJob(int user, int workplace, int mentor) {
        users.workplace.set(user, workplace);
        if (mentor >= 0) {
            follow(user, mentor);
        }
    }

    /**
     * The employed user's subsidised mentee place ends: the same mentor goes on supporting the
     * user in the background (natural support), adding {@code load} to the mentor's natural load.
     */
    void toNaturalSupport(int user, double load) {
        int mentor = users.mentor.get(user);
        mentors.removeMentee(mentor, user);
        users.mentor.set(user, -1);
        users.naturalMentor.set(user, mentor);
        users.naturalLoad.set(user, load);
        mentors.naturalMentees.add(mentor, 1);
        mentors.naturalLoad.add(mentor, load);
        mentors.engage(mentor);
    }

    /** The user's background (natural) support by a mentor ends (nothing changes without it). */
    void releaseNaturalMentor(int user) {
        int mentor = users.naturalMentor.get(user);
        if (mentor >= 0) {
            mentors.naturalMentees.add(mentor, -1);
            mentors.naturalLoad.add(mentor, -users.naturalLoad.get(user));
            if (mentors.naturalMentees.get(mentor) == 0) {
                mentors.naturalLoad.set(mentor, 0.0);
            }
            users.naturalMentor.set(user, -1);
            users.naturalLoad.set(user, 0.0);
            supportEndsWithoutHelpers(user);
        }
    }

    /** The user's mentee slot moves from the current mentor to {@code other} (who has room). */
    void transferMentee(int user, int other) {
        mentors.removeMentee(users.mentor.get(user), user);
        follow(user, other);
    }

    private void follow(int user, int mentor) {
        users.mentor.set(user, mentor);
        mentors.addMentee(mentor, user);
        mentors.menteesTotal.add(mentor, 1);
        mentors.engage(mentor);
    }

    /** The user's mentor stops following the user (nothing changes without one). */
    void releaseMentor(int user) {
        int mentor = users.mentor.get(user);
        if (mentor >= 0) {
            mentors.removeMentee(mentor, user);
            users.mentor.set(user, -1);
            supportEndsWithoutHelpers(user);
        }
    }

    /** The user leaves the workplace of the placement or job, and its mentor (in a mentee place or natural). */
    void leaveWorkplace(int user) {
        releaseMentor(user);
        releaseNaturalMentor(user);
        users.workplace.set(user, -1);
    }

    private void supportEndsWithoutHelpers(int user) {
        if (!users.helped(user)) {
            users.support.set(user, 0.0);
        }
    }

    // ---- mentor, workplace and network --------------------------------------------------

    /** The newly recruited mentor takes the role at its workplace, after the mentors in role. */
    void joinWorkplace(int mentor) {
        workplaces.addMentor(mentors.workplace.get(mentor), mentor);
    }

    /** The mentor joins the network group, after its members. */
    void joinNetwork(int mentor, int network) {
        mentors.network.set(mentor, network);
        networks.members.add(network, mentor);
    }

    /**
     * The mentor leaves the role: it is no longer among its workplace's mentors nor its
     * network's members (its own record of both stays).
     */
    void leaveRole(int mentor) {
        workplaces.removeMentor(mentors.workplace.get(mentor), mentor);
        int network = mentors.network.get(mentor);
        if (network >= 0) {
            networks.members.removeKeepingOrder(network, mentor);
        }
    }
}
