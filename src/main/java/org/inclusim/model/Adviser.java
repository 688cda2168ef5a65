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
    int coWorkingWeeks;
    double hoursTotal;

    Adviser(int id, boolean experiencedAtStart, double competence) {
        this.id = id;
        this.experiencedAtStart = experiencedAtStart;
        this.competence = competence;
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
