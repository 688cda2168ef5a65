package org.inclusim.model;

import java.util.Arrays;

/**
 * A fixed number of ints per row, side by side (row {@code id}'s field {@code f} at
 * {@code id * width + f}), 0 in a new row: for fields that a phase reads together for rows in
 * random order, so that one cache line brings them all (see {@link Table}).
 */
final class IntRecordColumn extends Column {
    private static final long serialVersionUID = 1L;

    private final int width;
    private int[] values = new int[0];

    IntRecordColumn(int width) {
        this.width = width;
    }

    int get(int id, int field) {
        return values[id * width + field];
    }

    void set(int id, int field, int value) {
        values[id * width + field] = value;
    }

    void add(int id, int field, int by) {
        values[id * width + field] += by;
    }

    @Override
    void resize(int rows) {
        values = Arrays.copyOf(values, rows * width);
    }
}
