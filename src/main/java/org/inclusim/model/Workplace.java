package org.inclusim.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An ordinary employer that can host placements and has mentors among its employees. */
public final class Workplace implements Serializable {
    private static final long serialVersionUID = 1L;

    final int id;
    final int employees;
    final int maxMentors;
    /** Mentors in role here (active or on leave), in recruitment order. */
    final List<Mentor> mentors = new ArrayList<>(2);
    int recruitOrdinal;
    private int recruitAttempts;
    private int recruitAttemptsWeek = -1;
    double burnoutMemory;
    int burnoutMemoryWeek;
    int placements;
    int hires;

    Workplace(int id, int employees, int maxMentors) {
        this.id = id;
        this.employees = employees;
        this.maxMentors = maxMentors;
    }

    /** The active mentor with room and the lowest load relative to capacity; ties by recruitment order. */
    Mentor availableMentor() {
        Mentor best = null;
        double bestLoad = Double.MAX_VALUE;
        for (Mentor m : mentors) {
            if (m.hasRoom()) {
                double load = (double) m.menteeCount() / m.capacity();
                if (load < bestLoad) {
                    best = m;
                    bestLoad = load;
                }
            }
        }
        return best;
    }

    /** Counts an attempt to recruit a mentor in {@code week}; returns its index within the week (0, 1, ...). */
    int nextRecruitAttempt(int week) {
        if (recruitAttemptsWeek != week) {
            recruitAttemptsWeek = week;
            recruitAttempts = 0;
        }
        return recruitAttempts++;
    }

    /** Recent burnouts, decayed exponentially with the given memory (weeks) up to {@code week}. */
    double burnoutMemoryAt(int week, double memoryWeeks) {
        return burnoutMemory * Math.exp(-(week - burnoutMemoryWeek) / memoryWeeks);
    }

    void rememberBurnout(int week, double memoryWeeks) {
        burnoutMemory = burnoutMemoryAt(week, memoryWeeks) + 1.0;
        burnoutMemoryWeek = week;
    }

    public int id() {
        return id;
    }

    public int employees() {
        return employees;
    }

    /** Largest number of mentors the workplace can have in role. */
    public int maxMentors() {
        return maxMentors;
    }

    /** Mentors in role (active or on leave), read-only. */
    public List<Mentor> mentors() {
        return Collections.unmodifiableList(mentors);
    }

    public int placements() {
        return placements;
    }

    public int hires() {
        return hires;
    }
}
