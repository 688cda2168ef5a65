package org.inclusim.model;

import org.inclusim.model.parameters.MentorParameters;
import org.inclusim.model.parameters.Parameters;

/**
 * The mentor part of support of every user with a mentor (in placement or employed, in a mentee
 * place or as natural support) in one week, by position in the week's user scan: made at the start of the placement phase and
 * handed to the employment phase of the same week. It stays valid in between: no mentor's
 * state, strain or competence changes in either phase, a user's mentor can only be released
 * there (the phase then counts 0) or pass from a mentee place to natural support (same mentor), and scan positions change only at the start of a week.
 *
 * <p>Made in two passes: the first lists, in id order, the scan positions and mentor ids of the
 * users who have a mentor, reading only a column the scan streams anyway; the second reads those
 * mentors' records in a tight loop, so the processor has many of these scattered reads in
 * flight at once. Its arrays are reused from the previous week's object when large enough
 * (they are allocated with room to grow).
 */
final class MentorParts {
    private final int week;
    private final Parameters parameters;
    /** By scan position; positions of users without a mentor hold stale values. */
    private final double[] values;
    private final int[] positions;
    private final int[] mentorIds;

    private MentorParts(int week, Parameters parameters, int length, MentorParts previous) {
        this.week = week;
        this.parameters = parameters;
        boolean reuse = previous != null && previous.values.length >= length;
        int room = reuse ? 0 : Math.max(64, 2 * length);
        this.values = reuse ? previous.values : new double[room];
        this.positions = reuse ? previous.positions : new int[room];
        this.mentorIds = reuse ? previous.mentorIds : new int[room];
    }

    /** This week's mentor parts; {@code previous} (may be null) lends its arrays and is not to be used again. */
    static MentorParts of(InclusionModel model, MentorParts previous) {
        UserTable users = model.users;
        int n = users.scanSize();
        MentorParts parts = new MentorParts(model.week(), model.parameters(), n, previous);
        int count = 0;
        for (int k = 0; k < n; k++) {
            int id = users.idAt(k);
            int mentorId = users.mentor.get(id);
            if (mentorId < 0) {
                mentorId = users.naturalMentor.get(id);
            }
            if (mentorId >= 0) {
                parts.positions[count] = k;
                parts.mentorIds[count++] = mentorId;
            }
        }
        MentorParameters mp = model.parameters().mentors();
        for (int i = 0; i < count; i++) {
            parts.values[parts.positions[i]] = SupportRule.mentorPart(mp, model.mentors, parts.mentorIds[i]);
        }
        return parts;
    }

    /** True if these are the parts of this week under these parameters. */
    boolean isFor(int atWeek, Parameters underParameters) {
        return week == atWeek && parameters == underParameters;
    }

    /** The mentor part of the user at scan position {@code k}, who had a mentor when this was made. */
    double at(int k) {
        return values[k];
    }
}
