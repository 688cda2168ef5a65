package org.inclusim.gui;

import java.util.List;
import org.inclusim.model.Adviser;

/** A NAV adviser as the display draws and the inspector shows it. */
public final class AdviserNode implements Inspectable {
    private final Adviser adviser;

    AdviserNode(Adviser adviser) {
        this.adviser = adviser;
    }

    Adviser adviser() {
        return adviser;
    }

    @Override
    public String title() {
        return GuiText.text("gui.title.adviser", adviser.id());
    }

    @Override
    public List<Fact> facts(boolean internals) {
        Plain p = new Plain()
                .count("caseload", adviser.caseload().size())
                .count("close_cases", adviser.closeCases())
                .scale("adviser_competence", adviser.competence())
                .yes("experienced", adviser.experiencedAtStart())
                .count("co_working_weeks", adviser.coWorkingWeeks())
                .hours("hours_total", adviser.hoursTotal());
        if (internals) {
            p.internal("id", adviser.id()).internal("competence", adviser.competence());
        }
        return p.facts();
    }

    @Override
    public String toString() {
        return title();
    }
}
