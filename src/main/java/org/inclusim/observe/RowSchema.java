package org.inclusim.observe;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.inclusim.model.parameters.ColumnName;

/**
 * The columns of an output table, read from the components of its row record: one column per
 * component, in declaration order, named by {@link ColumnName}'s rule (the same as for
 * parameters). A column is added by adding a component. Where a column name has a number as a
 * word of its own, the component spells that word with an underscore ({@code retention_26w}).
 * A component marked {@link NotAColumn} is not a column.
 */
public final class RowSchema {
    private static final ClassValue<RowSchema> SCHEMAS = new ClassValue<>() {
        @Override
        protected RowSchema computeValue(Class<?> type) {
            return new RowSchema(type.asSubclass(Record.class));
        }
    };

    private final List<String> names;
    private final Method[] accessors;

    private RowSchema(Class<? extends Record> type) {
        List<RecordComponent> components = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (!c.isAnnotationPresent(NotAColumn.class)) {
                components.add(c);
            }
        }
        List<String> list = new ArrayList<>(components.size());
        accessors = new Method[components.size()];
        for (int i = 0; i < accessors.length; i++) {
            list.add(ColumnName.of(components.get(i).getName()));
            accessors[i] = components.get(i).getAccessor();
        }
        names = Collections.unmodifiableList(list);
    }

    /** The schema of a row record (made once per type). */
    public static RowSchema of(Class<? extends Record> type) {
        return SCHEMAS.get(type);
    }

    /** The column names, in component order. */
    public List<String> names() {
        return names;
    }

    /** The row's cells, in column order (boxed; null where a component is null). */
    public List<Object> cells(Record row) {
        Object[] cells = new Object[accessors.length];
        try {
            for (int i = 0; i < accessors.length; i++) {
                cells[i] = accessors[i].invoke(row);
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read a component of " + row.getClass().getSimpleName(), e);
        }
        return Arrays.asList(cells);
    }
}
