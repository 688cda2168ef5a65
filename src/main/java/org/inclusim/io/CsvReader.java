package org.inclusim.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Reads a CSV file of the inclusim dialect (see {@link CsvFormat}): RFC 4180 quoting, header first. */
public final class CsvReader {
    private CsvReader() {
    }

    /** A table: its header and rows (empty cells as empty strings). */
    public record Table(List<String> header, List<List<String>> rows) {
        /** Index of a column, or -1. */
        public int column(String name) {
            return header.indexOf(name);
        }

        /** The rows whose {@code column} holds {@code value}; all rows if the table has no such column. */
        public Table rowsWhere(String name, String value) {
            int c = column(name);
            return c < 0 ? this : new Table(header, rows.stream().filter(row -> row.get(c).equals(value)).toList());
        }
    }

    public static Table read(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = stream(file, rows::add);
        return new Table(header, rows);
    }

    /**
     * Reads a file row by row without holding it: returns the header after passing every row
     * (in file order) to {@code rows}. For tables too large to keep in memory.
     */
    public static List<String> stream(Path file, Consumer<List<String>> rows) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Cursor cursor = new Cursor(in);
            List<String> header = cursor.next();
            if (header == null) {
                throw new IOException(file + ": empty, expected a header row");
            }
            List<String> record;
            while ((record = cursor.next()) != null) {
                rows.accept(record);
            }
            return header;
        }
    }

    /** Passes every row of a stream without a header line to {@code rows}, in order (the stream is not closed). */
    public static void rows(InputStream in, Consumer<List<String>> rows) throws IOException {
        Cursor cursor = new Cursor(in);
        List<String> record;
        while ((record = cursor.next()) != null) {
            rows.accept(record);
        }
    }

    /** The header row of a file. */
    public static List<String> header(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            List<String> header = new Cursor(in).next();
            if (header == null) {
                throw new IOException(file + ": empty, expected a header row");
            }
            return header;
        }
    }

    /** The cells of one line (without its line end) of the inclusim dialect. */
    public static List<String> cells(String line) {
        try {
            List<String> cells = new Cursor(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8))).next();
            return cells == null ? List.of("") : cells;
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    /**
     * Splits UTF-8 bytes into records, reading them in blocks. The characters that structure a
     * file (comma, quote, carriage return, line feed) are ASCII and never occur inside the bytes
     * of another character, so the bytes are split first and each cell decoded on its own: an
     * ASCII cell is copied, any other decoded as UTF-8 (malformed bytes are an error, as with a
     * decoding reader). Outside quotes a carriage return is dropped and a line feed ends the
     * record; a quote opens a quoted cell only at the start of a cell, and inside one a doubled
     * quote stands for a quote.
     */
    private static final class Cursor {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int limit;
        /** The bytes of a cell that is not simple (quoted, with a carriage return, or across two blocks). */
        private byte[] cell = new byte[256];
        private int cellLength;

        Cursor(InputStream in) {
            this.in = in;
        }

        /** The next byte (0 to 255), or -1 at the end of the file. */
        private int read() throws IOException {
            if (position == limit && !fill()) {
                return -1;
            }
            return buffer[position++] & 0xff;
        }

        private boolean fill() throws IOException {
            int n = in.read(buffer, 0, buffer.length);
            position = 0;
            limit = Math.max(0, n);
            return n > 0;
        }

        /** The next record, or null at the end of the file. */
        List<String> next() throws IOException {
            if (position == limit && !fill()) {
                return null;
            }
            List<String> cells = new ArrayList<>();
            while (true) {
                int start = position;
                boolean ascii = true;
                while (position < limit) {
                    byte b = buffer[position];
                    if (b == ',' || b == '\n' || b == '\r' || b == '"') {
                        break;
                    }
                    ascii &= b >= 0;
                    position++;
                }
                if (position < limit && buffer[position] != '\r' && buffer[position] != '"') {
                    cells.add(text(buffer, start, position - start, ascii));
                    if (buffer[position++] == '\n') {
                        return cells;
                    }
                    continue;
                }
                cellLength = 0;
                append(buffer, start, position - start);
                boolean ended = slowCell();
                cells.add(text(cell, 0, cellLength, isAscii(cell, cellLength)));
                if (ended) {
                    return cells;
                }
            }
        }

        /**
         * Finishes the cell begun in {@link #cell} one byte at a time (a quote, a carriage return
         * or the block's end came first); true if the record ended with it.
         */
        private boolean slowCell() throws IOException {
            boolean quoted = false;
            int c = read();
            while (true) {
                if (quoted) {
                    if (c < 0) {
                        throw new IOException("unterminated quoted cell");
                    }
                    if (c == '"') {
                        int d = read();
                        if (d == '"') {
                            append('"');
                        } else {
                            quoted = false;
                            if (d >= 0) {
                                position--;
                            }
                        }
                    } else {
                        append(c);
                    }
                } else if (c < 0 || c == '\n') {
                    return true;
                } else if (c == ',') {
                    return false;
                } else if (c == '"' && cellLength == 0) {
                    quoted = true;
                } else if (c != '\r') {
                    append(c);
                }
                c = read();
            }
        }

        private void append(int b) {
            if (cellLength == cell.length) {
                cell = Arrays.copyOf(cell, 2 * cell.length);
            }
            cell[cellLength++] = (byte) b;
        }

        private void append(byte[] bytes, int from, int length) {
            if (cellLength + length > cell.length) {
                cell = Arrays.copyOf(cell, Math.max(2 * cell.length, cellLength + length));
            }
            System.arraycopy(bytes, from, cell, cellLength, length);
            cellLength += length;
        }

        private static boolean isAscii(byte[] bytes, int length) {
            for (int i = 0; i < length; i++) {
                if (bytes[i] < 0) {
                    return false;
                }
            }
            return true;
        }

        private static String text(byte[] bytes, int from, int length, boolean ascii) throws CharacterCodingException {
            if (ascii) {
                return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
            }
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, from, length)).toString();
        }
    }
}
