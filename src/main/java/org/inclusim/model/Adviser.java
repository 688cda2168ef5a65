package org.inclusim.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A NAV adviser (veileder) who follows a caseload, some cases as a job specialist. */
public final class Adviser implements Serializable {
    private static final long serialVersionUID = 1L;

    final int id;
    final boolean experiencedAtStart;
    final List<User> caseload = new ArrayList<>();
    double competence;
    int closeCases;
    /** Week each current close case started close follow-up (unordered; one entry per case). */
    private int[] closeSinceWeeks = new int[4];
    int coWorkingWeeks;
    double hoursTotal;

    Adviser(int id, boolean experiencedAtStart, double competence) {
        this.id = id;
        this.experiencedAtStart = experiencedAtStart;
        this.competence = competence;
    }

    /** Takes a case into close follow-up from {@code week}. */
    void startClose(User user, int week) {
        user.setCloseFollowUp(true);
        user.closeSinceWeek = week;
        if (closeCases == closeSinceWeeks.length) {
            closeSinceWeeks = java.util.Arrays.copyOf(closeSinceWeeks, closeCases * 2);
        }
        closeSinceWeeks[closeCases++] = week;
    }

    /** Ends a case's close follow-up. */
    void endClose(User user) {
        for (int i = 0; i < closeCases; i++) {
            if (closeSinceWeeks[i] == user.closeSinceWeek) {
                closeSinceWeeks[i] = closeSinceWeeks[closeCases - 1];
                break;
            }
        }
        closeCases--;
        user.setCloseFollowUp(false);
        user.closeSinceWeek = -1;
    }

    /** Close cases that started less than {@code weeks} weeks before {@code week}. */
    int closeCasesYoungerThan(int weeks, int week) {
        int n = 0;
        for (int i = 0; i < closeCases; i++) {
            if (week - closeSinceWeeks[i] < weeks) {
                n++;
            }
        }
        return n;
    }

    /**
     * Hybrid model, selection of close cases: while fewer than {@code slots} cases are close,
     * the earliest standard cases in the caseload that are seeking or in placement become close.
     */
    void selectCloseCases(int slots, int week) {
        for (int i = 0; i < caseload.size() && closeCases < slots; i++) {
            User user = caseload.get(i);
            if (!user.closeFollowUp && (user.stage == Stage.SEEKING || user.stage == Stage.IN_PLACEMENT)) {
                startClose(user, week);
            }
        }
    }

    public int id() {
        return id;
    }

    public boolean experiencedAtStart() {
        return experiencedAtStart;
    }

    /** Job-specialist competence in [0, 1]. */
    public double competence() {
        return competence;
    }

    /** Users in the caseload (read-only). */
    public List<User> caseload() {
        return Collections.unmodifiableList(caseload);
    }

    /** Cases currently in close follow-up. */
    public int closeCases() {
        return closeCases;
    }

    /** Weeks spent co-working alongside an experienced colleague. */
    public int coWorkingWeeks() {
        return coWorkingWeeks;
    }

    public double hoursTotal() {
        return hoursTotal;
    }
}
