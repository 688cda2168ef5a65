package org.inclusim.model;

import java.io.Serializable;

/**
 * A job seeker with complex support needs. State is changed only by the model's rules; the
 * getters are for observers, inspectors and tests. Fit and support are read from the model's
 * {@link UserIndex}, where the weekly rules update them by id.
 */
public final class User implements Serializable {
    private static final long serialVersionUID = 1L;

    final int id;
    final int referralWeek;
    final double supportNeed;
    private final UserIndex index;
    Stage stage = Stage.REFERRED;
    int stageSinceWeek;

    Adviser adviser;
    boolean closeFollowUp;
    int closeSinceWeek = -1;
    int caseStartWeek = -1;

    Workplace workplace;
    Mentor mentor;
    /** Id of {@link #mentor}, or -1: the rules read the mentor's state by id from {@link MentorTable}. */
    int mentorId = -1;
    int placementStartWeek = -1;
    int plannedWeeks;
    double investment;
    int placements;

    int jobStartWeek = -1;
    int temporaryEndWeek = -1;
    int mentorEndWeek = -1;
    int jobs;
    int firstJobStartWeek = -1;
    int firstJobEndWeek = -1;

    /** Sets close follow-up, mirrored into the index and the mentor's slots. */
    void setCloseFollowUp(boolean close) {
        closeFollowUp = close;
        index.setClose(id, close);
        if (mentor != null) {
            mentor.markClose(this, close);
        }
    }

    /** Sets the mentor (null for none) and its id. */
    void setMentor(Mentor mentor) {
        this.mentor = mentor;
        this.mentorId = mentor == null ? -1 : mentor.id;
    }

    /** A user whose fit and support are row {@code id} of the index (see {@link UserIndex#add}). */
    User(UserIndex index, int id, int referralWeek, double supportNeed) {
        this.index = index;
        this.id = id;
        this.referralWeek = referralWeek;
        this.supportNeed = supportNeed;
        this.stageSinceWeek = referralWeek;
    }

    public int id() {
        return id;
    }

    public int referralWeek() {
        return referralWeek;
    }

    /** Support need in [0, 1]: the complexity of the case. */
    public double supportNeed() {
        return supportNeed;
    }

    /** Work fit in [0, 1]: how well the user masters the job; grows on the job with support. */
    public double fit() {
        return index.fit(id);
    }

    /** Support received in the last week it was computed (mentor plus adviser). */
    public double support() {
        return index.support(id);
    }

    public Stage stage() {
        return stage;
    }

    public int stageSinceWeek() {
        return stageSinceWeek;
    }

    /** The adviser following the user, or null. */
    public Adviser adviser() {
        return adviser;
    }

    /** True if the adviser gives this case close, job-specialist follow-up. */
    public boolean closeFollowUp() {
        return closeFollowUp;
    }

    /** Week the current adviser took the case, or -1. */
    public int caseStartWeek() {
        return caseStartWeek;
    }

    public Workplace workplace() {
        return workplace;
    }

    public Mentor mentor() {
        return mentor;
    }

    public int placements() {
        return placements;
    }

    public int jobs() {
        return jobs;
    }

    /** Week the current job started, or -1. */
    public int jobStartWeek() {
        return jobStartWeek;
    }

    /** Week the first job started, or -1 if never employed. */
    public int firstJobStartWeek() {
        return firstJobStartWeek;
    }

    /** Week the current time out of work began: referral or the end of the last job. */
    public int outOfWorkSinceWeek() {
        return index.outOfWorkSince(id);
    }

    /** Week the first job ended, or -1 if it has not ended. */
    public int firstJobEndWeek() {
        return firstJobEndWeek;
    }
}
