package org.inclusim.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
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

    /** The header row of a file. */
    public static List<String> header(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
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
            List<String> cells = new Cursor(new java.io.StringReader(line)).next();
            return cells == null ? List.of("") : cells;
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    /**
     * Splits characters into records, reading them in blocks: an unquoted cell that lies within
     * one block becomes a string in one step. Outside quotes a carriage return is dropped and a
     * line feed ends the record; a quote opens a quoted cell only at the start of a cell, and
     * inside one a doubled quote stands for a quote.
     */
    private static final class Cursor {
        private final Reader in;
        private final char[] buffer = new char[1 << 16];
        private int position;
        private int limit;
        private final StringBuilder cell = new StringBuilder();

        Cursor(Reader in) {
            this.in = in;
        }

        /** The next character, or -1 at the end of the file. */
        private int read() throws IOException {
            if (position == limit && !fill()) {
                return -1;
            }
            return buffer[position++];
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
                while (position < limit) {
                    char c = buffer[position];
                    if (c == ',' || c == '\n' || c == '\r' || c == '"') {
                        break;
                    }
                    position++;
                }
                if (position < limit && buffer[position] != '\r' && buffer[position] != '"') {
                    cells.add(new String(buffer, start, position - start));
                    if (buffer[position++] == '\n') {
                        return cells;
                    }
                    continue;
                }
                cell.setLength(0);
                cell.append(buffer, start, position - start);
                if (slowCell()) {
                    cells.add(cell.toString());
                    return cells;
                }
                cells.add(cell.toString());
            }
        }

        /**
         * Finishes the cell begun in {@link #cell} one character at a time (a quote, a carriage
         * return or the block's end came first); true if the record ended with it.
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
                            cell.append('"');
                        } else {
                            quoted = false;
                            if (d >= 0) {
                                position--;
                            }
                        }
                    } else {
                        cell.append((char) c);
                    }
                } else if (c < 0 || c == '\n') {
                    return true;
                } else if (c == ',') {
                    return false;
                } else if (c == '"' && cell.length() == 0) {
                    quoted = true;
                } else if (c != '\r') {
                    cell.append((char) c);
                }
                c = read();
            }
        }
    }
}
