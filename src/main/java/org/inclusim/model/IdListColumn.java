package org.inclusim.model;

import java.util.Arrays;

/**
 * A list of ints per row (ids, or weeks), empty in a new row (see {@link Table}). The lists sit
 * in one flat array, {@code stride} slots per row; the stride doubles when a row needs more. The
 * lengths are an array of their own, so summing or scanning them streams one small array.
 */
final class IdListColumn extends Column {
    private static final long serialVersionUID = 1L;

    private int stride;
    private int[] lengths = new int[0];
    private int[] values = new int[0];

    /** @param stride slots per row at first */
    IdListColumn(int stride) {
        this.stride = stride;
    }

    int length(int id) {
        return lengths[id];
    }

    /** The k-th entry of row {@code id} (0 <= k < length). */
    int get(int id, int k) {
        return values[id * stride + k];
    }

    /** Appends {@code value} to row {@code id}'s list. */
    void add(int id, int value) {
        if (lengths[id] == stride) {
            widen();
        }
        values[id * stride + lengths[id]++] = value;
    }

    /** Removes the first {@code value} of row {@code id}; later entries move up one, keeping their order. */
    void removeKeepingOrder(int id, int value) {
        int at = find(id, value);
        int end = id * stride + lengths[id];
        System.arraycopy(values, at + 1, values, at, end - at - 1);
        lengths[id]--;
    }

    /** Index of the first {@code value} in row {@code id}'s list. */
    int indexOf(int id, int value) {
        return find(id, value) - id * stride;
    }

    /** Removes the k-th entry of row {@code id}; the last entry takes its place. */
    void removeSwapping(int id, int k) {
        values[id * stride + k] = values[id * stride + --lengths[id]];
    }

    private int find(int id, int value) {
        for (int s = id * stride, end = s + lengths[id]; s < end; s++) {
            if (values[s] == value) {
                return s;
            }
        }
        throw new IllegalStateException("row " + id + " does not hold " + value);
    }

    private void widen() {
        int wider = stride * 2;
        int[] copy = new int[lengths.length * wider];
        for (int id = 0; id < lengths.length; id++) {
            System.arraycopy(values, id * stride, copy, id * wider, lengths[id]);
        }
        values = copy;
        stride = wider;
    }

    @Override
    void resize(int rows) {
        lengths = Arrays.copyOf(lengths, rows);
        values = Arrays.copyOf(values, rows * stride);
    }
}
