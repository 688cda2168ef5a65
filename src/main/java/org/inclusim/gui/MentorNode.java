package org.inclusim.gui;

import java.util.stream.Collectors;
import org.inclusim.model.InclusionModel;
import org.inclusim.model.Mentor;
import org.inclusim.model.MentorState;

/** A mentor as the display draws and the inspector shows it, with its strain history. */
public final class MentorNode {
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

    /** The strain at which mentors burn out under the parameters now in force. */
    double threshold() {
        return model.parameters().mentors().burnoutThreshold();
    }

    public int getId() {
        return mentor.id();
    }

    public String getState() {
        return mentor.state().label();
    }

    public String getWorkplace() {
        return "workplace " + mentor.workplace().id();
    }

    public boolean isSuperMentor() {
        return mentor.superMentor();
    }

    public String getTraining() {
        return mentor.training().name().toLowerCase(java.util.Locale.ROOT);
    }

    public double getStrain() {
        return mentor.strain();
    }

    public double getPeakStrain() {
        return mentor.peakStrain();
    }

    public double getCompetence() {
        return mentor.competence();
    }

    public int getBurnoutEpisodes() {
        return mentor.burnoutEpisodes();
    }

    public String getMentees() {
        return mentor.mentees().isEmpty() ? "none"
                : mentor.mentees().stream().map(u -> "user " + u.id()).collect(Collectors.joining(", "));
    }

    public int getMenteesTotal() {
        return mentor.menteesTotal();
    }

    public String getNetwork() {
        return mentor.network() == null ? "none" : "network " + mentor.network().id();
    }

    /** Strain at the end of each week in role, from the first recorded week. */
    public String getStrainHistory() {
        return History.describe(history.strainFirstWeek(mentor.id()), history.strainHistory(mentor.id()));
    }

    /** Weeks of strain history recorded so far. */
    public int getStrainHistoryWeeks() {
        return history.strainHistory(mentor.id()).length;
    }

    @Override
    public String toString() {
        return "Mentor " + mentor.id();
    }
}
