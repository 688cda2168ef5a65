package org.inclusim.model;

import java.util.Arrays;

/**
 * Four ints per row, side by side (row {@code id}'s field {@code f} at {@code 4 * id + f}), 0
 * in a new row: for fields that a phase reads together for rows in random order, so that one
 * cache line brings them all (see {@link Table}). The width is fixed so that the index is a
 * shift.
 */
final class IntRecordColumn extends Column {
    private static final long serialVersionUID = 2L;
    /** Fields per row. */
    static final int WIDTH = 4;

    private int[] values = new int[0];

    int get(int id, int field) {
        return values[id * WIDTH + field];
    }

    void set(int id, int field, int value) {
        values[id * WIDTH + field] = value;
    }

    void add(int id, int field, int by) {
        values[id * WIDTH + field] += by;
    }

    @Override
    void resize(int rows) {
        values = Arrays.copyOf(values, rows * WIDTH);
    }
}
