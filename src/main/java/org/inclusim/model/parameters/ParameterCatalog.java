package org.inclusim.model.parameters;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of all parameters, read once from the {@link Param} annotations of the records
 * that make up {@link Parameters}. It is the one place that knows names, types, defaults, bounds
 * and documentation; loaders, the GUI and the key reference all use it.
 */
public final class ParameterCatalog {
    private static final ParameterCatalog INSTANCE = new ParameterCatalog();

    private final List<ParameterDefinition> definitions;
    private final Map<String, ParameterDefinition> byPath;
    private final Parameters defaults;

    private ParameterCatalog() {
        List<ParameterDefinition> list = new ArrayList<>();
        for (RecordComponent group : Parameters.class.getRecordComponents()) {
            for (RecordComponent leaf : group.getType().getRecordComponents()) {
                list.add(new ParameterDefinition(group.getName(), leaf));
            }
        }
        definitions = Collections.unmodifiableList(list);
        Map<String, ParameterDefinition> map = new LinkedHashMap<>();
        for (ParameterDefinition d : definitions) {
            map.put(d.path(), d);
        }
        byPath = Collections.unmodifiableMap(map);
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParameterDefinition d : definitions) {
            values.put(d.path(), d.defaultValue());
        }
        defaults = build(values);
    }

    public static ParameterCatalog instance() {
        return INSTANCE;
    }

    /** Every parameter, in declaration order (group by group). */
    public List<ParameterDefinition> definitions() {
        return definitions;
    }

    public Optional<ParameterDefinition> find(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** The names of the parameter groups, e.g. {@code users}, {@code placement}. */
    public List<String> groups() {
        List<String> groups = new ArrayList<>();
        for (RecordComponent group : Parameters.class.getRecordComponents()) {
            groups.add(group.getName());
        }
        return groups;
    }

    public Parameters defaults() {
        return defaults;
    }

    /** Every parameter's value by path, in declaration order. */
    public Map<String, Object> values(Parameters parameters) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent group : Parameters.class.getRecordComponents()) {
            Record record = (Record) invoke(group, parameters);
            for (ParameterDefinition d : definitions) {
                if (d.group().equals(group.getName())) {
                    values.put(d.path(), d.read(record));
                }
            }
        }
        return values;
    }

    /** A copy of {@code base} with one value replaced (coerced and range-checked). */
    public Parameters with(Parameters base, String path, Object value) {
        return with(base, Map.of(path, value));
    }

    /** A copy of {@code base} with the given values replaced (coerced and range-checked). */
    public Parameters with(Parameters base, Map<String, ?> overrides) {
        Map<String, Object> values = values(base);
        for (Map.Entry<String, ?> e : overrides.entrySet()) {
            ParameterDefinition d = byPath.get(e.getKey());
            if (d == null) {
                throw new ParameterException(e.getKey(), e.getValue(), "unknown parameter");
            }
            values.put(e.getKey(), d.coerce(e.getValue()));
        }
        return build(values);
    }

    /**
     * Checks every value of a parameter set against its declared bounds; use it for sets built
     * directly from records rather than through this catalogue.
     *
     * @throws ParameterException for the first value out of range
     */
    public void validate(Parameters parameters) {
        for (Map.Entry<String, Object> e : values(parameters).entrySet()) {
            byPath.get(e.getKey()).coerce(e.getValue());
        }
    }

    private Parameters build(Map<String, Object> values) {
        RecordComponent[] groups = Parameters.class.getRecordComponents();
        Object[] groupValues = new Object[groups.length];
        for (int g = 0; g < groups.length; g++) {
            Class<?> type = groups[g].getType();
            RecordComponent[] leaves = type.getRecordComponents();
            Object[] args = new Object[leaves.length];
            for (int i = 0; i < leaves.length; i++) {
                String path = groups[g].getName() + "." + leaves[i].getName();
                args[i] = byPath.get(path).coerce(values.get(path));
            }
            groupValues[g] = construct(type, args);
        }
        return (Parameters) construct(Parameters.class, groupValues);
    }

    private static Object construct(Class<?> recordType, Object[] args) {
        RecordComponent[] components = recordType.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> constructor = recordType.getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + recordType.getSimpleName(), e);
        }
    }

    private static Object invoke(RecordComponent component, Object target) {
        try {
            return component.getAccessor().invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
