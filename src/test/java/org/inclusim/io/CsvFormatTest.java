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
