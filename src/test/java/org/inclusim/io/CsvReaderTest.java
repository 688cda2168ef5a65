package org.inclusim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
    @TempDir
    Path dir;

    private CsvReader.Table read(String text) throws IOException {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return CsvReader.read(file);
    }

    @Test
    void readsQuotingLineEndsAndEmptyCellsAsWritten() throws IOException {
        CsvReader.Table t = read("a,b,c\r\n1,\"x,y\",\"say \"\"hi\"\"\"\n,,\n\n\"two\nlines\",\"ab\"cd,é\n7,8,9");
        assertEquals(List.of("a", "b", "c"), t.header());
        assertEquals(List.of(List.of("1", "x,y", "say \"hi\""), List.of("", "", ""), List.of(""),
                List.of("two\nlines", "abcd", "é"), List.of("7", "8", "9")), t.rows());
        assertEquals(1, t.column("b"));
        assertEquals(-1, t.column("z"));
    }

    @Test
    void oneLinesCellsAreReadAsAFileRowIs() {
        assertEquals(List.of("1", "x,y", "say \"hi\"", "", "é"), CsvReader.cells("1,\"x,y\",\"say \"\"hi\"\"\",,é"));
        assertEquals(List.of(""), CsvReader.cells(""));
        assertEquals(List.of("", ""), CsvReader.cells(","));
        assertThrows(IllegalArgumentException.class, () -> CsvReader.cells("1,\"open"));
    }

    @Test
    void anUnterminatedQuoteAnEmptyFileAndBytesThatAreNotUtf8AreErrors() throws IOException {
        assertThrows(IOException.class, () -> read("a,b\n1,\"open\n"));
        assertThrows(IOException.class, () -> read(""));
        Path file = dir.resolve("latin1.csv");
        Files.write(file, new byte[] {'a', '\n', 'b', (byte) 0xe6, 'r', '\n'});
        assertThrows(IOException.class, () -> CsvReader.read(file), "a Latin-1 byte is not UTF-8");
    }

    @Test
    void streamingGivesTheRowsInOrderAndTheHeader() throws IOException {
        Path file = dir.resolve("s.csv");
        Files.writeString(file, "k,v\n1,a\n2,b\n");
        List<List<String>> rows = new ArrayList<>();
        assertEquals(List.of("k", "v"), CsvReader.stream(file, rows::add));
        assertEquals(List.of(List.of("1", "a"), List.of("2", "b")), rows);
        assertEquals(List.of("k", "v"), CsvReader.header(file));
    }

    /** Cells of every kind across many buffer refills read back exactly as {@link CsvFormat} wrote them. */
    @Test
    void whatCsvFormatWritesReadsBackAcrossLargeFiles() throws IOException {
        Random random = new Random(7);
        String[] pieces = {"", "x", "1.25", "a,b", "q\"uote", "line\nbreak", "cr\rlf", "æøå", "\"", ",", "long-cell-of-text-"};
        List<List<String>> written = new ArrayList<>();
        StringBuilder text = new StringBuilder("c0,c1,c2,c3\n");
        for (int r = 0; r < 20_000; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                StringBuilder cell = new StringBuilder();
                for (int k = random.nextInt(4); k > 0; k--) {
                    cell.append(pieces[random.nextInt(pieces.length)]);
                }
                row.add(cell.toString());
            }
            written.add(row);
            text.append(CsvFormat.line(row)).append('\n');
        }
        CsvReader.Table t = read(text.toString());
        assertEquals(written.size(), t.rows().size());
        for (int r = 0; r < written.size(); r++) {
            List<String> expected = new ArrayList<>();
            for (String cell : written.get(r)) {
                // an unquoted cell loses carriage returns (a CR outside quotes is a line end's)
                expected.add(CsvFormat.cell(cell).startsWith("\"") ? cell : cell.replace("\r", ""));
            }
            assertEquals(expected, t.rows().get(r), "row " + r);
        }
    }
}
