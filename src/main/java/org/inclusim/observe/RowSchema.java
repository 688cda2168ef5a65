package org.inclusim.observe;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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
    private final Class<? extends Record> type;

    private RowSchema(Class<? extends Record> type) {
        this.type = type;
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

    /**
     * A row built from its cells by column name: every component whose column {@code values}
     * names gets that value (a number converted to the component's type); the others get 0 (whole
     * numbers), NaN (decimals) or null. A name that is not a column of the row is a programming
     * error. So a partial row (e.g. a user group's, which has only the user outcomes) need not
     * know the position of any column.
     */
    public static <R extends Record> R fromColumns(Class<R> type, Map<String, ? extends Number> values) {
        RowSchema schema = of(type);
        for (String name : values.keySet()) {
            if (!schema.names.contains(name)) {
                throw new IllegalArgumentException(name + " is not a column of " + type.getSimpleName());
            }
        }
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            Number v = components[i].isAnnotationPresent(NotAColumn.class) ? null : values.get(ColumnName.of(components[i].getName()));
            args[i] = value(types[i], v);
        }
        try {
            Constructor<R> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a " + type.getSimpleName() + " from its columns", e);
        }
    }

    private static Object value(Class<?> t, Number v) {
        if (t == int.class) {
            return v == null ? 0 : v.intValue();
        }
        if (t == long.class) {
            return v == null ? 0L : v.longValue();
        }
        if (t == double.class) {
            return v == null ? Double.NaN : v.doubleValue();
        }
        return v;
    }
}
