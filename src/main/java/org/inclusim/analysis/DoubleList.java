package org.inclusim.analysis;

import java.util.Arrays;

/** A list of doubles that grows by doubling, without boxing each value. */
public final class DoubleList {
    private double[] items;
    private int size;

    public DoubleList() {
        this(4);
    }

    public DoubleList(int initialCapacity) {
        items = new double[Math.max(1, initialCapacity)];
    }

    public void add(double value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = value;
    }

    /** A copy of the values, in the order added. */
    public double[] toArray() {
        return Arrays.copyOf(items, size);
    }
}
