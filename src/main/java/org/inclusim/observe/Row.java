package org.inclusim.observe;

import java.util.List;

/** A row of an output table: a record whose components are the table's columns (see {@link RowSchema}). */
public interface Row {
    /** The cells, in column order. */
    default List<Object> cells() {
        Record row = (Record) this;
        return RowSchema.of(row.getClass()).cells(row);
    }
}
