package org.inclusim.model;

import java.util.Arrays;

/**
 * Four doubles per row, side by side (row {@code id}'s field {@code f} at {@code 4 * id + f}),
 * 0.0 in a new row: for fields that a phase reads together for rows in random order, so that
 * one cache line brings them all (see {@link Table}). The width is fixed so that the index is a
 * shift.
 */
final class DoubleRecordColumn extends Column {
    private static final long serialVersionUID = 2L;
    /** Fields per row. */
    static final int WIDTH = 4;

    private double[] values = new double[0];

    double get(int id, int field) {
        return values[id * WIDTH + field];
    }

    void set(int id, int field, double value) {
        values[id * WIDTH + field] = value;
    }

    @Override
    void resize(int rows) {
        values = Arrays.copyOf(values, rows * WIDTH);
    }
}
