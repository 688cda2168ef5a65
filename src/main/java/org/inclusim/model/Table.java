package org.inclusim.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows by id (consecutive from 0) whose fields are {@link Column}s. A subclass declares each
 * field once, as a column registered with {@link #column}; {@link #addRow} makes room in all of
 * them at once (doubling), and a new row holds each column's initial value.
 */
abstract class Table implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Column> columns = new ArrayList<>();
    private int capacity;
    private int size;

    protected Table(int initialCapacity) {
        this.capacity = initialCapacity;
    }

    /** Registers a column, sized to the table; call from a field initialiser. */
    protected final <C extends Column> C column(C column) {
        column.resize(capacity);
        columns.add(column);
        return column;
    }

    /** Adds a row with every column at its initial value; returns its id. */
    protected final int addRow() {
        if (size == capacity) {
            capacity *= 2;
            for (Column c : columns) {
                c.resize(capacity);
            }
        }
        return size++;
    }

    /** Rows ever added. */
    final int size() {
        return size;
    }
}
