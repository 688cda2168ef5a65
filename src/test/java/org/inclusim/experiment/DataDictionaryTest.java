package org.inclusim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inclusim.observe.EventRow;
import org.inclusim.observe.GroupOutcomes;
import org.inclusim.observe.GroupWeek;
import org.inclusim.observe.MentorRow;
import org.inclusim.observe.RunOutcomes;
import org.inclusim.observe.WeeklyRow;
import org.junit.jupiter.api.Test;

/** docs/data-dictionary.md documents exactly the columns the code writes, in order. */
class DataDictionaryTest {
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9_]+)` \\| ([^|]+) \\|");

    static List<String> documented(String section) throws IOException {
        return rows(section).stream().map(r -> r[0]).toList();
    }

    /** The table rows of a section of docs/data-dictionary.md: the column and the next cell (trimmed). */
    private static List<String[]> rows(String section) throws IOException {
        List<String[]> rows = new ArrayList<>();
        boolean inside = false;
        for (String line : Files.readAllLines(Path.of("docs/data-dictionary.md"))) {
            if (line.startsWith("## ")) {
                inside = line.equals("## " + section);
                continue;
            }
            Matcher m = ROW.matcher(line);
            if (inside && m.find()) {
                rows.add(new String[] {m.group(1), m.group(2).strip()});
            }
        }
        return rows;
    }

    @Test
    void everyTableIsDocumentedColumnByColumn() throws IOException {
        assertEquals(RunSpec.KEY_COLUMNS, documented("The run key"));
        assertEquals(List.of(RunTables.GROUP), documented("The group column"));
        List<String> drawKey = RunSpec.keyColumns(true);
        assertEquals(List.of("draw"), drawKey.stream().filter(c -> !RunSpec.KEY_COLUMNS.contains(c)).toList());
        assertEquals(List.of("draw"), documented("The draw column"));
        assertEquals(List.of("draw", "accepted_set", "weight"), documented(DrawnSets.FILE));
        assertEquals(RunOutcomes.COLUMNS, documented("runs.csv"));
        assertEquals(RunTables.header(RunTables.WEEKLY, List.of()).subList(RunSpec.KEY_COLUMNS.size(), RunSpec.KEY_COLUMNS.size() + 1),
                List.of(RunTables.GROUP), "weekly.csv: the run key, then the group");
        assertEquals(WeeklyRow.COLUMNS, documented("weekly.csv"));
        assertEquals(EventRow.COLUMNS, documented("events.csv"));
        assertEquals(MentorRow.COLUMNS, documented("mentors.csv"));
    }

    /**
     * The list of columns that belong to the run (empty in group rows) is exactly what the code
     * leaves out of group rows: runs.csv's outcomes not in {@link GroupOutcomes#COLUMNS}, weekly.csv's
     * columns not in {@link GroupWeek#COLUMNS} (the week aside).
     */
    @Test
    void theRunColumnsOfGroupRowsAreDocumented() throws IOException {
        Set<String> runs = new TreeSet<>(RunOutcomes.COLUMNS);
        runs.removeAll(GroupOutcomes.COLUMNS);
        Set<String> weekly = new TreeSet<>(WeeklyRow.COLUMNS);
        weekly.removeAll(GroupWeek.COLUMNS);
        weekly.remove("week");
        assertEquals(runs, runColumns("runs"), "runs.csv");
        assertEquals(weekly, runColumns("weekly"), "weekly.csv");
    }

    /** The columns of "Run columns in group rows" whose "in" cell names {@code table}. */
    private static Set<String> runColumns(String table) throws IOException {
        Set<String> out = new TreeSet<>();
        for (String[] row : rows("Run columns in group rows")) {
            if (List.of(row[1].split(", ")).contains(table)) {
                out.add(row[0]);
            }
        }
        return out;
    }
}
