package org.inclusim.experiment;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inclusim.io.CsvTableWriter;
import org.inclusim.model.Transition;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.ParameterDefinition;
import org.inclusim.observe.EventRow;
import org.inclusim.observe.MentorRow;
import org.inclusim.observe.RunOutcomes;
import org.inclusim.observe.WeeklyRow;

/**
 * The four tables of the output contract in one folder: runs.csv, weekly.csv, events.csv and
 * mentors.csv. Every row starts with the run key; runs.csv then lists the varied parameters
 * (by their column names) and the outcomes.
 */
public final class RunTables implements RunRecorder, Closeable {
    public static final String RUNS = "runs.csv";
    public static final String WEEKLY = "weekly.csv";
    public static final String EVENTS = "events.csv";
    public static final String MENTORS = "mentors.csv";

    private final List<String> variedPaths;
    private final boolean recordEvents;
    private final CsvTableWriter runs;
    private final CsvTableWriter weekly;
    private final CsvTableWriter events;
    private final CsvTableWriter mentors;

    /**
     * @param variedPaths dotted paths of parameters that vary across the plan, written as columns
     *                    of runs.csv (empty for a single run)
     */
    public RunTables(Path folder, List<String> variedPaths) throws IOException {
        this(folder, variedPaths, true, true);
    }

    /**
     * @param headers      false for the rows of one run of a batch, assembled later under one header
     * @param recordEvents false to leave events.csv without rows (events off or not sampled)
     */
    public RunTables(Path folder, List<String> variedPaths, boolean headers, boolean recordEvents) throws IOException {
        this.variedPaths = List.copyOf(variedPaths);
        this.recordEvents = recordEvents;
        runs = new CsvTableWriter(folder.resolve(RUNS), headers ? header(RUNS, variedPaths) : null);
        weekly = new CsvTableWriter(folder.resolve(WEEKLY), headers ? header(WEEKLY, variedPaths) : null);
        events = new CsvTableWriter(folder.resolve(EVENTS), headers ? header(EVENTS, variedPaths) : null);
        mentors = new CsvTableWriter(folder.resolve(MENTORS), headers ? header(MENTORS, variedPaths) : null);
    }

    /** The header of one table; runs.csv carries the varied parameters' columns. */
    public static List<String> header(String table, List<String> variedPaths) {
        return switch (table) {
            case RUNS -> {
                List<String> columns = new ArrayList<>(RunSpec.KEY_COLUMNS);
                for (String path : variedPaths) {
                    columns.add(ParameterCatalog.instance().find(path).map(ParameterDefinition::columnName).orElseThrow());
                }
                columns.addAll(RunOutcomes.COLUMNS);
                yield columns;
            }
            case WEEKLY -> concat(RunSpec.KEY_COLUMNS, WeeklyRow.COLUMNS);
            case EVENTS -> concat(RunSpec.KEY_COLUMNS, EventRow.COLUMNS);
            case MENTORS -> concat(RunSpec.KEY_COLUMNS, MentorRow.COLUMNS);
            default -> throw new IllegalArgumentException("no table " + table);
        };
    }

    /** The four tables, in the order they are listed in the data dictionary. */
    public static final List<String> TABLES = List.of(RUNS, WEEKLY, EVENTS, MENTORS);

    @Override
    public void week(RunSpec spec, WeeklyRow row) {
        weekly.write(concat(spec.keyCells(), row.cells()));
    }

    @Override
    public void event(RunSpec spec, Transition transition) {
        if (!recordEvents) {
            return;
        }
        events.write(concat(spec.keyCells(), EventRow.of(transition).cells()));
    }

    /** Writes the run's row and its mentors. */
    public void finished(RunResult result) {
        RunSpec spec = result.spec();
        List<Object> row = new ArrayList<>(spec.keyCells());
        Map<String, Object> values = ParameterCatalog.instance().values(spec.parameters());
        for (String path : variedPaths) {
            Object v = values.get(path);
            row.add(v instanceof Enum<?> ? ParameterDefinition.format(v) : v);
        }
        row.addAll(result.outcomes().cells());
        runs.write(row);
        for (MentorRow m : result.mentors()) {
            mentors.write(concat(spec.keyCells(), m.cells()));
        }
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (CsvTableWriter w : List.of(runs, weekly, events, mentors)) {
            try {
                w.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static <T> List<T> concat(List<? extends T> a, List<? extends T> b) {
        List<T> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }
}
