package org.inclusim.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Non-negative integer weights by index with O(log n) update, total and weighted draw (a Fenwick
 * or binary indexed tree; Fenwick 1994). Used to draw a workplace with probability proportional to
 * its hires without rescanning all workplaces.
 */
final class FenwickTree implements Serializable {
    private static final long serialVersionUID = 1L;

    /** 1-based tree; tree[i] holds the sum of the (i & -i) weights ending at index i - 1. */
    private long[] tree = new long[65];
    private int size;
    private long total;

    int size() {
        return size;
    }

    long total() {
        return total;
    }

    /** Appends an index with weight 0. */
    void addIndex() {
        if (size + 1 >= tree.length) {
            long[] weights = new long[size];
            for (int i = 0; i < size; i++) {
                weights[i] = weight(i);
            }
            tree = new long[2 * tree.length];
            int n = size;
            size = 0;
            total = 0;
            for (int i = 0; i < n; i++) {
                size++;
                add(i, weights[i]);
            }
        }
        size++;
    }

    void add(int index, long by) {
        total += by;
        for (int i = index + 1; i < tree.length; i += i & -i) {
            tree[i] += by;
        }
    }

    /** Sum of the weights of indices 0 .. index - 1. */
    long prefix(int index) {
        long sum = 0;
        for (int i = index; i > 0; i -= i & -i) {
            sum += tree[i];
        }
        return sum;
    }

    long weight(int index) {
        return prefix(index + 1) - prefix(index);
    }

    /** The index whose cumulative weight interval holds {@code x} (0 <= x < total): the smallest i with prefix(i + 1) > x. */
    int find(double x) {
        int position = 0;
        double remaining = x;
        for (int step = Integer.highestOneBit(tree.length - 1); step > 0; step >>= 1) {
            int next = position + step;
            if (next < tree.length && tree[next] <= remaining) {
                position = next;
                remaining -= tree[next];
            }
        }
        return Math.min(position, size - 1);
    }

    @Override
    public String toString() {
        return "FenwickTree" + Arrays.toString(Arrays.copyOfRange(tree, 1, size + 1));
    }
}
