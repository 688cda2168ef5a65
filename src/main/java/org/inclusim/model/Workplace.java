package org.inclusim.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * An ordinary employer that can host placements and has mentors among its employees. Its size
 * and mentors in role are row {@code id} of the model's {@link WorkplaceTable}; the object keeps
 * what only events read.
 */
public final class Workplace implements Serializable {
    private static final long serialVersionUID = 2L;

    final int id;
    private final WorkplaceTable table;
    /** The model's mentors by id, to hand out the mentors in role as objects. */
    private final List<Mentor> allMentors;
    int recruitOrdinal;
    private int recruitAttempts;
    private int recruitAttemptsWeek = -1;
    double burnoutMemory;
    int burnoutMemoryWeek;
    int placements;
    int hires;

    /** A workplace whose size and mentors are row {@code id} of the table (see {@link WorkplaceTable#add}). */
    Workplace(WorkplaceTable table, int id, List<Mentor> allMentors) {
        this.table = table;
        this.id = id;
        this.allMentors = allMentors;
    }

    /** The active mentor with room and the lowest load relative to capacity (ties by recruitment order), or null. */
    Mentor availableMentor(MentorTable mentorTable) {
        int best = table.availableMentor(id, mentorTable);
        return best < 0 ? null : allMentors.get(best);
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
        return table.employees(id);
    }

    /** Largest number of mentors the workplace can have in role. */
    public int maxMentors() {
        return table.maxMentors(id);
    }

    /** Number of mentors in role (active or on leave). */
    public int mentorCount() {
        return table.mentorCount(id);
    }

    /** Mentors in role (active or on leave), in recruitment order; a new list on each call. */
    public List<Mentor> mentors() {
        int count = table.mentorCount(id);
        List<Mentor> inRole = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            inRole.add(allMentors.get(table.mentorId(id, k)));
        }
        return inRole;
    }

    public int placements() {
        return placements;
    }

    public int hires() {
        return hires;
    }
}
