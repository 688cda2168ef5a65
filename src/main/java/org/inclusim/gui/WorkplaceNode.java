package org.inclusim.gui;

import org.inclusim.model.Workplace;

/** A workplace as the display draws and the inspector shows it. */
public final class WorkplaceNode {
    private final Workplace workplace;

    WorkplaceNode(Workplace workplace) {
        this.workplace = workplace;
    }

    Workplace workplace() {
        return workplace;
    }

    public int getId() {
        return workplace.id();
    }

    public int getEmployees() {
        return workplace.employees();
    }

    public int getMentorsInRole() {
        return workplace.mentorCount();
    }

    public int getMaxMentors() {
        return workplace.maxMentors();
    }

    public int getPlacements() {
        return workplace.placements();
    }

    public int getHires() {
        return workplace.hires();
    }

    @Override
    public String toString() {
        return "Workplace " + workplace.id();
    }
}
