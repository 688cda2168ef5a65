package org.inclusim.model;

import java.util.Arrays;

/**
 * A fixed number of doubles per row, side by side (row {@code id}'s field {@code f} at
 * {@code id * width + f}), 0.0 in a new row: for fields that a phase reads together for rows
 * in random order, so that one cache line brings them all (see {@link Table}).
 */
final class DoubleRecordColumn extends Column {
    private static final long serialVersionUID = 1L;

    private final int width;
    private double[] values = new double[0];

    DoubleRecordColumn(int width) {
        this.width = width;
    }

    double get(int id, int field) {
        return values[id * width + field];
    }

    void set(int id, int field, double value) {
        values[id * width + field] = value;
    }

    @Override
    void resize(int rows) {
        values = Arrays.copyOf(values, rows * width);
    }
}
