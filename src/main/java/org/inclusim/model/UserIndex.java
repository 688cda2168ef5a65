package org.inclusim.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Cache-friendly iteration over the users still in the measure. Each phase scans the ids of
 * non-exited users in increasing order (= referral order = allocation order of the user
 * objects) and reads each user's stage from a compact byte array, touching a user object only
 * when the phase has work for it. For the same reason it mirrors, by id, whether a user has a
 * mentor or adviser and the start and temporary end of the current job: an employed user
 * without either needs no visit unless a job-loss draw falls below its bound. Exited users are dropped from the scan once they make up more
 * than an eighth of it.
 */
final class UserIndex implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int COMPACTION_SHARE = 8;

    private byte[] stageById = new byte[64];
    /** 1 if the user has a mentor or an adviser (so support may be positive). */
    private byte[] helpedById = new byte[64];
    private int[] jobStartById = new int[64];
    private int[] temporaryEndById = new int[64];
    private int[] activeIds = new int[64];
    private int activeCount;
    private int exitedInScan;

    static byte code(Stage stage) {
        return (byte) stage.ordinal();
    }

    /** Adds a newly referred user (ids are consecutive from 0). */
    void add(int id, Stage stage) {
        if (id >= stageById.length) {
            int length = Math.max(id + 1, stageById.length * 2);
            stageById = Arrays.copyOf(stageById, length);
            helpedById = Arrays.copyOf(helpedById, length);
            jobStartById = Arrays.copyOf(jobStartById, length);
            temporaryEndById = Arrays.copyOf(temporaryEndById, length);
        }
        jobStartById[id] = -1;
        temporaryEndById[id] = -1;
        if (activeCount == activeIds.length) {
            activeIds = Arrays.copyOf(activeIds, activeCount * 2);
        }
        stageById[id] = code(stage);
        activeIds[activeCount++] = id;
    }

    void setStage(int id, Stage stage) {
        stageById[id] = code(stage);
        if (stage == Stage.EXITED) {
            exitedInScan++;
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

    void setHelped(int id, boolean helped) {
        helpedById[id] = (byte) (helped ? 1 : 0);
    }

    boolean helped(int id) {
        return helpedById[id] != 0;
    }

    void setJob(int id, int startWeek, int temporaryEndWeek) {
        jobStartById[id] = startWeek;
        temporaryEndById[id] = temporaryEndWeek;
    }

    int jobStartWeek(int id) {
        return jobStartById[id];
    }

    int temporaryEndWeek(int id) {
        return temporaryEndById[id];
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
        exitedInScan = 0;
    }
}
