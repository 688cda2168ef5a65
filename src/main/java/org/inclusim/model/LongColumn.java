package org.inclusim.model;

import java.util.Arrays;

/** A long per row, 0 in a new row (see {@link Table}). */
final class LongColumn extends Column {
    private static final long serialVersionUID = 1L;

    private long[] values = new long[0];

    long get(int id) {
        return values[id];
    }

    void set(int id, long value) {
        values[id] = value;
    }

    @Override
    void resize(int rows) {
        values = Arrays.copyOf(values, rows);
    }
}
