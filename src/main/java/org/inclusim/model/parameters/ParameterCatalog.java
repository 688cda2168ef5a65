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
        for (RecordComponent group : recordGroups()) {
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
        defaults = build(values, UserGroups.NONE);
    }

    public static ParameterCatalog instance() {
        return INSTANCE;
    }

    /** Every parameter, in declaration order (group by group). */
    public List<ParameterDefinition> definitions() {
        return definitions;
    }

    /** The definition of a path: a parameter, or a user group's value ({@link UserGroups#definition}). */
    public Optional<ParameterDefinition> find(String path) {
        return UserGroups.isGroupPath(path) ? UserGroups.definition(path, byPath) : Optional.ofNullable(byPath.get(path));
    }

    /** The components of {@link Parameters} that are records of {@link Param}s (all but {@code groups}). */
    private static List<RecordComponent> recordGroups() {
        List<RecordComponent> out = new ArrayList<>();
        for (RecordComponent c : Parameters.class.getRecordComponents()) {
            if (c.getType() != UserGroups.class) {
                out.add(c);
            }
        }
        return out;
    }

    /** The names of the parameter groups, e.g. {@code users}, {@code placement}. */
    public List<String> groups() {
        List<String> groups = new ArrayList<>();
        for (RecordComponent group : recordGroups()) {
            groups.add(group.getName());
        }
        return groups;
    }

    public Parameters defaults() {
        return defaults;
    }

    /** Every parameter's value by path, in declaration order, then the user groups' values (if any). */
    public Map<String, Object> values(Parameters parameters) {
        Map<String, Object> values = leafValues(parameters);
        values.putAll(parameters.groups().values());
        return values;
    }

    private Map<String, Object> leafValues(Parameters parameters) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent group : recordGroups()) {
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
        Map<String, Object> values = leafValues(base);
        UserGroups groups = base.groups();
        for (Map.Entry<String, ?> e : overrides.entrySet()) {
            if (UserGroups.isGroupPath(e.getKey())) {
                groups = groups.with(e.getKey(), coerced(e.getKey(), e.getValue()));
                continue;
            }
            ParameterDefinition d = byPath.get(e.getKey());
            if (d == null) {
                throw new ParameterException(e.getKey(), e.getValue(), "unknown parameter");
            }
            values.put(e.getKey(), d.coerce(e.getValue()));
        }
        groups.check();
        return build(values, groups);
    }

    /** A group value coerced by its definition; a refused path throws with {@link UserGroups#problem}. */
    private Object coerced(String path, Object value) {
        return find(path).orElseThrow(() -> new ParameterException(path, value, UserGroups.problem(path))).coerce(value);
    }

    /**
     * Checks every value of a parameter set against its declared bounds; use it for sets built
     * directly from records rather than through this catalogue.
     *
     * @throws ParameterException for the first value out of range
     */
    public void validate(Parameters parameters) {
        for (Map.Entry<String, Object> e : values(parameters).entrySet()) {
            find(e.getKey()).orElseThrow(() -> new ParameterException(e.getKey(), e.getValue(), UserGroups.problem(e.getKey())))
                    .coerce(e.getValue());
        }
        parameters.groups().check();
    }

    private Parameters build(Map<String, Object> values, UserGroups userGroups) {
        RecordComponent[] groups = Parameters.class.getRecordComponents();
        Object[] groupValues = new Object[groups.length];
        for (int g = 0; g < groups.length; g++) {
            if (groups[g].getType() == UserGroups.class) {
                groupValues[g] = userGroups;
                continue;
            }
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
