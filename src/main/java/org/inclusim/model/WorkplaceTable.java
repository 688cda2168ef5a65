package org.inclusim.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The workplaces' size and mentors in arrays indexed by workplace id, so that an adviser's
 * placement probe (is the workplace open to the user, has it a mentor with room) reads a few
 * small arrays instead of a workplace object, its mentor list and each mentor object.
 *
 * <p>Per workplace: employees, the largest number of mentors it can have in role, and its
 * mentors in role (active or on leave) as ids, in recruitment order, in {@code maxMentors}
 * consecutive slots of a flat pool reserved when the workplace is added.
 */
final class WorkplaceTable implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Fields of a workplace's record in {@link #record}: what a probe reads, in one cache line. */
    private static final int EMPLOYEES = 0;
    private static final int MAX_MENTORS = 1;
    private static final int MENTOR_COUNT = 2;
    private static final int SLOT_BASE = 3;
    private static final int RECORD = 4;

    private int size;
    private int[] record = new int[64 * RECORD];
    private int slots;
    private int[] mentorIds = new int[64];

    /** Adds a workplace with no mentors; returns its id (ids are consecutive from 0). */
    int add(int employees, int maxMentors) {
        int id = size++;
        if (id * RECORD == record.length) {
            record = Arrays.copyOf(record, record.length * 2);
        }
        if (slots + maxMentors > mentorIds.length) {
            mentorIds = Arrays.copyOf(mentorIds, Math.max(slots + maxMentors, mentorIds.length * 2));
        }
        int at = id * RECORD;
        record[at + EMPLOYEES] = employees;
        record[at + MAX_MENTORS] = maxMentors;
        record[at + SLOT_BASE] = slots;
        slots += maxMentors;
        return id;
    }

    int size() {
        return size;
    }

    int employees(int id) {
        return record[id * RECORD + EMPLOYEES];
    }

    int maxMentors(int id) {
        return record[id * RECORD + MAX_MENTORS];
    }

    /** Mentors in role at the workplace. */
    int mentorCount(int id) {
        return record[id * RECORD + MENTOR_COUNT];
    }

    /** Id of the workplace's k-th mentor in role (0 <= k < mentorCount), in recruitment order. */
    int mentorId(int id, int k) {
        return mentorIds[record[id * RECORD + SLOT_BASE] + k];
    }

    /** Adds a mentor in role after the current ones; the caller checked there is room. */
    void addMentor(int id, int mentorId) {
        int at = id * RECORD;
        if (record[at + MENTOR_COUNT] == record[at + MAX_MENTORS]) {
            throw new IllegalStateException("workplace " + id + " already has its " + record[at + MAX_MENTORS] + " mentors");
        }
        mentorIds[record[at + SLOT_BASE] + record[at + MENTOR_COUNT]++] = mentorId;
    }

    /** Removes a mentor from the role; later mentors move up one slot, keeping their order. */
    void removeMentor(int id, int mentorId) {
        int at = id * RECORD;
        int base = record[at + SLOT_BASE];
        int end = base + record[at + MENTOR_COUNT];
        int s = base;
        while (s < end && mentorIds[s] != mentorId) {
            s++;
        }
        if (s == end) {
            throw new IllegalStateException("mentor " + mentorId + " is not in role at workplace " + id);
        }
        System.arraycopy(mentorIds, s + 1, mentorIds, s, end - s - 1);
        record[at + MENTOR_COUNT]--;
    }

    /**
     * The active mentor with room and the lowest load (mentees / capacity) at workplace
     * {@code id}, ties by recruitment order; -1 if none has room.
     */
    int availableMentor(int id, MentorTable mentors) {
        int best = -1;
        double bestLoad = Double.MAX_VALUE;
        for (int k = 0, n = mentorCount(id); k < n; k++) {
            int m = mentorId(id, k);
            if (mentors.hasRoom(m)) {
                double load = (double) mentors.menteeCount(m) / mentors.capacity(m);
                if (load < bestLoad) {
                    best = m;
                    bestLoad = load;
                }
            }
        }
        return best;
    }
}
