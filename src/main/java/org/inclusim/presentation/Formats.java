package org.inclusim.presentation;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers in running text, per language: English {@code 128,634 NOK}, {@code 30.0 %},
 * {@code 1.7}; bokmål {@code 128 634 kr}, {@code 30,0 %}, {@code 1,7} (no-break space between
 * thousands, decimal comma, minus sign U+2212). Missing values print as "n/a" / "i.t.". Files
 * meant for programs (CSV) never use these: they stay locale-neutral.
 */
public final class Formats {
    /** The minus sign of Norwegian typography. */
    static final char MINUS = '\u2212';
    static final char NO_BREAK_SPACE = '\u00a0';
    /** p-values below this print as "< 0.001". */
    static final double SMALLEST_P = 0.001;

    private final Language language;
    private final DecimalFormatSymbols symbols;
    /** {@link #format} by number of decimals; a format is used by one thread at a time. */
    private final Map<Integer, DecimalFormat> byDecimals = new HashMap<>();

    public Formats(Language language) {
        this.language = language;
        this.symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        if (language == Language.NB) {
            symbols.setDecimalSeparator(',');
            symbols.setGroupingSeparator(NO_BREAK_SPACE);
            symbols.setMinusSign(MINUS);
        } else {
            symbols.setDecimalSeparator('.');
            symbols.setGroupingSeparator(',');
        }
    }

    public Language language() {
        return language;
    }

    /** What a missing value prints as. */
    public String missing() {
        return language == Language.NB ? "i.t." : "n/a";
    }

    /** A number with exactly {@code decimals} decimals and grouped thousands; NaN as missing. */
    public String number(double x, int decimals) {
        if (Double.isNaN(x)) {
            return missing();
        }
        DecimalFormat f = format(decimals);
        String s;
        synchronized (f) {
            s = f.format(x);
        }
        return isNegativeZero(s) ? s.substring(1) : s;
    }

    /** The format with this many decimals, made once (parsing a pattern costs more than formatting). */
    private DecimalFormat format(int decimals) {
        synchronized (byDecimals) {
            return byDecimals.computeIfAbsent(decimals, d -> {
                DecimalFormat f = new DecimalFormat(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d), symbols);
                f.setRoundingMode(RoundingMode.HALF_EVEN);
                return f;
            });
        }
    }

    private boolean isNegativeZero(String s) {
        return s.charAt(0) == symbols.getMinusSign() && s.chars().skip(1).allMatch(c -> c == '0' || c == symbols.getDecimalSeparator());
    }

    /** A number format for chart axes in this language (grouping, decimal separator, up to three decimals). */
    public java.text.NumberFormat axisFormat() {
        DecimalFormat f = new DecimalFormat("#,##0.###", symbols);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f;
    }

    /** A whole number: {@code 20}, {@code 20 161 001}. */
    public String integer(long x) {
        return number(x, 0);
    }

    /** A count that may be stored as a double ({@code 260.0} prints {@code 260}); NaN as missing. */
    public String count(double x) {
        return Double.isNaN(x) ? missing() : x == Math.rint(x) ? integer((long) x) : number(x, 1);
    }

    /** Readable precision: no decimals from 100 up, one decimal below (two below 1). */
    public String readable(double x) {
        if (Double.isNaN(x)) {
            return missing();
        }
        double a = Math.abs(x);
        return number(x, a >= 100 ? 0 : a >= 1 || a == 0 ? 1 : 2);
    }

    /** Kroner, rounded to whole kroner: {@code 128 634 kr} or {@code 128,634 NOK}. */
    public String money(double nok) {
        if (Double.isNaN(nok)) {
            return missing();
        }
        return language == Language.NB ? number(nok, 0) + NO_BREAK_SPACE + "kr" : number(nok, 0) + NO_BREAK_SPACE + "NOK";
    }

    /** A share in [0, 1] as a percentage with one decimal: {@code 30.0 %} / {@code 30,0 %}. */
    public String percent(double share) {
        return Double.isNaN(share) ? missing() : number(100 * share, 1) + NO_BREAK_SPACE + "%";
    }

    /** A p-value: three decimals, or {@code < 0.001}. */
    public String pValue(double p) {
        if (Double.isNaN(p)) {
            return missing();
        }
        return p < SMALLEST_P ? "<" + NO_BREAK_SPACE + number(SMALLEST_P, 3) : number(p, 3);
    }

    /** A date and time with its zone: {@code 2 December 2026, 17:48 UTC} / {@code 2. desember 2026 kl. 17:48 UTC}. */
    public String dateTime(ZonedDateTime t) {
        String pattern = language == Language.NB ? "d. MMMM yyyy 'kl.' HH:mm z" : "d MMMM yyyy, HH:mm z";
        return DateTimeFormatter.ofPattern(pattern, language.locale()).format(t);
    }
}
