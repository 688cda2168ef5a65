package org.inclusim.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Ints in consecutive slots reserved per owner when the owner is added (a mentor's mentees, a
 * workplace's mentors): one flat array, grown by doubling. The owner's table keeps where its
 * slots start and how many are in use.
 */
final class SlotPool implements Serializable {
    private static final long serialVersionUID = 1L;

    private int reserved;
    private int[] values = new int[64];

    /** Reserves {@code count} slots; returns the first. */
    int reserve(int count) {
        if (reserved + count > values.length) {
            values = Arrays.copyOf(values, Math.max(reserved + count, values.length * 2));
        }
        int base = reserved;
        reserved += count;
        return base;
    }

    /** Slots reserved so far. */
    int reserved() {
        return reserved;
    }

    int get(int slot) {
        return values[slot];
    }

    void set(int slot, int value) {
        values[slot] = value;
    }

    /**
     * Removes {@code value} from the {@code used} slots from {@code base}; later entries move up
     * one, keeping their order. Returns false, changing nothing, if none of them holds it.
     */
    boolean removeKeepingOrder(int base, int used, int value) {
        int end = base + used;
        int s = base;
        while (s < end && values[s] != value) {
            s++;
        }
        if (s == end) {
            return false;
        }
        System.arraycopy(values, s + 1, values, s, end - s - 1);
        return true;
    }
}
