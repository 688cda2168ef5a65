package org.inclusim.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * An ordinary employer that can host placements and has mentors among its employees: a
 * read-only view of row {@link #id()} of the model's {@link WorkplaceTable}.
 */
public final class Workplace implements Serializable {
    private static final long serialVersionUID = 3L;

    private final InclusionModel model;
    private final int id;

    Workplace(InclusionModel model, int id) {
        this.model = model;
        this.id = id;
    }

    private WorkplaceTable table() {
        return model.workplaces;
    }

    public int id() {
        return id;
    }

    public int employees() {
        return table().employees(id);
    }

    /** Largest number of mentors the workplace can have in role. */
    public int maxMentors() {
        return table().maxMentors(id);
    }

    /** Number of mentors in role (active or on leave). */
    public int mentorCount() {
        return table().mentorCount(id);
    }

    /** Mentors in role (active or on leave), in recruitment order; a new list on each call. */
    public List<Mentor> mentors() {
        int count = table().mentorCount(id);
        List<Mentor> inRole = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            inRole.add(model.views.mentor(table().mentorId(id, k)));
        }
        return inRole;
    }

    public int placements() {
        return table().placements.get(id);
    }

    public int hires() {
        return table().hires.get(id);
    }
}
