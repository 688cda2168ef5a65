package org.inclusim.experiment;

import java.nio.charset.StandardCharsets;

/**
 * One run's rows of the four tables, as formatted CSV text without headers, ready to be appended
 * to a part segment. Reused run after run by one worker.
 */
final class RunRows {
    private final StringBuilder[] tables = new StringBuilder[RunTables.TABLES.size()];

    RunRows() {
        for (int t = 0; t < tables.length; t++) {
            tables[t] = new StringBuilder(1 << 12);
        }
    }

    StringBuilder table(int index) {
        return tables[index];
    }

    /** Empties the tables for the next run. */
    void clear() {
        for (StringBuilder t : tables) {
            t.setLength(0);
        }
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
