package org.inclusim.gui;

import java.util.List;
import org.inclusim.model.Workplace;

/** A workplace as the display draws and the inspector shows it. */
public final class WorkplaceNode implements Inspectable {
    private final Workplace workplace;

    WorkplaceNode(Workplace workplace) {
        this.workplace = workplace;
    }

    Workplace workplace() {
        return workplace;
    }

    @Override
    public String title() {
        return GuiText.text("gui.title.workplace", workplace.id());
    }

    @Override
    public List<Fact> facts(boolean internals) {
        Plain p = new Plain()
                .count("employees", workplace.employees())
                .text("mentors_in_role", GuiText.text("gui.unit.of", workplace.mentorCount(), workplace.maxMentors()))
                .count("placements_started", workplace.placements())
                .count("hires", workplace.hires());
        if (internals) {
            p.internal("id", workplace.id()).internal("maxMentors", workplace.maxMentors());
        }
        return p.facts();
    }

    @Override
    public String toString() {
        return title();
    }
}
