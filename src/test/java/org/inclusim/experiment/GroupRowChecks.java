package org.inclusim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusim.io.CsvReader;
import org.inclusim.model.parameters.UserGroups;
import org.inclusim.observe.NotAColumn;
import org.inclusim.observe.RowSchema;

/**
 * Checks of the group rows of written tables (runs.csv, weekly.csv, events.csv) against each other
 * and against the {@code all} rows, for {@link UserGroupsTest}.
 */
final class GroupRowChecks {
    private GroupRowChecks() {
    }

    /**
     * Each group row's hires by route, job changes and re-referrals are its users' transitions in
     * events.csv (which names the group and route of each): a count credited to the wrong group
     * fails here even where the groups' sum is right.
     */
    static void assertRoutesMatchEvents(CsvReader.Table runs, CsvReader.Table events) {
        Map<String, Integer> counted = new LinkedHashMap<>();
        int cause = events.column("cause");
        int route = events.column("route");
        for (List<String> row : events.rows()) {
            String key = row.get(events.column("run_id")) + "/" + row.get(events.column(RunTables.GROUP)) + "/";
            switch (row.get(cause)) {
                case "hired" -> counted.merge(key + "hires_" + (row.get(route).equals("early_hire") ? "early" : row.get(route)), 1, Integer::sum);
                case "job_change" -> counted.merge(key + "job_changes", 1, Integer::sum);
                case "re_referral" -> counted.merge(key + "re_referrals", 1, Integer::sum);
                default -> { }
            }
        }
        int checked = 0;
        for (List<String> row : runs.rows()) {
            String group = row.get(runs.column(RunTables.GROUP));
            if (group.equals(UserGroups.ALL)) {
                continue;
            }
            for (String column : List.of("hires_direct", "hires_early", "job_changes", "re_referrals")) {
                String key = row.get(runs.column("run_id")) + "/" + group + "/" + column;
                assertEquals(counted.getOrDefault(key, 0), Integer.parseInt(row.get(runs.column(column))), key + " in events.csv");
                checked += counted.getOrDefault(key, 0);
            }
        }
        assertTrue(checked > 0, "some hires, job changes or re-referrals to check");
    }

    /** No group row of the table has an empty cell in any of {@code columns}. */
    static void assertFilled(CsvReader.Table t, List<String> columns) {
        int g = t.column(RunTables.GROUP);
        for (List<String> row : t.rows()) {
            for (String c : columns) {
                assertTrue(row.get(g).equals(UserGroups.ALL) || !row.get(t.column(c)).isEmpty(), "group " + row.get(g) + " leaves " + c + " empty");
            }
        }
    }

    /** The columns of {@code columns} whose component in row record {@code type} is an {@code int}, in {@code columns}' order. */
    static List<String> wholeNumbers(Class<? extends Record> type, List<String> columns) {
        List<String> names = RowSchema.of(type).names();
        List<RecordComponent> components = Arrays.stream(type.getRecordComponents())
                .filter(c -> !c.isAnnotationPresent(NotAColumn.class)).toList();
        return columns.stream().filter(c -> components.get(names.indexOf(c)).getType() == int.class).toList();
    }

    /** For every run and week, the {@code all} row's hours equal the sum over the group rows (to 1e-6 hours, the written precision). */
    static void assertHoursSum(CsvReader.Table weekly, String column) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        int g = weekly.column(RunTables.GROUP);
        for (List<String> row : weekly.rows()) {
            double[] s = sums.computeIfAbsent(row.get(weekly.column("run_id")) + "/" + row.get(weekly.column("week")), k -> new double[2]);
            s[row.get(g).equals(UserGroups.ALL) ? 0 : 1] += Double.parseDouble(row.get(weekly.column(column)));
        }
        assertTrue(sums.values().stream().anyMatch(s -> s[0] > 0), column + " is counted at all");
        sums.forEach((k, s) -> assertEquals(s[0], s[1], 1e-6 * Math.max(1, s[0]), k + ": " + column));
    }

    /** For every key (e.g. run and week), each count of the {@code all} row equals the sum over the group rows. */
    static void assertSums(CsvReader.Table t, List<String> key, List<String> counts, int keys) {
        Map<String, long[]> all = new LinkedHashMap<>();
        Map<String, long[]> groups = new LinkedHashMap<>();
        int g = t.column(RunTables.GROUP);
        for (List<String> row : t.rows()) {
            String k = String.join("/", key.stream().map(c -> row.get(t.column(c))).toList());
            long[] sum = (row.get(g).equals(UserGroups.ALL) ? all : groups).computeIfAbsent(k, x -> new long[counts.size()]);
            for (int i = 0; i < counts.size(); i++) {
                sum[i] += Long.parseLong(row.get(t.column(counts.get(i))));
            }
        }
        assertEquals(keys, all.size());
        for (String k : all.keySet()) {
            assertArrayEquals(all.get(k), groups.get(k), k + ": " + counts);
        }
    }
}
