package org.inclusim.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.inclusim.model.parameters.TrainingLevel;

/**
 * An employee who follows users at a workplace (natural support): a read-only view of row
 * {@link #id()} of the model's {@link MentorTable}, for observers, inspectors and tests.
 */
public final class Mentor implements Serializable {
    private static final long serialVersionUID = 2L;

    private final InclusionModel model;
    private final int id;

    Mentor(InclusionModel model, int id) {
        this.model = model;
        this.id = id;
    }

    private MentorTable table() {
        return model.mentors;
    }

    public int id() {
        return id;
    }

    /** The workplace that recruited the mentor. */
    public Workplace workplace() {
        return model.views.workplace(table().workplace.get(id));
    }

    public int recruitedWeek() {
        return table().recruitedWeek.get(id);
    }

    public boolean superMentor() {
        return table().superMentor.isSet(id);
    }

    /** Dedication multiplier: 1 for ordinary mentors, higher for super-mentors. */
    public double dedication() {
        return table().dedication(id);
    }

    /** Mentees this mentor takes at once. */
    public int capacity() {
        return table().capacity(id);
    }

    public TrainingLevel training() {
        return table().training(id);
    }

    public double competence() {
        return table().competence(id);
    }

    public double strain() {
        return table().strain(id);
    }

    public double peakStrain() {
        return table().peakStrain.get(id);
    }

    /** Sum of weekly strain over the weeks active: the strain this mentor has carried. */
    public double cumulativeStrain() {
        return table().cumulativeStrain.get(id);
    }

    public MentorState state() {
        return table().state(id);
    }

    public int burnoutEpisodes() {
        return table().burnoutEpisodes.get(id);
    }

    /** Week the mentor quit the role, or -1. */
    public int quitWeek() {
        return table().quitWeek.get(id);
    }

    /** Week the mentor left its workplace by ordinary turnover, or -1. */
    public int leftWeek() {
        return table().leftWeek.get(id);
    }

    /** Mentees hired while this mentor followed them. */
    public int successes() {
        return table().successes.get(id);
    }

    /** Weeks with a mentee, summed over mentees: the mentor's load in mentee-weeks. */
    public int menteeWeeks() {
        return table().menteeWeeks.get(id);
    }

    /** Strain events by response: stepped back, short and severe sick leave (quitting is {@link #quitWeek}). */
    public int stepBacks() {
        return table().stepBacks.get(id);
    }

    public int shortLeaves() {
        return table().shortLeaves.get(id);
    }

    public int severeLeaves() {
        return table().severeLeaves.get(id);
    }

    /** Propensity to attend network meetings, in [0, 1] (1 at recruitment). */
    public double attendancePropensity() {
        return table().attendancePropensity(id);
    }

    /** Users ever mentored. */
    public int menteesTotal() {
        return table().menteesTotal.get(id);
    }

    /** Employed users the mentor supports in the background, past their subsidised weeks. */
    public int naturalMentees() {
        return table().naturalMentees.get(id);
    }

    public double hoursTotal() {
        return table().hours.get(id);
    }

    /** Current mentees in the order they came (a new read-only list on each call). */
    public List<User> mentees() {
        int count = table().menteeCount(id);
        List<User> mentees = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            mentees.add(model.views.user(table().mentee(id, k)));
        }
        return Collections.unmodifiableList(mentees);
    }

    /** The network group joined at recruitment, or null if not a member. */
    public MentorNetwork network() {
        return model.views.network(table().network.get(id));
    }
}
