package org.inclusim.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A mentor network group: mentors of the participating workplaces, grouped in recruitment
 * order, who meet for peer support. A read-only view of row {@link #id()} of the model's
 * {@link NetworkTable}.
 */
public final class MentorNetwork implements Serializable {
    private static final long serialVersionUID = 2L;

    private final InclusionModel model;
    private final int id;

    MentorNetwork(InclusionModel model, int id) {
        this.model = model;
        this.id = id;
    }

    private NetworkTable table() {
        return model.networks;
    }

    public int id() {
        return id;
    }

    /** Members in role, in order of joining (a new read-only list on each call). */
    public List<Mentor> members() {
        int size = table().members.length(id);
        List<Mentor> members = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            members.add(model.views.mentor(table().members.get(id, k)));
        }
        return Collections.unmodifiableList(members);
    }

    public int meetings() {
        return table().meetings.get(id);
    }

    public int lastMeetingWeek() {
        return table().lastMeetingWeek.get(id);
    }

    public int lastAttendance() {
        return table().lastAttendance.get(id);
    }
}
