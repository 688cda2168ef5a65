package org.inclusim.gui;

import org.inclusim.model.Adviser;

/** A NAV adviser as the display draws and the inspector shows it. */
public final class AdviserNode {
    private final Adviser adviser;

    AdviserNode(Adviser adviser) {
        this.adviser = adviser;
    }

    Adviser adviser() {
        return adviser;
    }

    public int getId() {
        return adviser.id();
    }

    public boolean isExperiencedAtStart() {
        return adviser.experiencedAtStart();
    }

    public double getCompetence() {
        return adviser.competence();
    }

    public int getCaseload() {
        return adviser.caseload().size();
    }

    public int getCloseCases() {
        return adviser.closeCases();
    }

    public int getCoWorkingWeeks() {
        return adviser.coWorkingWeeks();
    }

    @Override
    public String toString() {
        return "Adviser " + adviser.id();
    }
}
