package org.inclusim.gui;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inclusim.analysis.DoubleList;
import org.inclusim.model.InclusionModel;
import org.inclusim.model.Mentor;
import org.inclusim.model.MentorState;
import org.inclusim.model.Transition;
import org.inclusim.model.TransitionListener;

/**
 * What the GUI remembers of one run that the model does not keep: each user's trajectory (its
 * stage transitions) and each mentor's weekly strain and burnout leave. Written on the model thread (transitions as
 * they happen, strain once a week after the step), read by inspectors on the Swing thread; the
 * methods are synchronized for that hand-over. Consumes no randomness.
 */
public final class History implements TransitionListener {
    private final Map<Integer, List<Transition>> trajectories = new HashMap<>();
    private final Map<Integer, StrainSeries> strain = new HashMap<>();

    @Override
    public synchronized void onTransition(Transition transition) {
        trajectories.computeIfAbsent(transition.userId(), id -> new ArrayList<>(8)).add(transition);
    }

    /** Records the strain of every mentor in role at the end of the model's current week. */
    public synchronized void recordStrain(InclusionModel model) {
        for (Mentor m : model.views().mentors()) {
            if (m.state().inRole()) {
                strain.computeIfAbsent(m.id(), id -> new StrainSeries(model.week())).add(m.strain(), m.state() == MentorState.ON_LEAVE);
            }
        }
    }

    /** The user's transitions so far, oldest first (a copy). */
    public synchronized List<Transition> trajectory(int userId) {
        return List.copyOf(trajectories.getOrDefault(userId, List.of()));
    }

    /** The mentor's strain at the end of each week in role so far, from {@link #strainFirstWeek}. */
    public synchronized double[] strainHistory(int mentorId) {
        StrainSeries s = strain.get(mentorId);
        return s == null ? new double[0] : s.values().toArray();
    }

    /**
     * The mentor's burnout leave episodes so far, as {@code {first week, last week}} pairs, oldest
     * first (an episode still running ends at the last recorded week).
     */
    public synchronized List<int[]> leaveEpisodes(int mentorId) {
        StrainSeries s = strain.get(mentorId);
        List<int[]> episodes = new ArrayList<>();
        if (s == null) {
            return episodes;
        }
        for (int i = s.onLeave().nextSetBit(0); i >= 0; ) {
            int end = s.onLeave().nextClearBit(i);
            episodes.add(new int[] {s.firstWeek() + i, s.firstWeek() + end - 1});
            i = s.onLeave().nextSetBit(end);
        }
        return episodes;
    }

    /** The first week of {@link #strainHistory}, or -1 if none is recorded. */
    public synchronized int strainFirstWeek(int mentorId) {
        StrainSeries s = strain.get(mentorId);
        return s == null ? -1 : s.firstWeek();
    }

    /** Weekly values from a first week on, and the weeks on burnout leave. */
    private static final class StrainSeries {
        private final int firstWeek;
        private final DoubleList values = new DoubleList(16);
        private final BitSet onLeave = new BitSet();
        private int weeks;

        StrainSeries(int firstWeek) {
            this.firstWeek = firstWeek;
        }

        void add(double value, boolean leave) {
            onLeave.set(weeks++, leave);
            values.add(value);
        }

        int firstWeek() {
            return firstWeek;
        }

        DoubleList values() {
            return values;
        }

        BitSet onLeave() {
            return onLeave;
        }
    }
}
