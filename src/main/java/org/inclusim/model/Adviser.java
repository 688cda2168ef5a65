package org.inclusim.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A NAV adviser (veileder) who follows a caseload, some cases as a job specialist: a read-only
 * view of row {@link #id()} of the model's {@link AdviserTable}.
 */
public final class Adviser implements Serializable {
    private static final long serialVersionUID = 3L;

    private final InclusionModel model;
    private final int id;

    Adviser(InclusionModel model, int id) {
        this.model = model;
        this.id = id;
    }

    private AdviserTable table() {
        return model.advisers;
    }

    public int id() {
        return id;
    }

    public boolean experiencedAtStart() {
        return table().experiencedAtStart.isSet(id);
    }

    /** Job-specialist competence in [0, 1]. */
    public double competence() {
        return table().competence.get(id);
    }

    /** Users in the caseload, in order of intake (a new read-only list on each call). */
    public List<User> caseload() {
        int size = table().caseloadSize(id);
        List<User> caseload = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            caseload.add(model.views.user(table().caseload.get(id, k)));
        }
        return Collections.unmodifiableList(caseload);
    }

    /** Cases currently in close follow-up. */
    public int closeCases() {
        return table().closeCases(id);
    }

    /** Weeks spent co-working alongside an experienced colleague. */
    public int coWorkingWeeks() {
        return table().coWorkingWeeks.get(id);
    }

    public double hoursTotal() {
        return table().hoursTotal.get(id);
    }
}
