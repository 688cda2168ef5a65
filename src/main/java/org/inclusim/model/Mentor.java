package org.inclusim.model;

import java.io.Serializable;
import java.util.ArrayList;
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
    final double dedication;
    final int capacity;
    final TrainingLevel training;
    final List<User> mentees = new ArrayList<>(3);

    double competence;
    double strain;
    double peakStrain;
    double cumulativeStrain;
    MentorState state = MentorState.ACTIVE;
    int burnoutEpisodes;
    int quitWeek = -1;
    int menteesTotal;
    double hoursTotal;
    MentorNetwork network;

    Mentor(int id, long randomKey, Workplace workplace, int recruitedWeek, boolean superMentor,
           double dedication, int capacity, TrainingLevel training, double competence) {
        this.id = id;
        this.randomKey = randomKey;
        this.workplace = workplace;
        this.recruitedWeek = recruitedWeek;
        this.superMentor = superMentor;
        this.dedication = dedication;
        this.capacity = capacity;
        this.training = training;
        this.competence = competence;
    }

    boolean hasRoom() {
        return state == MentorState.ACTIVE && mentees.size() < capacity;
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
        return dedication;
    }

    /** Mentees this mentor takes at once. */
    public int capacity() {
        return capacity;
    }

    public TrainingLevel training() {
        return training;
    }

    public double competence() {
        return competence;
    }

    public double strain() {
        return strain;
    }

    public double peakStrain() {
        return peakStrain;
    }

    /** Sum of weekly strain over the weeks active: the strain this mentor has carried. */
    public double cumulativeStrain() {
        return cumulativeStrain;
    }

    public MentorState state() {
        return state;
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
        return hoursTotal;
    }

    /** Current mentees (read-only view). */
    public List<User> mentees() {
        return Collections.unmodifiableList(mentees);
    }

    /** The network group, or null if not a member. */
    public MentorNetwork network() {
        return network;
    }
}
