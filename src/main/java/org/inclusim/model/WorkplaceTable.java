package org.inclusim.model;

/**
 * Every workplace's state, by workplace id: the only home of the workplaces' fields, which
 * {@link Workplace} views read.
 *
 * <p>What an adviser's placement probe reads (employees, the largest number of mentors in role,
 * the number in role and where their slots start) sits side by side in {@link #probeRecord}, one
 * cache line. The mentors in role (active or on leave) are ids in recruitment order, in
 * {@code maxMentors} consecutive slots of a {@link SlotPool} reserved when the workplace is
 * added; they change only through {@link Links}.
 */
final class WorkplaceTable extends Table {
    private static final long serialVersionUID = 3L;
    /** Fields of {@link #probeRecord}. */
    private static final int EMPLOYEES = 0;
    private static final int MAX_MENTORS = 1;
    private static final int MENTOR_COUNT = 2;
    private static final int SLOT_BASE = 3;

    private final IntRecordColumn probeRecord = column(new IntRecordColumn());
    private final SlotPool mentorSlots = new SlotPool();
    /** Mentors ever recruited here: the next recruitment ordinal. */
    final IntColumn recruitOrdinal = column(new IntColumn());
    private final IntColumn recruitAttempts = column(new IntColumn());
    private final IntColumn recruitAttemptsWeek = column(new IntColumn(-1));
    /** Recent burnouts among its mentors, decayed exponentially, as of {@link #burnoutMemoryWeek}. */
    private final DoubleColumn burnoutMemory = column(new DoubleColumn());
    private final IntColumn burnoutMemoryWeek = column(new IntColumn());
    final IntColumn placements = column(new IntColumn());
    /** Hires here (every route of an adviser's search): written only by {@link #recordHire}, which keeps {@link #hireIndex}. */
    final IntColumn hires = column(new IntColumn());
    /** Sector (0 .. workplaces.sectors - 1), drawn at start: mentors of one sector share a trade. */
    final IntColumn sector = column(new IntColumn());
    /** The hires by workplace again, as a tree for drawing a workplace in proportion to them (a layout choice). */
    private final FenwickTree hireIndex = new FenwickTree();

    WorkplaceTable() {
        super(64);
    }

    /** Adds a workplace with no mentors in the given sector; returns its id (ids are consecutive from 0). */
    int add(int employees, int maxMentors, int sectorId) {
        int id = addRow();
        hireIndex.addIndex();
        sector.set(id, sectorId);
        probeRecord.set(id, EMPLOYEES, employees);
        probeRecord.set(id, MAX_MENTORS, maxMentors);
        probeRecord.set(id, SLOT_BASE, mentorSlots.reserve(maxMentors));
        return id;
    }

    int employees(int id) {
        return probeRecord.get(id, EMPLOYEES);
    }

    int maxMentors(int id) {
        return probeRecord.get(id, MAX_MENTORS);
    }

    /** Mentors in role at the workplace. */
    int mentorCount(int id) {
        return probeRecord.get(id, MENTOR_COUNT);
    }

    /** Id of the workplace's k-th mentor in role (0 <= k < mentorCount), in recruitment order. */
    int mentorId(int id, int k) {
        return mentorSlots.get(probeRecord.get(id, SLOT_BASE) + k);
    }

    /** Adds a mentor in role after the current ones ({@link Links}). */
    void addMentor(int id, int mentorId) {
        int count = mentorCount(id);
        if (count == maxMentors(id)) {
            throw new IllegalStateException("workplace " + id + " already has its " + count + " mentors");
        }
        mentorSlots.set(probeRecord.get(id, SLOT_BASE) + count, mentorId);
        probeRecord.add(id, MENTOR_COUNT, 1);
    }

    /** Removes a mentor from the role; later mentors move up one slot, keeping their order ({@link Links}). */
    void removeMentor(int id, int mentorId) {
        if (!mentorSlots.removeKeepingOrder(probeRecord.get(id, SLOT_BASE), mentorCount(id), mentorId)) {
            throw new IllegalStateException("mentor " + mentorId + " is not in role at workplace " + id);
        }
        probeRecord.add(id, MENTOR_COUNT, -1);
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

    /**
     * The active mentor with room who has had the most mentees hired, ties by the lowest load
     * and then recruitment order: the one an adviser asks first when success is reused; -1 if
     * none has room.
     */
    int mostSuccessfulMentor(int id, MentorTable mentors) {
        int best = -1;
        int bestSuccesses = -1;
        double bestLoad = Double.MAX_VALUE;
        for (int k = 0, n = mentorCount(id); k < n; k++) {
            int m = mentorId(id, k);
            if (mentors.hasRoom(m)) {
                int successes = mentors.successes.get(m);
                double load = (double) mentors.menteeCount(m) / mentors.capacity(m);
                if (successes > bestSuccesses || successes == bestSuccesses && load < bestLoad) {
                    best = m;
                    bestSuccesses = successes;
                    bestLoad = load;
                }
            }
        }
        return best;
    }

    /** Counts a hire at the workplace. */
    void recordHire(int id) {
        hires.add(id, 1);
        hireIndex.add(id, 1);
    }

    /** Hires over all workplaces. */
    long hiresTotal() {
        return hireIndex.total();
    }

    /** The workplace whose share of all hires holds {@code x} (0 <= x < {@link #hiresTotal}). */
    int byHires(double x) {
        return hireIndex.find(x);
    }

    /** Counts an attempt to recruit a mentor in {@code week}; returns its index within the week (0, 1, ...). */
    int nextRecruitAttempt(int id, int week) {
        if (recruitAttemptsWeek.get(id) != week) {
            recruitAttemptsWeek.set(id, week);
            recruitAttempts.set(id, 0);
        }
        int attempt = recruitAttempts.get(id);
        recruitAttempts.set(id, attempt + 1);
        return attempt;
    }

    /** Recent burnouts, decayed exponentially with the given memory (weeks) up to {@code week}. */
    double burnoutMemoryAt(int id, int week, double memoryWeeks) {
        return burnoutMemory.get(id) * Math.exp(-(week - burnoutMemoryWeek.get(id)) / memoryWeeks);
    }

    void rememberBurnout(int id, int week, double memoryWeeks) {
        burnoutMemory.set(id, burnoutMemoryAt(id, week, memoryWeeks) + 1.0);
        burnoutMemoryWeek.set(id, week);
    }
}
