package org.inclusim.io;

import java.io.BufferedReader;
import java.io.IOException;
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
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> header = next(in);
            if (header == null) {
                throw new IOException(file + ": empty, expected a header row");
            }
            List<String> record;
            while ((record = next(in)) != null) {
                rows.accept(record);
            }
            return header;
        }
    }

    /** The header row of a file. */
    public static List<String> header(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> header = next(in);
            if (header == null) {
                throw new IOException(file + ": empty, expected a header row");
            }
            return header;
        }
    }

    /** The cells of one line (without its line end) of the inclusim dialect. */
    public static List<String> cells(String line) {
        try {
            List<String> cells = next(new BufferedReader(new java.io.StringReader(line)));
            return cells == null ? List.of("") : cells;
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    private static List<String> next(BufferedReader in) throws IOException {
        int c = in.read();
        if (c < 0) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        while (true) {
            if (quoted) {
                if (c < 0) {
                    throw new IOException("unterminated quoted cell");
                }
                if (c == '"') {
                    in.mark(1);
                    int d = in.read();
                    if (d == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        if (d >= 0) {
                            in.reset();
                        }
                    }
                } else {
                    cell.append((char) c);
                }
            } else if (c < 0 || c == '\n') {
                cells.add(cell.toString());
                return cells;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c != '\r') {
                cell.append((char) c);
            }
            c = in.read();
        }
    }
}
