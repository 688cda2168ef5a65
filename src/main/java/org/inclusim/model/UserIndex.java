package org.inclusim.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Cache-friendly iteration over the users still in the measure, and the users' weekly state by
 * id. Each phase scans the ids of non-exited users in increasing order (= referral order) and
 * reads what it needs from arrays indexed by id, touching a user object only when an event
 * changes it (a transition, a release, a hire). Exited users are dropped from the scan once
 * they make up more than an eighth of it.
 *
 * <p>Fit and support live only here (the {@link User} getters read them). Stage, mentor and
 * adviser ids, close follow-up, the current placement's end week and investment, and the
 * current job's start, temporary end and end of mentor follow-up mirror the user object; the
 * model's rules keep them in step as they change ({@link InclusionModel#syncHelp},
 * {@link InclusionModel#syncJob}, {@link User#setCloseFollowUp}, {@link PlacementRule#start}).
 */
final class UserIndex implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int COMPACTION_SHARE = 8;

    private byte[] stageById = new byte[64];
    private double[] fitById = new double[64];
    private double[] supportById = new double[64];
    private int[] mentorById = new int[64];
    private int[] adviserById = new int[64];
    private byte[] closeById = new byte[64];
    private int[] placementEndById = new int[64];
    private double[] investmentById = new double[64];
    private int[] jobStartById = new int[64];
    private int[] temporaryEndById = new int[64];
    private int[] mentorEndById = new int[64];
    private int[] outOfWorkSinceById = new int[64];
    private int[] activeIds = new int[64];
    /** Working arrays by scan position, for a phase's own use (see {@link #scratch}); not state. */
    private transient Scratch scratch;
    private int activeCount;
    private int exitedInScan;

    static byte code(Stage stage) {
        return (byte) stage.ordinal();
    }

    /** Adds a newly referred user with its initial fit, no helpers and no job (ids are consecutive from 0). */
    void add(int id, Stage stage, double fit) {
        if (id >= stageById.length) {
            grow(Math.max(id + 1, stageById.length * 2));
        }
        if (activeCount == activeIds.length) {
            activeIds = Arrays.copyOf(activeIds, activeCount * 2);
        }
        stageById[id] = code(stage);
        fitById[id] = fit;
        mentorById[id] = -1;
        adviserById[id] = -1;
        jobStartById[id] = -1;
        temporaryEndById[id] = -1;
        mentorEndById[id] = -1;
        activeIds[activeCount++] = id;
        forgetScratch();
    }

    private void grow(int length) {
        stageById = Arrays.copyOf(stageById, length);
        fitById = Arrays.copyOf(fitById, length);
        supportById = Arrays.copyOf(supportById, length);
        mentorById = Arrays.copyOf(mentorById, length);
        adviserById = Arrays.copyOf(adviserById, length);
        closeById = Arrays.copyOf(closeById, length);
        placementEndById = Arrays.copyOf(placementEndById, length);
        investmentById = Arrays.copyOf(investmentById, length);
        jobStartById = Arrays.copyOf(jobStartById, length);
        temporaryEndById = Arrays.copyOf(temporaryEndById, length);
        mentorEndById = Arrays.copyOf(mentorEndById, length);
        outOfWorkSinceById = Arrays.copyOf(outOfWorkSinceById, length);
    }

    void setStage(int id, Stage stage) {
        stageById[id] = code(stage);
        if (stage == Stage.EXITED) {
            exitedInScan++;
        }
    }

    /** Forgets the values held by position (see {@link SupportRule#mentorParts}). */
    void forgetScratch() {
        if (scratch != null) {
            scratch.forget();
        }
    }

    /**
     * Reusable working arrays with at least {@link #scanSize} entries each. Their values by
     * position are forgotten when the scan changes (users are added or dropped).
     */
    Scratch scratch() {
        if (scratch == null || scratch.values.length < activeCount) {
            scratch = new Scratch(activeIds.length);
        }
        return scratch;
    }

    /**
     * Working arrays of one length, a double and two ints per scan position, and which week's
     * values (under which parameters) they hold, if any.
     */
    static final class Scratch {
        private final double[] values;
        private final int[] positions;
        private final int[] ids;
        private int week = -1;
        private Object parameters;

        private Scratch(int length) {
            values = new double[length];
            positions = new int[length];
            ids = new int[length];
        }

        double[] values() {
            return values;
        }

        int[] positions() {
            return positions;
        }

        int[] ids() {
            return ids;
        }

        /** True if {@link #values} were computed in this week under these parameters. */
        boolean holds(int valuesWeek, Object valuesParameters) {
            return week == valuesWeek && parameters == valuesParameters;
        }

        void hold(int valuesWeek, Object valuesParameters) {
            week = valuesWeek;
            parameters = valuesParameters;
        }

        void forget() {
            week = -1;
            parameters = null;
        }
    }

    /** Number of ids in the scan (may include users who exited since the last compaction). */
    int scanSize() {
        return activeCount;
    }

    int idAt(int k) {
        return activeIds[k];
    }

    byte stageCode(int id) {
        return stageById[id];
    }

    double fit(int id) {
        return fitById[id];
    }

    void setFit(int id, double fit) {
        fitById[id] = fit;
    }

    /** Support received in the last week it was computed. */
    double support(int id) {
        return supportById[id];
    }

    void setSupport(int id, double support) {
        supportById[id] = support;
    }

    /** Mirrors the ids of the user's mentor and adviser (-1 for none). */
    void setHelpers(int id, int mentorId, int adviserId) {
        mentorById[id] = mentorId;
        adviserById[id] = adviserId;
    }

    /** True if the user has a mentor or an adviser (so support may be positive). */
    boolean helped(int id) {
        return mentorById[id] >= 0 || adviserById[id] >= 0;
    }

    int mentorId(int id) {
        return mentorById[id];
    }

    int adviserId(int id) {
        return adviserById[id];
    }

    void setClose(int id, boolean close) {
        closeById[id] = (byte) (close ? 1 : 0);
    }

    boolean close(int id) {
        return closeById[id] != 0;
    }

    /** Week the user's current time out of work began: referral or the end of the last job. */
    int outOfWorkSince(int id) {
        return outOfWorkSinceById[id];
    }

    void setOutOfWorkSince(int id, int week) {
        outOfWorkSinceById[id] = week;
    }

    /** Mirrors the current placement: its last planned week and its investment. */
    void setPlacement(int id, int endWeek, double investment) {
        placementEndById[id] = endWeek;
        investmentById[id] = investment;
    }

    /** Last planned week of the current placement. */
    int placementEndWeek(int id) {
        return placementEndById[id];
    }

    double investment(int id) {
        return investmentById[id];
    }

    /** Mirrors the current job: start, temporary end (or -1) and end of mentor follow-up. */
    void setJob(int id, int startWeek, int temporaryEndWeek, int mentorEndWeek) {
        jobStartById[id] = startWeek;
        temporaryEndById[id] = temporaryEndWeek;
        mentorEndById[id] = mentorEndWeek;
    }

    int jobStartWeek(int id) {
        return jobStartById[id];
    }

    int temporaryEndWeek(int id) {
        return temporaryEndById[id];
    }

    int mentorEndWeek(int id) {
        return mentorEndById[id];
    }

    /** Drops exited users from the scan if they are more than an eighth of it; keeps id order. */
    void compactIfWorthIt() {
        if (exitedInScan * COMPACTION_SHARE <= activeCount) {
            return;
        }
        byte exited = code(Stage.EXITED);
        int kept = 0;
        for (int k = 0; k < activeCount; k++) {
            int id = activeIds[k];
            if (stageById[id] != exited) {
                activeIds[kept++] = id;
            }
        }
        activeCount = kept;
        forgetScratch();
        exitedInScan = 0;
    }
}
