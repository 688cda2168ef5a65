package org.inclusim.model;

import java.io.Serializable;

/**
 * One field of every row of a {@link Table}, stored by row id. The table sizes all its columns
 * together, so a new per-agent field is one column declared in its table.
 */
abstract class Column implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Makes room for {@code rows} rows; new rows take the column's initial value. */
    abstract void resize(int rows);
}
