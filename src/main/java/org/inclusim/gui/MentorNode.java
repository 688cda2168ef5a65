package org.inclusim.gui;

import java.util.List;
import java.util.stream.Collectors;
import org.inclusim.model.InclusionModel;
import org.inclusim.model.Mentor;
import org.inclusim.model.MentorState;

/** A mentor as the display draws and the inspector shows it, with its strain history and leave episodes. */
public final class MentorNode implements Inspectable {
    private final Mentor mentor;
    private final InclusionModel model;
    private final History history;
    final double jitter;

    MentorNode(Mentor mentor, InclusionModel model, History history, double jitter) {
        this.mentor = mentor;
        this.model = model;
        this.history = history;
        this.jitter = jitter;
    }

    Mentor mentor() {
        return mentor;
    }

    /** True while the mentor is on leave after a burnout. */
    boolean burntOut() {
        return mentor.state() == MentorState.ON_LEAVE;
    }

    /**
     * A super-mentor: drawn as one (mentors.superMentorShare), or made one by the system, asked
     * again and again after {@link #EMERGENT_SUPER_MENTOR_HIRES} or more of its mentees were hired.
     */
    boolean isSuperMentor() {
        return mentor.superMentor() || mentor.successes() >= EMERGENT_SUPER_MENTOR_HIRES;
    }

    /** Mentees hired at which the GUI draws a mentor as a super-mentor. */
    static final int EMERGENT_SUPER_MENTOR_HIRES = 3;

    /** The reference strain of the strain hazard under the parameters now in force. */
    double threshold() {
        return model.parameters().mentors().strainReference();
    }

    @Override
    public String title() {
        return GuiText.text("gui.title.mentor", mentor.id());
    }

    @Override
    public List<Fact> facts(boolean internals) {
        var f = GuiText.messages().formats();
        Plain p = new Plain()
                .text("mentor_state", GuiText.messages().mentorState(mentor.state().label()))
                .text("workplace", GuiText.text("gui.title.workplace", mentor.workplace().id()))
                .yes("super_mentor", isSuperMentor())
                .text("training", GuiText.text("gui.training." + mentor.training().name().toLowerCase(java.util.Locale.ROOT)))
                .text("network", mentor.network() == null ? GuiText.text("gui.none") : GuiText.text("gui.fact.network_id", mentor.network().id()))
                .text("strain", GuiText.text("gui.unit.strain", f.number(mentor.strain(), 2), f.number(threshold(), 2)))
                .text("peak_strain", f.number(mentor.peakStrain(), 2))
                .scale("competence", mentor.competence())
                .text("mentees", mentees())
                .count("mentees_total", mentor.menteesTotal())
                .count("burnout_episodes", mentor.burnoutEpisodes())
                .week("recruited_week", mentor.recruitedWeek())
                .hours("hours_total", mentor.hoursTotal());
        if (internals) {
            p.internal("id", mentor.id()).internal("strain", mentor.strain()).internal("peakStrain", mentor.peakStrain())
                    .internal("cumulativeStrain", mentor.cumulativeStrain()).internal("dedication", mentor.dedication())
                    .internal("capacity", mentor.capacity()).internal("competence", mentor.competence())
                    .internal("quitWeek", mentor.quitWeek());
        }
        return p.facts();
    }

    private String mentees() {
        List<org.inclusim.model.User> now = mentor.mentees();
        return now.isEmpty() ? GuiText.text("gui.none")
                : now.stream().map(u -> GuiText.text("gui.title.user", u.id())).collect(Collectors.joining(", "));
    }

    /** Strain week by week against the burnout threshold, leave episodes shaded. */
    @Override
    public HistoryPicture picture() {
        return new StrainPanel(mentor.id(), history, this::threshold);
    }

    @Override
    public String toString() {
        return title();
    }
}
