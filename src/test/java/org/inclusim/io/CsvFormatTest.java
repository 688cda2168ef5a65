package org.inclusim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvFormatTest {
    @Test
    void numbersHaveOneFixedForm() {
        assertEquals("0", CsvFormat.number(0.0));
        assertEquals("0", CsvFormat.number(-0.0));
        assertEquals("3", CsvFormat.number(3.0));
        assertEquals("0.1", CsvFormat.number(0.1));
        assertEquals("0.333333", CsvFormat.number(1.0 / 3));
        assertEquals("-2.5", CsvFormat.number(-2.5));
        assertEquals("0.000001", CsvFormat.number(1e-6));
        assertEquals("0", CsvFormat.number(1e-9));
        assertEquals("12345678901.5", CsvFormat.number(12345678901.5));
        assertEquals("", CsvFormat.number(Double.NaN));
        assertEquals("", CsvFormat.number(Double.POSITIVE_INFINITY));
    }

    @Test
    void theFastNumberPathGivesTheBytesOfExactHalfEvenRounding() {
        assertEquals("0.007812", CsvFormat.number(0.0078125), "a tie, rounded to even");
        assertEquals("0.000004", CsvFormat.number(3.814697265625E-6), "an exact value just past a tie");
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int i = 0; i < 300_000; i++) {
            double d = switch (i % 6) {
                case 0 -> random.nextDouble();
                case 1 -> (random.nextInt(2_000_000_000) + 0.5) / 1e6 * (random.nextBoolean() ? 1 : -1);
                case 2 -> random.nextDouble(-5000, 5000);
                case 3 -> random.nextInt(100_000) / (double) (1 + random.nextInt(999));
                case 4 -> random.nextInt(-1_000_000, 1_000_000) / (double) (1 << random.nextInt(12, 24)); // exact ties
                default -> Double.longBitsToDouble(random.nextLong()) % 1e7;
            };
            assertEquals(exact(d), CsvFormat.number(d), () -> "value " + d);
        }
    }

    private static String exact(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        String s = new java.math.BigDecimal(d).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    @Test
    void cellsAreQuotedOnlyWhenNeeded() {
        assertEquals("a,\"b,c\",\"say \"\"hi\"\"\",,true,7",
                CsvFormat.line(Arrays.asList("a", "b,c", "say \"hi\"", null, true, 7)));
    }

    @Test
    void jsonIsWrittenInMapOrderWithEscapes() {
        String json = Json.write(Map.of("k", List.of(1, 2.5, "x\"y\n", Double.NaN)));
        assertEquals("{\n  \"k\": [\n    1,\n    2.5,\n    \"x\\\"y\\n\",\n    null\n  ]\n}\n", json);
    }
}
