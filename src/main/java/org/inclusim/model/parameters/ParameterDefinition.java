package org.inclusim.model.parameters;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One documented parameter: its dotted path ({@code group.name}), type, default, bounds and
 * documentation, read from the {@link Param} annotation of a parameter record component.
 */
public final class ParameterDefinition {
    private final String path;
    private final RecordComponent component;
    private final Param param;
    private final Object defaultValue;

    ParameterDefinition(String group, RecordComponent component) {
        this.component = component;
        this.param = component.getAnnotation(Param.class);
        if (param == null) {
            throw new IllegalStateException("record component without @Param: " + group + "." + component.getName());
        }
        this.path = group + "." + component.getName();
        this.defaultValue = coerce(parseDefault(param.value()));
    }

    /** The same definition under another path (a user group's value of a parameter). */
    ParameterDefinition(String path, ParameterDefinition like) {
        this.component = like.component;
        this.param = like.param;
        this.path = path;
        this.defaultValue = like.defaultValue;
    }

    public String path() {
        return path;
    }

    /** The group (record) the parameter belongs to, e.g. {@code placement}. */
    public String group() {
        return path.substring(0, path.indexOf('.'));
    }

    public String name() {
        return component.getName();
    }

    public Class<?> type() {
        return component.getType();
    }

    public Object defaultValue() {
        return defaultValue;
    }

    public double min() {
        return param.min();
    }

    public double max() {
        return param.max();
    }

    public String unit() {
        return param.unit();
    }

    public String doc() {
        return param.doc();
    }

    public String source() {
        return param.source();
    }

    /** The CSV column name: the path by {@link ColumnName}'s rule. */
    public String columnName() {
        return ColumnName.of(path);
    }

    /** Human-readable type name as used in error messages and the key reference. */
    public String typeName() {
        if (type() == int.class) {
            return "integer";
        }
        if (type() == double.class) {
            return "number";
        }
        if (type() == boolean.class) {
            return "boolean";
        }
        return "one of " + String.join(", ", enumNames());
    }

    /** The allowed values or range, e.g. {@code 1 to 156} or {@code none, basic, extended}. */
    public String allowed() {
        if (type() == boolean.class) {
            return "true or false";
        }
        if (type().isEnum()) {
            return String.join(", ", enumNames());
        }
        return format(param.min()) + " to " + format(param.max());
    }

    /** The default formatted as YAML text. */
    public String defaultText() {
        return format(defaultValue);
    }

    /** YAML text of a value of this parameter (enums in lower case). */
    public static String format(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
        if (value instanceof Double d) {
            if (d.isInfinite()) {
                return d > 0 ? "inf" : "-inf";
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString(d.longValue());
            }
        }
        return String.valueOf(value);
    }

    private Object parseDefault(String text) {
        if (type() == int.class) {
            return Integer.parseInt(text);
        }
        if (type() == double.class) {
            return Double.parseDouble(text);
        }
        return text;
    }

    List<String> enumNames() {
        return Arrays.stream(type().getEnumConstants())
                .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toList());
    }

    /**
     * Converts a raw value (from YAML or Java) to this parameter's type and checks its bounds.
     *
     * @throws ParameterException naming the path, the value and what is allowed
     */
    public Object coerce(Object raw) {
        if (raw == null) {
            throw new ParameterException(path, "null", "a value is required (" + typeName() + ")");
        }
        Class<?> t = type();
        if (t == boolean.class) {
            if (raw instanceof Boolean b) {
                return b;
            }
            if (raw instanceof String s && (s.equals("true") || s.equals("false"))) {
                return Boolean.valueOf(s);
            }
            throw new ParameterException(path, describe(raw), "expected true or false");
        }
        if (t.isEnum()) {
            String text = String.valueOf(raw).trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (Object constant : t.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(text)) {
                    return constant;
                }
            }
            throw new ParameterException(path, describe(raw), "expected one of " + String.join(", ", enumNames()));
        }
        double number = toNumber(raw);
        if (Double.isNaN(number) || number < param.min() || number > param.max()) {
            throw new ParameterException(path, describe(raw), "expected " + typeName() + " from " + allowed());
        }
        if (t == int.class) {
            if (number != Math.rint(number)) {
                throw new ParameterException(path, describe(raw), "expected a whole number from " + allowed());
            }
            return (int) number;
        }
        return number;
    }

    private double toNumber(Object raw) {
        if (raw instanceof Number n) {
            return n.doubleValue();
        }
        if (raw instanceof String s && type() == double.class) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw new ParameterException(path, describe(raw), "expected " + typeName() + " from " + allowed());
    }

    private static String describe(Object raw) {
        return raw instanceof String s ? "'" + s + "'" : String.valueOf(raw);
    }

    Object read(Record group) {
        try {
            return component.getAccessor().invoke(group);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }
}
