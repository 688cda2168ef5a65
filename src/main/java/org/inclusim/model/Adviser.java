package org.inclusim.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A NAV adviser (veileder) who follows a caseload, some cases as a job specialist. The caseload
 * (the users) is kept here; competence, counts, close-case start weeks and totals are row
 * {@code id} of the model's {@link AdviserTable}.
 */
public final class Adviser implements Serializable {
    private static final long serialVersionUID = 2L;

    final int id;
    final boolean experiencedAtStart;
    final List<User> caseload = new ArrayList<>();
    private final AdviserTable table;

    /** An adviser whose weekly state is row {@code id} of the table (see {@link AdviserTable#add}). */
    Adviser(AdviserTable table, int id, boolean experiencedAtStart) {
        this.table = table;
        this.id = id;
        this.experiencedAtStart = experiencedAtStart;
    }

    /** Takes a user into the caseload. */
    void addCase(User user) {
        caseload.add(user);
        table.changeCaseload(id, 1);
    }

    /** Removes a user from the caseload. */
    void removeCase(User user) {
        if (caseload.remove(user)) {
            table.changeCaseload(id, -1);
        }
    }

    /** Takes a case into close follow-up from {@code week}. */
    void startClose(User user, int week) {
        user.setCloseFollowUp(true);
        user.closeSinceWeek = week;
        table.startClose(id, week);
    }

    /** Ends a case's close follow-up. */
    void endClose(User user) {
        table.endClose(id, user.closeSinceWeek);
        user.setCloseFollowUp(false);
        user.closeSinceWeek = -1;
    }

    /**
     * Hybrid model, selection of close cases: while fewer than {@code slots} cases are close,
     * the earliest standard cases in the caseload that are seeking or in placement become close.
     */
    void selectCloseCases(int slots, int week) {
        for (int i = 0; i < caseload.size() && table.closeCases(id) < slots; i++) {
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
        return table.competence(id);
    }

    /** Users in the caseload (read-only). */
    public List<User> caseload() {
        return Collections.unmodifiableList(caseload);
    }

    /** Cases currently in close follow-up. */
    public int closeCases() {
        return table.closeCases(id);
    }

    /** Weeks spent co-working alongside an experienced colleague. */
    public int coWorkingWeeks() {
        return table.coWorkingWeeks(id);
    }

    public double hoursTotal() {
        return table.hoursTotal(id);
    }
}
