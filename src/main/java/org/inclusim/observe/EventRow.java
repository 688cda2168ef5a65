package org.inclusim.observe;

import java.util.Arrays;
import java.util.List;
import org.inclusim.model.Transition;

/** One stage transition: a row of events.csv (without the run key). Missing ids are empty. */
public final class EventRow {
    public static final List<String> COLUMNS = List.of(
            "week", "user_id", "from", "to", "cause", "workplace_id", "mentor_id", "adviser_id");

    private EventRow() {
    }

    public static List<Object> cells(Transition t) {
        return Arrays.asList(t.week(), t.userId(), t.from() == null ? null : t.from().label(),
                t.to().label(), t.cause().label(), idOrNull(t.workplaceId()), idOrNull(t.mentorId()),
                idOrNull(t.adviserId()));
    }

    private static Integer idOrNull(int id) {
        return id < 0 ? null : id;
    }
}
