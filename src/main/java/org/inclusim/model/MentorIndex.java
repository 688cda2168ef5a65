package org.inclusim.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Which mentors the mentor phase must update ("engaged": with mentees, with strain, or on
 * leave), as a byte per mentor id. The phase scans ids in increasing order (recruitment order =
 * allocation order) and touches a mentor object only when it is engaged.
 */
final class MentorIndex implements Serializable {
    private static final long serialVersionUID = 1L;

    private byte[] engaged = new byte[64];
    private int size;

    void add(int id) {
        if (id >= engaged.length) {
            engaged = Arrays.copyOf(engaged, Math.max(id + 1, engaged.length * 2));
        }
        size = Math.max(size, id + 1);
    }

    void engage(int id) {
        engaged[id] = 1;
    }

    void release(int id) {
        engaged[id] = 0;
    }

    boolean isEngaged(int id) {
        return engaged[id] != 0;
    }

    int size() {
        return size;
    }
}
