package org.inclusim.model;

import java.util.Arrays;

/** A double per row, 0.0 in a new row (see {@link Table}). */
final class DoubleColumn extends Column {
    private static final long serialVersionUID = 1L;

    private double[] values = new double[0];

    double get(int id) {
        return values[id];
    }

    void set(int id, double value) {
        values[id] = value;
    }

    /** Adds {@code by} to row {@code id}. */
    void add(int id, double by) {
        values[id] += by;
    }

    @Override
    void resize(int rows) {
        values = Arrays.copyOf(values, rows);
    }
}
