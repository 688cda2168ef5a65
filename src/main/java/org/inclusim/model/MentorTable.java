package org.inclusim.model;

import org.inclusim.model.parameters.TrainingLevel;

/**
 * Every mentor's state, by mentor id (= recruitment order): the only home of the mentors'
 * fields, which {@link Mentor} views read. The mentor phase streams it in id order.
 *
 * <p>Layout choices, each a cache the table keeps of its own fields: strain, competence,
 * dedication and whether the mentor is mentoring (active or stepped back) sit side by side in
 * {@link #supportRecord} (what a mentee's support reads, one cache line); the mentee count, the
 * capacity and whether the mentor takes no new mentees (not active) are packed into one int of
 * {@link #occupancy} (what a placement probe reads). Each mentor owns {@code room} (at least its
 * capacity, which may grow up to it) consecutive slots of a {@link SlotPool}, reserved
 * at recruitment, holding its current mentees' ids in the order they came; what the mentor
 * phase needs to know of a mentee (need, stage, close follow-up, investment) it reads from
 * {@link UserTable} by that id. Mentee slots change only through {@link Links}.
 */
final class MentorTable extends Table {
    private static final long serialVersionUID = 4L;
    private static final MentorState[] STATES = MentorState.values();
    private static final TrainingLevel[] LEVELS = TrainingLevel.values();
    /** Fields of {@link #supportRecord}. */
    private static final int STRAIN = 0;
    private static final int COMPETENCE = 1;
    private static final int DEDICATION = 2;
    /** 1 if the mentor supports its mentees (active or stepped back), else 0 (a cache of {@link #state}). */
    private static final int MENTORING = 3;
    private static final int COUNT_MASK = 0xFFFF;
    private static final int CAPACITY_SHIFT = 16;
    private static final int INACTIVE = Integer.MIN_VALUE;

    private final ByteColumn state = column(new ByteColumn());
    /** Whether the mentor phase must visit the mentor: with mentees, strain, or on leave. */
    private final ByteColumn engaged = column(new ByteColumn());
    private final DoubleRecordColumn supportRecord = column(new DoubleRecordColumn());
    /** Mentee count (low 16 bits), capacity (next 15) and the sign bit set when not active (takes no new mentees). */
    private final IntColumn occupancy = column(new IntColumn());
    private final IntColumn slotBase = column(new IntColumn());
    /** Mentee slots reserved: the largest capacity the mentor can grow to. */
    private final IntColumn room = column(new IntColumn());
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
    /** Week the mentor left the workplace (ordinary turnover), or -1. */
    final IntColumn leftWeek = column(new IntColumn(-1));
    /** Week the mentor will leave the workplace, drawn at recruitment ({@link MentorExitRule}); MAX_VALUE for never. */
    final IntColumn departureWeek = column(new IntColumn(Integer.MAX_VALUE));
    /** Week a stepped-back mentor takes mentees again, or a mentor on leave returns. */
    final IntColumn returnWeek = column(new IntColumn(-1));
    /** Strain events by response: stepped back, short and severe sick leave. */
    final IntColumn stepBacks = column(new IntColumn());
    final IntColumn shortLeaves = column(new IntColumn());
    final IntColumn severeLeaves = column(new IntColumn());
    /** Weeks with a mentee, summed over mentees (the mentor's load in mentee-weeks). */
    final IntColumn menteeWeeks = column(new IntColumn());
    /** Mentees hired while this mentor followed them: the success that makes advisers ask again. */
    final IntColumn successes = column(new IntColumn());
    /** Week of the mentor's first mentee, which starts its own follow-up cycle; -1 before. */
    final IntColumn followUpAnchorWeek = column(new IntColumn(-1));
    /** 1 - attendance propensity for network meetings (0 at recruitment: full propensity). */
    final DoubleColumn attendanceReluctance = column(new DoubleColumn());
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
    int add(long key, int workplaceId, int week, int capacity, int room) {
        if (capacity < 1 || room < capacity || room > COUNT_MASK >>> 1) {
            throw new IllegalArgumentException("mentee capacity " + capacity + " and room " + room + " are not 1 <= capacity <= room <= " + (COUNT_MASK >>> 1));
        }
        int id = addRow();
        occupancy.set(id, capacity << CAPACITY_SHIFT);
        setState(id, MentorState.ACTIVE);
        randomKey.set(id, key);
        workplace.set(id, workplaceId);
        recruitedWeek.set(id, week);
        supportRecord.set(id, DEDICATION, 1.0);
        slotBase.set(id, mentees.reserve(room));
        this.room.set(id, room);
        return id;
    }

    // ---- state ---------------------------------------------------------------------------

    MentorState state(int id) {
        return STATES[state.get(id)];
    }

    boolean isActive(int id) {
        return occupancy.get(id) >= 0;
    }

    /** Supports its current mentees: active or stepped back (one read of the support record). */
    boolean isMentoring(int id) {
        return supportRecord.get(id, MENTORING) != 0.0;
    }

    /** Sets the role state; the model's {@link InclusionModel#setState} keeps the counts by state. */
    void setState(int id, MentorState to) {
        state.set(id, (byte) to.ordinal());
        supportRecord.set(id, MENTORING, to.mentoring() ? 1.0 : 0.0);
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

    /** 1 - reluctance: the mentor's propensity to attend network meetings, in [0, 1]. */
    double attendancePropensity(int id) {
        return 1.0 - attendanceReluctance.get(id);
    }

    void setAttendancePropensity(int id, double value) {
        attendanceReluctance.set(id, 1.0 - value);
    }

    /** Adds this week's strain to the cumulative and peak strain. */
    void recordStrain(int id) {
        double strain = strain(id);
        peakStrain.set(id, Math.max(peakStrain.get(id), strain));
        cumulativeStrain.add(id, strain);
    }

    /**
     * Raises the capacity by one, up to {@code max} and the reserved room: a successful mentor
     * agrees to take one more mentee. Returns whether it grew.
     */
    boolean growCapacity(int id, int max) {
        int capacity = capacity(id);
        if (capacity >= Math.min(max, room.get(id))) {
            return false;
        }
        occupancy.add(id, 1 << CAPACITY_SHIFT);
        return true;
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
