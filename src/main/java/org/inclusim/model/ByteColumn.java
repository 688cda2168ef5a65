package org.inclusim.model;

import java.util.Arrays;

/** A byte per row, 0 in a new row (see {@link Table}): flags and enum ordinals. */
final class ByteColumn extends Column {
    private static final long serialVersionUID = 1L;

    private byte[] values = new byte[0];

    byte get(int id) {
        return values[id];
    }

    void set(int id, byte value) {
        values[id] = value;
    }

    boolean isSet(int id) {
        return values[id] != 0;
    }

    void set(int id, boolean value) {
        values[id] = (byte) (value ? 1 : 0);
    }

    @Override
    void resize(int rows) {
        values = Arrays.copyOf(values, rows);
    }
}
