package org.inclusim.model;

/**
 * Every mentor network group's state, by group id (= creation order): the only home of the
 * groups' fields, which {@link MentorNetwork} views read. Members change only through
 * {@link Links}.
 */
final class NetworkTable extends Table {
    private static final long serialVersionUID = 1L;

    /** Mentor ids in role, in order of joining ({@link Links}). */
    final IdListColumn members = column(new IdListColumn(16));
    final IntColumn meetings = column(new IntColumn());
    final IntColumn lastMeetingWeek = column(new IntColumn(-1));
    final IntColumn lastAttendance = column(new IntColumn());

    NetworkTable() {
        super(16);
    }

    /** Adds a group with no members; returns its id. */
    int add() {
        return addRow();
    }
}
