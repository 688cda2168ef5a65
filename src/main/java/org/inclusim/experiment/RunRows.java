package org.inclusim.experiment;

import java.nio.charset.StandardCharsets;

/**
 * One run's rows of the four tables, as formatted CSV text without headers, ready to be appended
 * to a part segment. Reused run after run by one worker.
 */
final class RunRows {
    private final StringBuilder[] tables = new StringBuilder[RunTables.TABLES.size()];
    /** Line ends written into each table: rows, plus line breaks inside quoted text cells. */
    private final int[] lines = new int[RunTables.TABLES.size()];

    RunRows() {
        for (int t = 0; t < tables.length; t++) {
            tables[t] = new StringBuilder(1 << 12);
        }
    }

    StringBuilder table(int index) {
        return tables[index];
    }

    /** Counts the line ends of a row just appended to a table. */
    void ended(int table, int lineBreaksInCells) {
        lines[table] += 1 + lineBreaksInCells;
    }

    /** The line ends written into each table, in the order of {@link RunTables#TABLES}. */
    int[] lines() {
        return lines.clone();
    }

    /** Line breaks in the text cells of a row (almost always none). */
    static int lineBreaks(java.util.List<?> cells) {
        int n = 0;
        for (Object cell : cells) {
            if (cell instanceof String text) {
                for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Empties the tables for the next run. */
    void clear() {
        for (StringBuilder t : tables) {
            t.setLength(0);
        }
        java.util.Arrays.fill(lines, 0);
    }

    /** The four tables' bytes (UTF-8), in the order of {@link RunTables#TABLES}. */
    byte[][] encode() {
        byte[][] out = new byte[tables.length][];
        for (int t = 0; t < tables.length; t++) {
            out[t] = tables[t].toString().getBytes(StandardCharsets.UTF_8);
        }
        return out;
    }
}
