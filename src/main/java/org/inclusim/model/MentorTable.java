package org.inclusim.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The mentors' weekly state in arrays indexed by mentor id, so that the mentor phase streams
 * memory in id order instead of following one object per mentor and one per mentee.
 *
 * <p>Per mentor: state, strain, competence, dedication, capacity, peak and cumulative strain,
 * hours, random key, and whether the mentor phase must visit it ("engaged": with mentees,
 * strain, or on leave). Each mentor owns {@code capacity} consecutive slots of a flat mentee
 * pool, reserved at recruitment, holding its current mentees in the order they came (id,
 * support need, placement investment, and whether the mentee is in placement and in close
 * follow-up). The flags are kept by the model's rules as they change: {@link PlacementRule#hire}
 * clears "in placement", {@link User#setCloseFollowUp} sets and clears "close".
 *
 * <p>{@link Mentor} objects keep identity and the fields read only on events, and read the
 * rest from here, so their getters are unchanged.
 */
final class MentorTable implements Serializable {
    private static final long serialVersionUID = 2L;
    private static final byte PLACED = 1;
    private static final byte CLOSE = 2;
    private static final MentorState[] STATES = MentorState.values();
    /** Fields of a mentor's record in {@link #record}: what a mentee's support reads, next to each other. */
    private static final int STRAIN = 0;
    private static final int COMPETENCE = 1;
    private static final int DEDICATION = 2;
    /** 1 if the state is active, else 0 (mirrors {@link #state}). */
    private static final int ACTIVE = 3;
    private static final int RECORD = 4;
    private static final int COUNT_MASK = 0xFFFF;
    private static final int CAPACITY_SHIFT = 16;
    private static final int INACTIVE = Integer.MIN_VALUE;

    private final List<User> users;
    private int size;
    private byte[] state = new byte[64];
    private byte[] engaged = new byte[64];
    /** Strain, competence, dedication and whether active, of mentor id at {@code id * RECORD}: one cache line or two. */
    private double[] record = new double[64 * RECORD];
    private double[] hours = new double[64];
    private double[] peakStrain = new double[64];
    private double[] cumulativeStrain = new double[64];
    private long[] randomKey = new long[64];
    /**
     * What a placement probe reads, in one int: mentee count (low 16 bits), capacity (next 15)
     * and the sign bit set when the mentor is not active.
     */
    private int[] occupancy = new int[64];
    private int[] slotBase = new int[64];

    private int slots;
    private int[] menteeId = new int[64];
    private double[] menteeNeed = new double[64];
    private double[] menteeInvestment = new double[64];
    private byte[] menteeFlags = new byte[64];

    /** @param users the model's users by id, to hand out mentees as objects */
    MentorTable(List<User> users) {
        this.users = users;
    }

    /** Adds an active mentor with no mentees; returns its id (ids are consecutive from 0). */
    int add(long key, double mentorDedication, int mentorCapacity, double mentorCompetence) {
        if (mentorCapacity < 1 || mentorCapacity > COUNT_MASK >>> 1) {
            throw new IllegalArgumentException("mentee capacity " + mentorCapacity + " is outside 1 to " + (COUNT_MASK >>> 1));
        }
        int id = size++;
        if (id == state.length) {
            growMentors(id * 2);
        }
        if (slots + mentorCapacity > menteeId.length) {
            growSlots(Math.max(slots + mentorCapacity, menteeId.length * 2));
        }
        occupancy[id] = mentorCapacity << CAPACITY_SHIFT;
        setState(id, MentorState.ACTIVE);
        randomKey[id] = key;
        record[id * RECORD + DEDICATION] = mentorDedication;
        record[id * RECORD + COMPETENCE] = mentorCompetence;
        slotBase[id] = slots;
        slots += mentorCapacity;
        return id;
    }

    private void growMentors(int length) {
        state = Arrays.copyOf(state, length);
        engaged = Arrays.copyOf(engaged, length);
        record = Arrays.copyOf(record, length * RECORD);
        hours = Arrays.copyOf(hours, length);
        peakStrain = Arrays.copyOf(peakStrain, length);
        cumulativeStrain = Arrays.copyOf(cumulativeStrain, length);
        randomKey = Arrays.copyOf(randomKey, length);
        occupancy = Arrays.copyOf(occupancy, length);
        slotBase = Arrays.copyOf(slotBase, length);
    }

    private void growSlots(int length) {
        menteeId = Arrays.copyOf(menteeId, length);
        menteeNeed = Arrays.copyOf(menteeNeed, length);
        menteeInvestment = Arrays.copyOf(menteeInvestment, length);
        menteeFlags = Arrays.copyOf(menteeFlags, length);
    }

    /** Mentors ever recruited. */
    int size() {
        return size;
    }

    // ---- per mentor ----------------------------------------------------------------------

    MentorState state(int id) {
        return STATES[state[id]];
    }

    boolean isActive(int id) {
        return record[id * RECORD + ACTIVE] != 0.0;
    }

    void setState(int id, MentorState to) {
        state[id] = (byte) to.ordinal();
        record[id * RECORD + ACTIVE] = to == MentorState.ACTIVE ? 1.0 : 0.0;
        occupancy[id] = to == MentorState.ACTIVE ? occupancy[id] & ~INACTIVE : occupancy[id] | INACTIVE;
    }

    boolean isEngaged(int id) {
        return engaged[id] != 0;
    }

    void engage(int id) {
        engaged[id] = 1;
    }

    void release(int id) {
        engaged[id] = 0;
    }

    double strain(int id) {
        return record[id * RECORD + STRAIN];
    }

    void setStrain(int id, double value) {
        record[id * RECORD + STRAIN] = value;
    }

    double competence(int id) {
        return record[id * RECORD + COMPETENCE];
    }

    void setCompetence(int id, double value) {
        record[id * RECORD + COMPETENCE] = value;
    }

    double dedication(int id) {
        return record[id * RECORD + DEDICATION];
    }

    int capacity(int id) {
        return (occupancy[id] & ~INACTIVE) >>> CAPACITY_SHIFT;
    }

    double peakStrain(int id) {
        return peakStrain[id];
    }

    double cumulativeStrain(int id) {
        return cumulativeStrain[id];
    }

    /** Adds this week's strain to the cumulative and peak strain. */
    void recordStrain(int id) {
        double strain = strain(id);
        peakStrain[id] = Math.max(peakStrain[id], strain);
        cumulativeStrain[id] += strain;
    }

    double hours(int id) {
        return hours[id];
    }

    void addHours(int id, double value) {
        hours[id] += value;
    }

    long randomKey(int id) {
        return randomKey[id];
    }

    /** Active with fewer mentees than capacity. */
    boolean hasRoom(int id) {
        int o = occupancy[id];
        return o >= 0 && (o & COUNT_MASK) < o >>> CAPACITY_SHIFT;
    }

    // ---- mentees -------------------------------------------------------------------------

    int menteeCount(int id) {
        return occupancy[id] & COUNT_MASK;
    }

    /** Slot of the mentor's k-th current mentee (0 <= k < menteeCount), for the slot getters. */
    int slot(int id, int k) {
        return slotBase[id] + k;
    }

    int menteeId(int slot) {
        return menteeId[slot];
    }

    double menteeNeed(int slot) {
        return menteeNeed[slot];
    }

    double menteeInvestment(int slot) {
        return menteeInvestment[slot];
    }

    boolean menteePlaced(int slot) {
        return (menteeFlags[slot] & PLACED) != 0;
    }

    boolean menteeClose(int slot) {
        return (menteeFlags[slot] & CLOSE) != 0;
    }

    /** Adds a mentee in placement after the current ones; the caller checked there is room. */
    void addMentee(int id, User user) {
        if (menteeCount(id) >= capacity(id)) {
            throw new IllegalStateException("mentor " + id + " already has " + capacity(id) + " mentees");
        }
        int slot = slotBase[id] + menteeCount(id);
        occupancy[id]++;
        menteeId[slot] = user.id;
        menteeNeed[slot] = user.supportNeed;
        menteeInvestment[slot] = user.investment;
        menteeFlags[slot] = (byte) (PLACED | (user.closeFollowUp ? CLOSE : 0));
    }

    /** Removes a mentee; later mentees move up one slot, keeping their order. */
    void removeMentee(int id, int userId) {
        int base = slotBase[id];
        int end = base + menteeCount(id);
        for (int s = find(id, userId) + 1; s < end; s++) {
            menteeId[s - 1] = menteeId[s];
            menteeNeed[s - 1] = menteeNeed[s];
            menteeInvestment[s - 1] = menteeInvestment[s];
            menteeFlags[s - 1] = menteeFlags[s];
        }
        occupancy[id]--;
    }

    /** The mentee, hired, is no longer in placement. */
    void markEmployed(int id, int userId) {
        menteeFlags[find(id, userId)] &= ~PLACED;
    }

    void markClose(int id, int userId, boolean close) {
        int slot = find(id, userId);
        menteeFlags[slot] = (byte) (close ? menteeFlags[slot] | CLOSE : menteeFlags[slot] & ~CLOSE);
    }

    private int find(int id, int userId) {
        for (int s = slotBase[id], end = s + menteeCount(id); s < end; s++) {
            if (menteeId[s] == userId) {
                return s;
            }
        }
        throw new IllegalStateException("user " + userId + " is not a mentee of mentor " + id);
    }

    /** The mentor's current mentees in the order they came; a new list on each call. */
    List<User> mentees(int id) {
        int count = menteeCount(id);
        List<User> mentees = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            mentees.add(users.get(menteeId[slotBase[id] + k]));
        }
        return mentees;
    }
}
