package org.inclusim.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A mentor network group: mentors of the participating workplaces, grouped in recruitment order, who meet for peer support. */
public final class MentorNetwork implements Serializable {
    private static final long serialVersionUID = 1L;

    final int id;
    final List<Mentor> members = new ArrayList<>();
    int meetings;
    int lastMeetingWeek = -1;
    int lastAttendance;

    MentorNetwork(int id) {
        this.id = id;
    }

    public int id() {
        return id;
    }

    /** Members in role (read-only). */
    public List<Mentor> members() {
        return Collections.unmodifiableList(members);
    }

    public int meetings() {
        return meetings;
    }

    public int lastMeetingWeek() {
        return lastMeetingWeek;
    }

    public int lastAttendance() {
        return lastAttendance;
    }
}
