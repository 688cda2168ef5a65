package org.inclusim.analysis;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Consecutive rows of weekly.csv of one run (same run id, variant and point), with the numbers of
 * some columns: what the weekly bands and the costs read, parsed once. A column's values are
 * {@link Double#parseDouble} of its cells, the week {@link Integer#parseInt} of the week cell,
 * so a computation gives the same result from these as from the rows' text.
 */
public final class WeeklyRun {
    private final String runId;
    private final String variant;
    private final String point;
    private final int[] weeks;
    private final Map<String, double[]> columns;

    private WeeklyRun(String runId, String variant, String point, int[] weeks, Map<String, double[]> columns) {
        this.runId = runId;
        this.variant = variant;
        this.point = point;
        this.weeks = weeks;
        this.columns = columns;
    }

    public String runId() {
        return runId;
    }

    public String variant() {
        return variant;
    }

    public String point() {
        return point;
    }

    /** Rows. */
    public int size() {
        return weeks.length;
    }

    /** The week of a row. */
    public int week(int row) {
        return weeks[row];
    }

    /** A column's values by row; null if this run was read without it. */
    public double[] column(String name) {
        return columns.get(name);
    }

    /** Whether every one of {@code names} was read. */
    boolean has(List<String> names) {
        return columns.keySet().containsAll(names);
    }

    /**
     * Builds runs from rows given one at a time (in file order): a row of another run id,
     * variant or point starts the next run. User group rows are skipped: a run is its {@code all} rows. A cell that is not a number fails at the row that
     * holds it ({@link NumberFormatException}), so the reader can name its line.
     */
    static final class Builder {
        private final int cRun;
        private final int cVariant;
        private final int cPoint;
        private final int cWeek;
        /** The group column, or -1 (files before user groups): only the {@code all} rows are read. */
        private final int cGroup;
        private final List<String> names;
        private final int[] indexes;
        private String runId;
        private String variant;
        private String point;
        private int rows;
        private int[] weeks = new int[64];
        private double[][] values;

        /** @param columns the columns to read; {@code header} must hold every one */
        Builder(List<String> header, List<String> columns) {
            cRun = header.indexOf("run_id");
            cVariant = header.indexOf("variant");
            cPoint = header.indexOf("point");
            cWeek = header.indexOf("week");
            cGroup = header.indexOf(BatchData.GROUP);
            names = List.copyOf(columns);
            indexes = names.stream().mapToInt(header::indexOf).toArray();
            for (int i = 0; i < indexes.length; i++) {
                if (indexes[i] < 0) {
                    throw new AnalysisException("weekly.csv has no column " + names.get(i) + "; it is not inclusim's weekly.csv");
                }
            }
            values = new double[indexes.length][64];
        }

        /** Adds a row; returns the run it ended, if the row belongs to the next one, else null. */
        WeeklyRun add(List<String> row) {
            if (cGroup >= 0 && !row.get(cGroup).equals(BatchData.ALL)) {
                return null;
            }
            WeeklyRun ended = null;
            if (rows > 0 && !(row.get(cRun).equals(runId) && row.get(cVariant).equals(variant) && row.get(cPoint).equals(point))) {
                ended = finish();
            }
            int week = Integer.parseInt(row.get(cWeek));
            double[] parsed = new double[indexes.length];
            for (int i = 0; i < indexes.length; i++) {
                parsed[i] = Double.parseDouble(row.get(indexes[i]));
            }
            if (rows == 0) {
                runId = row.get(cRun);
                variant = row.get(cVariant);
                point = row.get(cPoint);
            }
            if (rows == weeks.length) {
                weeks = Arrays.copyOf(weeks, 2 * rows);
                for (int i = 0; i < values.length; i++) {
                    values[i] = Arrays.copyOf(values[i], 2 * rows);
                }
            }
            weeks[rows] = week;
            for (int i = 0; i < indexes.length; i++) {
                values[i][rows] = parsed[i];
            }
            rows++;
            return ended;
        }

        /** The run being built (null if none), and a fresh start. */
        WeeklyRun finish() {
            if (rows == 0) {
                return null;
            }
            Map<String, double[]> columns = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                columns.put(names.get(i), Arrays.copyOf(values[i], rows));
            }
            WeeklyRun run = new WeeklyRun(runId, variant, point, Arrays.copyOf(weeks, rows), columns);
            rows = 0;
            return run;
        }
    }

}
