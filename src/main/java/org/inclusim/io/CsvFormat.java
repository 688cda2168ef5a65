package org.inclusim.io;

import java.math.BigDecimal;
import java.util.List;

/**
 * The one CSV dialect of inclusim output: UTF-8, comma separated, '.' decimal, header row,
 * RFC 4180 quoting. Numbers are formatted by one fixed rule so that equal values give equal
 * bytes on every machine: doubles with at most 6 decimals and no exponent, trailing zeros
 * dropped; NaN, infinities and null as an empty cell.
 */
public final class CsvFormat {
    private CsvFormat() {
    }

    /** Formats one line (without the line end). */
    public static String line(List<?> cells) {
        StringBuilder sb = new StringBuilder(cells.size() * 8);
        appendCells(sb, cells);
        return sb.toString();
    }

    /** Appends the cells of one line, comma-separated, without the line end. */
    public static void appendCells(StringBuilder sb, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            appendCell(sb, cells.get(i));
        }
    }

    /** Appends one cell, formatted as {@link #cell} does. */
    public static void appendCell(StringBuilder sb, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Integer i) {
            sb.append(i.intValue());
        } else if (value instanceof String s) {
            appendText(sb, s);
        } else if (value instanceof Double d) {
            appendNumber(sb, d);
        } else if (value instanceof Long || value instanceof Short || value instanceof Byte) {
            sb.append(((Number) value).longValue());
        } else if (value instanceof Float f) {
            appendNumber(sb, f.doubleValue());
        } else if (value instanceof Number || value instanceof Boolean) {
            sb.append(value);
        } else {
            sb.append(quote(value.toString()));
        }
    }

    /** Formats one cell. */
    public static String cell(Object value) {
        StringBuilder sb = new StringBuilder(16);
        appendCell(sb, value);
        return sb.toString();
    }

    /** A double with at most 6 decimals, no exponent, no trailing zeros; empty if not finite. */
    public static String number(double d) {
        StringBuilder sb = new StringBuilder(24);
        appendNumber(sb, d);
        return sb.toString();
    }

    /** Below this magnitude, d x 10^6 is a double whose rounding error is far below 0.001. */
    private static final double FAST_LIMIT = 0x1p42 / 1e6;

    /**
     * Appends {@link #number}: the exact binary value rounded half-even to 6 decimals. Most values
     * take a fast path: when d x 10^6 lies clearly away from a rounding tie (more than 0.001 from
     * one, while the product's own error is below 0.001), or is computed exactly, the nearest
     * integer of the product (ties to even) is the exact rounding; the rest go through
     * {@link BigDecimal}.
     */
    public static void appendNumber(StringBuilder sb, double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return;
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            sb.append((long) d);
            return;
        }
        if (Math.abs(d) < FAST_LIMIT) {
            double scaled = d * 1e6;
            double rounded = Math.rint(scaled);
            // exact product (checked with a fused multiply-add): rint's ties-to-even is half-even
            if (Math.abs(scaled - rounded) < 0.499 || Math.fma(d, 1e6, -scaled) == 0.0) {
                appendMicros(sb, (long) rounded);
                return;
            }
        }
        String s = new BigDecimal(d).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        sb.append(s.equals("-0") ? "0" : s);
    }

    /** Appends micros / 10^6 as a plain decimal without trailing zeros ("0" for zero, never "-0"). */
    private static void appendMicros(StringBuilder sb, long micros) {
        if (micros == 0) {
            sb.append('0');
            return;
        }
        if (micros < 0) {
            sb.append('-');
            micros = -micros;
        }
        sb.append(micros / 1_000_000);
        long fraction = micros % 1_000_000;
        if (fraction == 0) {
            return;
        }
        int digits = 6;
        while (fraction % 10 == 0) {
            fraction /= 10;
            digits--;
        }
        sb.append('.');
        int length = 1;
        for (long f = fraction; f >= 10; f /= 10) {
            length++;
        }
        for (int i = length; i < digits; i++) {
            sb.append('0');
        }
        sb.append(fraction);
    }

    static String quote(String s) {
        return needsQuotes(s) ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static void appendText(StringBuilder sb, String s) {
        if (needsQuotes(s)) {
            sb.append(quote(s));
        } else {
            sb.append(s);
        }
    }

    private static boolean needsQuotes(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
