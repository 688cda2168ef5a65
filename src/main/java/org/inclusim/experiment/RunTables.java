package org.inclusim.experiment;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inclusim.io.CsvFormat;
import org.inclusim.io.CsvTableWriter;
import org.inclusim.model.Transition;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.ParameterDefinition;
import org.inclusim.model.parameters.UserGroups;
import org.inclusim.observe.EventRow;
import org.inclusim.observe.MentorRow;
import org.inclusim.observe.GroupOutcomes;
import org.inclusim.observe.GroupWeek;
import org.inclusim.observe.RunOutcomes;
import org.inclusim.observe.WeeklyRow;

/**
 * The four tables of the output contract: runs.csv, weekly.csv, events.csv and mentors.csv.
 * Every row starts with the run key; runs.csv then lists the varied parameters (by their column
 * names) and the outcomes. The rows go either to four files with headers (a single run,
 * {@link #RunTables(Path, List)}) or, for one run of a batch, into memory without headers
 * ({@link #inMemory}), from where the batch appends them to its parts.
 */
public final class RunTables implements RunRecorder, Closeable {
    public static final String RUNS = "runs.csv";
    public static final String WEEKLY = "weekly.csv";
    public static final String EVENTS = "events.csv";
    public static final String MENTORS = "mentors.csv";
    /** The column after the run key of runs.csv and weekly.csv: a user group, or {@code all} for the whole run. */
    public static final String GROUP = "group";

    /** The four tables, in the order they are listed in the data dictionary. */
    public static final List<String> TABLES = List.of(RUNS, WEEKLY, EVENTS, MENTORS);

    /** Where the rows of one table go: each row is the run key, then the cells. */
    private interface Sink extends Closeable {
        void row(RunSpec spec, List<?> cells);
    }

    private final List<String> variedPaths;
    private final boolean recordEvents;
    /** In the order of {@link #TABLES}. */
    private final Sink[] sinks;

    /**
     * Four files with headers in {@code folder}.
     *
     * @param variedPaths dotted paths of parameters that vary across the plan, written as columns
     *                    of runs.csv (empty for a single run)
     */
    public RunTables(Path folder, List<String> variedPaths) throws IOException {
        this.variedPaths = List.copyOf(variedPaths);
        this.recordEvents = true;
        this.sinks = new Sink[TABLES.size()];
        try {
            for (int t = 0; t < sinks.length; t++) {
                CsvTableWriter writer = new CsvTableWriter(folder.resolve(TABLES.get(t)), header(TABLES.get(t), variedPaths));
                sinks[t] = new Sink() {
                    @Override
                    public void row(RunSpec spec, List<?> cells) {
                        writer.write(concat(spec.keyCells(), cells));
                    }

                    @Override
                    public void close() throws IOException {
                        writer.close();
                    }
                };
            }
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private RunTables(List<String> variedPaths, boolean recordEvents, Sink[] sinks) {
        this.variedPaths = List.copyOf(variedPaths);
        this.recordEvents = recordEvents;
        this.sinks = sinks;
    }

    /**
     * The rows of one run of a batch, formatted in memory without headers.
     *
     * @param recordEvents false to leave events.csv without rows (events off or not sampled)
     */
    static RunTables inMemory(List<String> variedPaths, boolean recordEvents, RunRows rows) {
        Sink[] sinks = new Sink[TABLES.size()];
        KeyCells key = new KeyCells();
        for (int t = 0; t < sinks.length; t++) {
            StringBuilder table = rows.table(t);
            int index = t;
            sinks[t] = new Sink() {
                @Override
                public void row(RunSpec spec, List<?> cells) {
                    table.append(key.of(spec)).append(',');
                    CsvFormat.appendCells(table, cells);
                    table.append('\n');
                    rows.ended(index, key.lineBreaks + RunRows.lineBreaks(cells));
                }

                @Override
                public void close() {
                }
            };
        }
        return new RunTables(variedPaths, recordEvents, sinks);
    }

    /** The run key of the last run formatted once, since it starts every row of the run. */
    private static final class KeyCells {
        private RunSpec spec;
        private String text;
        private int lineBreaks;

        String of(RunSpec run) {
            if (run != spec) {
                spec = run;
                text = CsvFormat.line(run.keyCells());
                lineBreaks = RunRows.lineBreaks(run.keyCells());
            }
            return text;
        }
    }

    /** The header of one table of a plan without parameter draws. */
    public static List<String> header(String table, List<String> variedPaths) {
        return header(table, variedPaths, false);
    }

    /** The header of one table; runs.csv carries the varied parameters' columns, and a plan over draws the draw column. */
    public static List<String> header(String table, List<String> variedPaths, boolean draws) {
        List<String> key = RunSpec.keyColumns(draws);
        return switch (table) {
            case RUNS -> {
                List<String> columns = new ArrayList<>(key);
                columns.add(GROUP);
                for (String path : variedPaths) {
                    columns.add(ParameterCatalog.instance().find(path).map(ParameterDefinition::columnName).orElseThrow());
                }
                columns.addAll(RunOutcomes.COLUMNS);
                yield columns;
            }
            case WEEKLY -> concat(concat(key, List.of(GROUP)), WeeklyRow.COLUMNS);
            case EVENTS -> concat(key, EventRow.COLUMNS);
            case MENTORS -> concat(key, MentorRow.COLUMNS);
            default -> throw new IllegalArgumentException("no table " + table);
        };
    }

    @Override
    public void week(RunSpec spec, WeeklyRow row) {
        sinks[1].row(spec, concat(List.of(UserGroups.ALL), row.cells()));
        for (GroupWeek g : row.byGroup()) {
            sinks[1].row(spec, concat(List.of(g.group()), row.groupCells(g)));
        }
    }

    @Override
    public void event(RunSpec spec, Transition transition) {
        if (recordEvents) {
            sinks[2].row(spec, EventRow.of(transition).cells());
        }
    }

    /** Writes the run's row and its mentors. */
    public void finished(RunResult result) {
        RunSpec spec = result.spec();
        List<Object> varied = new ArrayList<>();
        Map<String, Object> values = variedPaths.isEmpty() ? Map.of() : ParameterCatalog.instance().values(spec.parameters());
        for (String path : variedPaths) {
            Object v = values.get(path);
            varied.add(v instanceof Enum<?> ? ParameterDefinition.format(v) : v);
        }
        sinks[0].row(spec, runRow(UserGroups.ALL, varied, result.outcomes().cells()));
        result.byGroup().forEach((group, outcomes) -> sinks[0].row(spec, runRow(group, varied, GroupOutcomes.cells(outcomes))));
        for (MentorRow m : result.mentors()) {
            sinks[3].row(spec, m.cells());
        }
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Sink sink : sinks) {
            try {
                if (sink != null) {
                    sink.close();
                }
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static List<Object> runRow(String group, List<Object> varied, List<Object> outcomes) {
        List<Object> row = new ArrayList<>(1 + varied.size() + outcomes.size());
        row.add(group);
        row.addAll(varied);
        row.addAll(outcomes);
        return row;
    }

    private static <T> List<T> concat(List<? extends T> a, List<? extends T> b) {
        List<T> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }
}
