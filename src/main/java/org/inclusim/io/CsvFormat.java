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
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells.get(i)));
        }
        return sb.toString();
    }

    /** Formats one cell. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof Float f) {
            return number(f.doubleValue());
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return quote(value.toString());
    }

    /** A double with at most 6 decimals, no exponent, no trailing zeros; empty if not finite. */
    public static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        String s = new BigDecimal(d).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    static String quote(String s) {
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
