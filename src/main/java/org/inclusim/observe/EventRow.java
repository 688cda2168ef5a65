package org.inclusim.observe;

import java.util.List;
import org.inclusim.model.Transition;

/**
 * One stage transition: a row of events.csv (without the run key). Stages and causes are their
 * labels; {@code from} is null for a referral, missing ids and the route of a transition that is
 * not a hire or job change are null (empty cells); {@code group} is the user's group ({@code all}
 * without user groups). The job columns ({@code jobMatch}, match with the user's preferences, 0
 * to 1; {@code jobHours}, hours a week; {@code closeFollowUp}) describe the job a hire or job
 * change starts and are null on every other row. They come last, so the columns before them keep
 * their places from batches written without them.
 */
public record EventRow(
        int week,
        int userId,
        String from,
        String to,
        String cause,
        Integer workplaceId,
        Integer mentorId,
        Integer adviserId,
        String route,
        String group,
        Double jobMatch,
        Double jobHours,
        Boolean closeFollowUp) implements Row {

    /** The columns of events.csv after the run key: the components, by {@link RowSchema}'s rule. */
    public static final List<String> COLUMNS = RowSchema.of(EventRow.class).names();

    public static EventRow of(Transition t) {
        boolean job = t.startsJob();
        return new EventRow(t.week(), t.userId(), t.from() == null ? null : t.from().label(), t.to().label(),
                t.cause().label(), idOrNull(t.workplaceId()), idOrNull(t.mentorId()), idOrNull(t.adviserId()),
                job ? t.route().label() : null, t.group(),
                job ? t.jobMatch() : null, job ? t.jobHours() : null, job ? t.closeFollowUp() : null);
    }

    private static Integer idOrNull(int id) {
        return id < 0 ? null : id;
    }
}
