package org.inclusim.model;

import org.inclusim.model.parameters.TrainingLevel;

/**
 * Every mentor's state, by mentor id (= recruitment order): the only home of the mentors'
 * fields, which {@link Mentor} views read. The mentor phase streams it in id order.
 *
 * <p>Layout choices, each a cache the table keeps of its own fields: strain, competence,
 * dedication and whether the mentor is active sit side by side in {@link #supportRecord} (what a
 * mentee's support reads, one cache line); the mentee count, the capacity and whether the
 * mentor is inactive are packed into one int of {@link #occupancy} (what a placement probe
 * reads). Each mentor owns {@code capacity} consecutive slots of a {@link SlotPool}, reserved
 * at recruitment, holding its current mentees' ids in the order they came; what the mentor
 * phase needs to know of a mentee (need, stage, close follow-up, investment) it reads from
 * {@link UserTable} by that id. Mentee slots change only through {@link Links}.
 */
final class MentorTable extends Table {
    private static final long serialVersionUID = 3L;
    private static final MentorState[] STATES = MentorState.values();
    private static final TrainingLevel[] LEVELS = TrainingLevel.values();
    /** Fields of {@link #supportRecord}. */
    private static final int STRAIN = 0;
    private static final int COMPETENCE = 1;
    private static final int DEDICATION = 2;
    /** 1 if the state is active, else 0 (a cache of {@link #state}). */
    private static final int ACTIVE = 3;
    private static final int COUNT_MASK = 0xFFFF;
    private static final int CAPACITY_SHIFT = 16;
    private static final int INACTIVE = Integer.MIN_VALUE;

    private final ByteColumn state = column(new ByteColumn());
    /** Whether the mentor phase must visit the mentor: with mentees, strain, or on leave. */
    private final ByteColumn engaged = column(new ByteColumn());
    private final DoubleRecordColumn supportRecord = column(new DoubleRecordColumn());
    /** Mentee count (low 16 bits), capacity (next 15) and the sign bit set when not active. */
    private final IntColumn occupancy = column(new IntColumn());
    private final IntColumn slotBase = column(new IntColumn());
    private final SlotPool mentees = new SlotPool();

    /** Key of the mentor's random streams: workplace and recruitment ordinal, stable across variants. */
    final LongColumn randomKey = column(new LongColumn());
    /** The workplace that recruited the mentor. */
    final IntColumn workplace = column(new IntColumn());
    final IntColumn recruitedWeek = column(new IntColumn());
    final ByteColumn superMentor = column(new ByteColumn());
    private final ByteColumn training = column(new ByteColumn());
    final DoubleColumn hours = column(new DoubleColumn());
    final DoubleColumn peakStrain = column(new DoubleColumn());
    /** Strain summed over the weeks active. */
    final DoubleColumn cumulativeStrain = column(new DoubleColumn());
    final IntColumn burnoutEpisodes = column(new IntColumn());
    /** Week the mentor quit the role, or -1. */
    final IntColumn quitWeek = column(new IntColumn(-1));
    /** Users ever mentored ({@link Links}). */
    final IntColumn menteesTotal = column(new IntColumn());
    /** Network group joined at recruitment, or -1 ({@link Links}). */
    final IntColumn network = column(new IntColumn(-1));
    /** Employed users the mentor supports in the background, past their subsidised weeks ({@link Links}). */
    final IntColumn naturalMentees = column(new IntColumn());
    /** Their load, summed ({@link Links}). */
    final DoubleColumn naturalLoad = column(new DoubleColumn());

    MentorTable() {
        super(64);
    }

    /**
     * Adds an active mentor with no mentees, dedication 1, competence 0 and no training, and
     * reserves its mentee slots; returns its id.
     */
    int add(long key, int workplaceId, int week, int capacity) {
        if (capacity < 1 || capacity > COUNT_MASK >>> 1) {
            throw new IllegalArgumentException("mentee capacity " + capacity + " is outside 1 to " + (COUNT_MASK >>> 1));
        }
        int id = addRow();
        occupancy.set(id, capacity << CAPACITY_SHIFT);
        setState(id, MentorState.ACTIVE);
        randomKey.set(id, key);
        workplace.set(id, workplaceId);
        recruitedWeek.set(id, week);
        supportRecord.set(id, DEDICATION, 1.0);
        slotBase.set(id, mentees.reserve(capacity));
        return id;
    }

    // ---- state ---------------------------------------------------------------------------

    MentorState state(int id) {
        return STATES[state.get(id)];
    }

    boolean isActive(int id) {
        return supportRecord.get(id, ACTIVE) != 0.0;
    }

    /** Sets the role state; the model's {@link InclusionModel#setState} keeps the counts by state. */
    void setState(int id, MentorState to) {
        state.set(id, (byte) to.ordinal());
        supportRecord.set(id, ACTIVE, to == MentorState.ACTIVE ? 1.0 : 0.0);
        int o = occupancy.get(id);
        occupancy.set(id, to == MentorState.ACTIVE ? o & ~INACTIVE : o | INACTIVE);
    }

    boolean isEngaged(int id) {
        return engaged.isSet(id);
    }

    void engage(int id) {
        engaged.set(id, true);
    }

    void release(int id) {
        engaged.set(id, false);
    }

    // ---- traits and weekly values ---------------------------------------------------------

    double strain(int id) {
        return supportRecord.get(id, STRAIN);
    }

    void setStrain(int id, double value) {
        supportRecord.set(id, STRAIN, value);
    }

    double competence(int id) {
        return supportRecord.get(id, COMPETENCE);
    }

    void setCompetence(int id, double value) {
        supportRecord.set(id, COMPETENCE, value);
    }

    /** Dedication multiplier: 1 for ordinary mentors, higher for super-mentors. */
    double dedication(int id) {
        return supportRecord.get(id, DEDICATION);
    }

    void setDedication(int id, double value) {
        supportRecord.set(id, DEDICATION, value);
    }

    TrainingLevel training(int id) {
        return LEVELS[training.get(id)];
    }

    void setTraining(int id, TrainingLevel level) {
        training.set(id, (byte) level.ordinal());
    }

    int capacity(int id) {
        return (occupancy.get(id) & ~INACTIVE) >>> CAPACITY_SHIFT;
    }

    /** Adds this week's strain to the cumulative and peak strain. */
    void recordStrain(int id) {
        double strain = strain(id);
        peakStrain.set(id, Math.max(peakStrain.get(id), strain));
        cumulativeStrain.add(id, strain);
    }

    /** Active with fewer mentees than capacity. */
    boolean hasRoom(int id) {
        int o = occupancy.get(id);
        return o >= 0 && (o & COUNT_MASK) < o >>> CAPACITY_SHIFT;
    }

    // ---- mentees (written by Links) --------------------------------------------------------

    int menteeCount(int id) {
        return occupancy.get(id) & COUNT_MASK;
    }

    /** Mentees of an active mentor; 0 for a mentor on leave or quit (who has none). One read. */
    int activeMenteeCount(int id) {
        int o = occupancy.get(id);
        return o < 0 ? 0 : o & COUNT_MASK;
    }

    /** Id of the mentor's k-th current mentee (0 <= k < menteeCount), in the order they came. */
    int mentee(int id, int k) {
        return mentees.get(slotBase.get(id) + k);
    }

    /** Slot of the mentor's k-th current mentee (0 <= k < menteeCount), for {@link #menteeAt}. */
    int slot(int id, int k) {
        return slotBase.get(id) + k;
    }

    /** The mentee in a slot of {@link #slot}. */
    int menteeAt(int slot) {
        return mentees.get(slot);
    }

    /** Mentee slots reserved over all mentors. */
    int slots() {
        return mentees.reserved();
    }

    /** Adds a mentee after the current ones. */
    void addMentee(int id, int userId) {
        if (menteeCount(id) >= capacity(id)) {
            throw new IllegalStateException("mentor " + id + " already has " + capacity(id) + " mentees");
        }
        mentees.set(slotBase.get(id) + menteeCount(id), userId);
        occupancy.add(id, 1);
    }

    /** Removes a mentee; later mentees move up one slot, keeping their order. */
    void removeMentee(int id, int userId) {
        if (!mentees.removeKeepingOrder(slotBase.get(id), menteeCount(id), userId)) {
            throw new IllegalStateException("user " + userId + " is not a mentee of mentor " + id);
        }
        occupancy.add(id, -1);
    }
}
