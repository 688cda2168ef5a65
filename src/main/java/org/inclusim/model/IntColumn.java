package org.inclusim.model;

import java.util.Arrays;

/** An int per row (see {@link Table}). */
final class IntColumn extends Column {
    private static final long serialVersionUID = 1L;

    private final int initial;
    private int[] values = new int[0];

    /** A column whose new rows hold 0. */
    IntColumn() {
        this(0);
    }

    /** A column whose new rows hold {@code initial} (e.g. -1 for "no id" or "no week"). */
    IntColumn(int initial) {
        this.initial = initial;
    }

    int get(int id) {
        return values[id];
    }

    void set(int id, int value) {
        values[id] = value;
    }

    /** Adds {@code by} to row {@code id}. */
    void add(int id, int by) {
        values[id] += by;
    }

    @Override
    void resize(int rows) {
        int old = values.length;
        values = Arrays.copyOf(values, rows);
        if (initial != 0 && rows > old) {
            Arrays.fill(values, old, rows, initial);
        }
    }
}
