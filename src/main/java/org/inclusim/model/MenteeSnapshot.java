package org.inclusim.model;

import org.inclusim.model.parameters.MentorParameters;

/**
 * What the mentor phase reads of each mentee (support need, whether in placement, whether in
 * close follow-up, the placement's investment and the mentor's tapering effort in a job), gathered at the start of the phase for the
 * mentees of every active mentor, by mentee slot. It is made for one mentor phase and
 * stays true during it: no mentee's stage, follow-up or investment changes before its mentor's
 * visit (a burnout changes only the burnt-out mentor's own mentees), and a mentor can only gain
 * mentees in the phase, after the gathered ones (see {@link #gathered}).
 *
 * <p>Why gather: a mentee's fields sit in {@link UserTable} columns at a random user id, and
 * reading them during each mentor's update makes every read wait for memory in turn (the mentor
 * phase at 1M users took more than twice as long). Gathering takes two passes, as
 * {@link MentorParts} does: the first lists the slots and mentee ids of the active mentors in
 * id order, reading only arrays that stream; the second reads the mentees' columns
 * in a tight loop without branches, so the processor has many of these scattered reads in
 * flight at once. The mentor phase then reads the gathered values in slot order. Its arrays are
 * reused from the previous week's object when large enough (allocated with room to grow).
 */
final class MenteeSnapshot {
    /** Mentees gathered, by mentor id: the mentor's first this many slots hold gathered values. */
    private final int[] gathered;
    /** The gathered slots and their mentees, in gathering order (working arrays of {@link #of}). */
    private final int[] slots;
    private final int[] mentees;
    /** By mentee slot: the mentee's stage code, close flag, need and placement investment. */
    private final byte[] stage;
    private final byte[] close;
    private final double[] need;
    private final double[] investment;
    /** The mentor's tapering effort for an employed mentee (1 in placement). */
    private final double[] effort;

    private MenteeSnapshot(int mentorCount, int slotCount, MenteeSnapshot previous) {
        boolean reuse = previous != null && previous.gathered.length >= mentorCount && previous.need.length >= slotCount;
        gathered = reuse ? previous.gathered : new int[Math.max(64, 2 * mentorCount)];
        int length = reuse ? previous.need.length : Math.max(64, 2 * slotCount);
        slots = reuse ? previous.slots : new int[length];
        mentees = reuse ? previous.mentees : new int[length];
        stage = reuse ? previous.stage : new byte[length];
        close = reuse ? previous.close : new byte[length];
        need = reuse ? previous.need : new double[length];
        investment = reuse ? previous.investment : new double[length];
        effort = reuse ? previous.effort : new double[length];
    }

    /** Gathers the mentees of this mentor phase; {@code previous} (may be null) lends its arrays and is not to be used again. */
    static MenteeSnapshot of(InclusionModel model, MenteeSnapshot previous) {
        MentorTable mentors = model.mentors;
        MenteeSnapshot s = new MenteeSnapshot(mentors.size(), mentors.slots(), previous);
        int count = 0;
        for (int id = 0, n = mentors.size(); id < n; id++) {
            int gathered = mentors.menteeCount(id);
            s.gathered[id] = gathered;
            for (int k = 0; k < gathered; k++) {
                int slot = mentors.slot(id, k);
                s.slots[count] = slot;
                s.mentees[count++] = mentors.menteeAt(slot);
            }
        }
        UserTable users = model.users;
        MentorParameters mp = model.parameters().mentors();
        int week = model.week();
        for (int i = 0; i < count; i++) {
            int slot = s.slots[i];
            int mentee = s.mentees[i];
            s.stage[slot] = users.stage.get(mentee);
            s.close[slot] = users.close.get(mentee);
            s.need[slot] = users.supportNeed.get(mentee);
            s.investment[slot] = users.investment.get(mentee);
            int start = users.jobStartWeek.get(mentee);
            s.effort[slot] = start < 0 ? 1.0 : SupportRule.mentorEffort(mp, week - start);
        }
        return s;
    }

    /** Mentees of the mentor gathered at the start of the phase (its first slots); later ones were added since. */
    int gathered(int mentorId) {
        return gathered[mentorId];
    }

    byte stage(int slot) {
        return stage[slot];
    }

    boolean close(int slot) {
        return close[slot] != 0;
    }

    double need(int slot) {
        return need[slot];
    }

    /** The mentor's effort for an employed mentee (1 in placement). */
    double effort(int slot) {
        return effort[slot];
    }

    /** The placement's investment (meaningful in placement only). */
    double investment(int slot) {
        return investment[slot];
    }
}
