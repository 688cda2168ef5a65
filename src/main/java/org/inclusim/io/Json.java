package org.inclusim.io;

import java.util.Collection;
import java.util.Map;

/**
 * A minimal JSON writer for manifests: maps (in their iteration order), collections, strings,
 * numbers (doubles by {@link CsvFormat#number}; non-finite as null), booleans and null,
 * pretty-printed with two-space indents.
 */
public final class Json {
    private Json() {
    }

    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        try {
            write(value, sb);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sb.toString();
    }

    /** Writes the value to a stream (for documents too large for one string), ending with a line break. */
    public static void write(Object value, Appendable out) throws java.io.IOException {
        append(out, value, 0);
        out.append('\n');
    }

    private static void append(Appendable sb, Object value, int indent) throws java.io.IOException {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof Map<?, ?> map) {
            appendMap(sb, map, indent);
        } else if (value instanceof Collection<?> list) {
            appendList(sb, list, indent);
        } else if (value instanceof Double d) {
            String s = CsvFormat.number(d);
            sb.append(s.isEmpty() ? "null" : s);
        } else if (value instanceof Number || value instanceof Boolean) {
            sb.append(value.toString());
        } else {
            string(sb, value.toString());
        }
    }

    private static void appendMap(Appendable sb, Map<?, ?> map, int indent) throws java.io.IOException {
        if (map.isEmpty()) {
            sb.append("{}");
            return;
        }
        sb.append("{\n");
        int i = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            pad(sb, indent + 1);
            string(sb, String.valueOf(e.getKey()));
            sb.append(": ");
            append(sb, e.getValue(), indent + 1);
            sb.append(++i < map.size() ? ",\n" : "\n");
        }
        pad(sb, indent);
        sb.append('}');
    }

    private static void appendList(Appendable sb, Collection<?> list, int indent) throws java.io.IOException {
        if (list.isEmpty()) {
            sb.append("[]");
            return;
        }
        sb.append("[\n");
        int i = 0;
        for (Object item : list) {
            pad(sb, indent + 1);
            append(sb, item, indent + 1);
            sb.append(++i < list.size() ? ",\n" : "\n");
        }
        pad(sb, indent);
        sb.append(']');
    }

    private static void pad(Appendable sb, int indent) throws java.io.IOException {
        for (int i = 0; i < indent; i++) {
            sb.append("  ");
        }
    }

    private static void string(Appendable sb, String s) throws java.io.IOException {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
