package org.inclusim.model;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import org.inclusim.model.parameters.TrainingLevel;

/** An employee who follows users at a workplace (natural support). */
public final class Mentor implements Serializable {
    private static final long serialVersionUID = 1L;

    final int id;
    /** Key for this mentor's random streams: workplace and recruitment ordinal, stable across variants. */
    final long randomKey;
    final Workplace workplace;
    final int recruitedWeek;
    final boolean superMentor;
    final TrainingLevel training;
    /** Holds the weekly state: strain, competence, state, mentees and the rest. */
    private final MentorTable table;

    int burnoutEpisodes;
    int quitWeek = -1;
    int menteesTotal;
    MentorNetwork network;

    /** A mentor whose weekly state is row {@code id} of the table (see {@link MentorTable#add}). */
    Mentor(MentorTable table, int id, long randomKey, Workplace workplace, int recruitedWeek, boolean superMentor,
           TrainingLevel training) {
        this.table = table;
        this.id = id;
        this.randomKey = randomKey;
        this.workplace = workplace;
        this.recruitedWeek = recruitedWeek;
        this.superMentor = superMentor;
        this.training = training;
    }

    /** Mirrors a change of the mentee's close follow-up into the mentor's slots. */
    void markClose(User mentee, boolean close) {
        table.markClose(id, mentee.id, close);
    }

    public int id() {
        return id;
    }

    public Workplace workplace() {
        return workplace;
    }

    public int recruitedWeek() {
        return recruitedWeek;
    }

    public boolean superMentor() {
        return superMentor;
    }

    /** Dedication multiplier: 1 for ordinary mentors, higher for super-mentors. */
    public double dedication() {
        return table.dedication(id);
    }

    /** Mentees this mentor takes at once. */
    public int capacity() {
        return table.capacity(id);
    }

    public TrainingLevel training() {
        return training;
    }

    public double competence() {
        return table.competence(id);
    }

    public double strain() {
        return table.strain(id);
    }

    public double peakStrain() {
        return table.peakStrain(id);
    }

    /** Sum of weekly strain over the weeks active: the strain this mentor has carried. */
    public double cumulativeStrain() {
        return table.cumulativeStrain(id);
    }

    public MentorState state() {
        return table.state(id);
    }

    public int burnoutEpisodes() {
        return burnoutEpisodes;
    }

    /** Week the mentor quit the role, or -1. */
    public int quitWeek() {
        return quitWeek;
    }

    /** Users ever mentored. */
    public int menteesTotal() {
        return menteesTotal;
    }

    public double hoursTotal() {
        return table.hours(id);
    }

    /** Current mentees in the order they came (a new read-only list on each call). */
    public List<User> mentees() {
        return Collections.unmodifiableList(table.mentees(id));
    }

    /** The network group, or null if not a member. */
    public MentorNetwork network() {
        return network;
    }
}
