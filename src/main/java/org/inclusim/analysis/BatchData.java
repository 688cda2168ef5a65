package org.inclusim.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.inclusim.io.CsvReader;
import org.inclusim.io.IoErrors;
import org.inclusim.io.JsonReader;

/**
 * The tables and manifest of a results folder (a batch, a merged batch or a single run), read
 * through the output contract only. Variants are listed in plan order, the baseline first.
 */
public final class BatchData {
    /** The column of runs.csv and weekly.csv that names a row's user group. */
    public static final String GROUP = "group";
    /** The group of the rows over the whole run: every reader of totals reads only these. */
    public static final String ALL = "all";

    private final Path folder;
    private final CsvReader.Table runs;
    /** runs.csv's user group rows (no {@code all} rows); empty without user groups. */
    private final CsvReader.Table groupRuns;
    private final Path weekly;
    private final List<String> weeklyHeader;
    private final Path events;
    private final List<String> eventsHeader;
    private final Map<String, Object> manifest;
    private final List<String> variants;
    /** The runs' digests made while the batch ran, in runs.csv's order, or null: read the files. */
    private final List<RunDigests.Digest> digests;
    private Map<String, List<List<String>>> byVariantAndPoint;

    private BatchData(Path folder, CsvReader.Table byGroup, List<String> weeklyHeader, List<String> eventsHeader,
                      Map<String, Object> manifest, RunDigests digests) {
        this.folder = folder;
        this.runs = byGroup.rowsWhere(GROUP, ALL);
        int g = byGroup.column(GROUP);
        this.groupRuns = new CsvReader.Table(byGroup.header(),
                g < 0 ? List.of() : byGroup.rows().stream().filter(r -> !r.get(g).equals(ALL)).toList());
        this.weekly = folder.resolve("weekly.csv");
        this.weeklyHeader = weeklyHeader;
        this.events = folder.resolve("events.csv");
        this.eventsHeader = eventsHeader;
        this.manifest = manifest;
        LinkedHashSet<String> names = new LinkedHashSet<>();
        int v = runs.column("variant");
        runs.rows().forEach(r -> names.add(r.get(v)));
        this.variants = List.copyOf(names);
        int id = runs.column("run_id");
        this.digests = digests == null ? null
                : digests.of(runs.rows().stream().map(r -> r.get(id)).toList(), weeklyHeader, eventsHeader, horizonWeeks());
    }

    /**
     * @throws AnalysisException if the folder is not a results folder or holds no finished run
     */
    public static BatchData load(Path folder) {
        return load(folder, null);
    }

    /**
     * The folder's results, with the digests of its runs made while the batch ran (null: none).
     * The digests stand in for weekly.csv and events.csv where they are those of exactly the runs
     * of runs.csv ({@link RunDigests}); else the files are read.
     *
     * @throws AnalysisException if the folder is not a results folder or holds no finished run
     */
    @SuppressWarnings("unchecked")
    public static BatchData load(Path folder, RunDigests digests) {
        if (!Files.isDirectory(folder)) {
            throw new AnalysisException(folder + " is not a folder");
        }
        for (String table : List.of("runs.csv", "weekly.csv", "events.csv", "manifest.json")) {
            if (!Files.isRegularFile(folder.resolve(table))) {
                throw new AnalysisException(folder + " is not a finished batch folder (no " + table + "); run or resume the batch first");
            }
        }
        try {
            CsvReader.Table byGroup = table(folder.resolve("runs.csv"));
            CsvReader.Table runs = byGroup.rowsWhere(GROUP, ALL);
            if (runs.column("run_id") != 0 || runs.column("retention_52w") < 0) {
                throw new AnalysisException(folder.resolve("runs.csv") + " does not have the columns of inclusim's runs.csv");
            }
            if (runs.rows().isEmpty()) {
                throw new AnalysisException(folder + " holds no finished run");
            }
            checkOutcomesAreNumbers(runs, folder.resolve("runs.csv"));
            Object manifest = JsonReader.parse(Files.readString(folder.resolve("manifest.json")));
            if (!(manifest instanceof Map)) {
                throw new AnalysisException(folder.resolve("manifest.json") + " is not an inclusim manifest");
            }
            checkManifest((Map<String, Object>) manifest, folder.resolve("manifest.json"));
            return new BatchData(folder, byGroup, CsvReader.header(folder.resolve("weekly.csv")),
                    CsvReader.header(folder.resolve("events.csv")), (Map<String, Object>) manifest, digests);
        } catch (IOException | IllegalArgumentException e) {
            String reason = e instanceof IOException io ? IoErrors.describe(io) : e.getMessage();
            throw new AnalysisException(folder + ": cannot read the results (" + reason + ")");
        }
    }

    /**
     * The manifest fields the analysis and the report read must have their types (when present),
     * so that a damaged manifest is named instead of failing later with a cast.
     */
    private static void checkManifest(Map<String, Object> m, Path file) {
        expect(m, "scenario", Map.class, "an object", file);
        expect(m, "parameters", Map.class, "an object", file);
        expect(m, "variants", List.class, "a list", file);
        if (m.get("variants") instanceof List<?> variants && !variants.stream().allMatch(v -> v instanceof Map)) {
            throw damagedManifest(file, "'variants' holds something other than objects");
        }
        if (m.get("sensitivity") instanceof Map<?, ?> s) {
            @SuppressWarnings("unchecked")
            Map<String, Object> block = (Map<String, Object>) s;
            expect(block, "sensitivity.size", Number.class, "a number", file);
            expect(block, "sensitivity.parameters", Map.class, "an object", file);
            expect(block, "sensitivity.outcomes", List.class, "a list", file);
            if (!(block.get("parameters") instanceof Map<?, ?> ranges) || !(block.get("outcomes") instanceof List)
                    || !(block.get("size") instanceof Number) || !ranges.values().stream().allMatch(BatchData::isRange)) {
                throw damagedManifest(file, "'sensitivity' lacks its size, outcomes or parameter ranges");
            }
        } else if (m.get("sensitivity") != null) {
            throw damagedManifest(file, "'sensitivity' is not an object");
        }
    }

    private static boolean isRange(Object range) {
        return range instanceof List<?> r && r.size() == 2 && r.get(0) instanceof Number && r.get(1) instanceof Number;
    }

    /** @param key a key of {@code m}, shown with its parents (e.g. {@code sensitivity.size}) */
    private static void expect(Map<String, Object> m, String key, Class<?> type, String what, Path file) {
        Object value = m.get(key.substring(key.lastIndexOf('.') + 1));
        if (value != null && !type.isInstance(value)) {
            throw damagedManifest(file, "'" + key + "' is not " + what);
        }
    }

    private static AnalysisException damagedManifest(Path file, String what) {
        return new AnalysisException(file + ": " + what + "; the manifest is damaged (rerun the batch, or merge again)");
    }

    /** One table of the folder; a file that cannot be read is named with the reason. */
    private static CsvReader.Table table(Path file) {
        try {
            return CsvReader.read(file);
        } catch (IOException | IllegalArgumentException e) {
            String reason = e instanceof IOException io ? IoErrors.describe(io) : e.getMessage();
            throw new AnalysisException(file + ": cannot read (" + reason + ")");
        }
    }

    /**
     * The outcome columns (horizon_weeks and every column after it) hold numbers or nothing; a
     * damaged file is named with the line and column instead of failing later in the analysis.
     */
    private static void checkOutcomesAreNumbers(CsvReader.Table runs, Path file) {
        int first = runs.column("horizon_weeks");
        if (first < 0) {
            throw new AnalysisException(file + " has no horizon_weeks column; it is not inclusim's runs.csv");
        }
        for (int i = 0; i < runs.rows().size(); i++) {
            List<String> row = runs.rows().get(i);
            for (int c = first; c < row.size(); c++) {
                String cell = row.get(c);
                if (!cell.isEmpty() && !isNumber(cell)) {
                    throw new AnalysisException(file + ":" + (i + 2) + ": column " + runs.header().get(c) + " holds '" + cell
                            + "', not a number; the file is damaged (rerun the batch into a new folder, or merge again)");
                }
            }
        }
    }

    private static boolean isNumber(String cell) {
        try {
            Double.parseDouble(cell);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The runs.csv column of a parameter path: snake case, dots as underscores ({@code costs.adviserHourNok}: {@code costs_adviser_hour_nok}). */
    public static String parameterColumn(String path) {
        return CAMEL_HUMP.matcher(path.replace('.', '_')).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
    }

    /** A lower-case letter or digit followed by a capital: where snake case puts an underscore. */
    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");

    public Path folder() {
        return folder;
    }

    /** runs.csv's rows over whole runs (the {@code all} rows), one per run. */
    public CsvReader.Table runs() {
        return runs;
    }

    /** runs.csv's user group rows, several per run; empty without user groups. */
    public CsvReader.Table groupRuns() {
        return groupRuns;
    }

    /** The user groups, in the order of runs.csv; empty without user groups. */
    public List<String> groups() {
        int g = groupRuns.column(GROUP);
        return g < 0 ? List.of() : groupRuns.rows().stream().map(r -> r.get(g)).distinct().toList();
    }

    /** The columns of weekly.csv. */
    public List<String> weeklyHeader() {
        return weeklyHeader;
    }

    /**
     * Passes weekly.csv's rows to {@code runs} a run at a time, with the numbers of {@code columns}
     * (file order; see {@link WeeklyRun}): from the batch's digests if it has them with these
     * columns, else from the file in one streaming pass, without holding the table (a large
     * batch's weekly.csv, hundreds of MB, would not fit in memory as strings).
     */
    public void forEachWeeklyRun(List<String> columns, Consumer<WeeklyRun> runs) {
        if (digests != null && digests.stream().allMatch(d -> d.weekly().has(columns))) {
            digests.forEach(d -> runs.accept(d.weekly()));
            return;
        }
        WeeklyRun.Builder builder = new WeeklyRun.Builder(weeklyHeader, columns);
        forEachRow(weekly, row -> {
            WeeklyRun ended = builder.add(row);
            if (ended != null) {
                passOn(ended, runs);
            }
        });
        WeeklyRun last = builder.finish();
        if (last != null) {
            passOn(last, runs);
        }
    }

    /** Passes a run of weekly.csv on; a value its reader cannot use is reported with the run. */
    private void passOn(WeeklyRun run, Consumer<WeeklyRun> runs) {
        try {
            runs.accept(run);
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new AnalysisException(weekly + ": run " + run.runId() + " holds a value that is not what weekly.csv holds ("
                    + e.getMessage() + "); the file is damaged (rerun the batch into a new folder, or merge again)");
        }
    }

    /** Whether weekly.csv's and events.csv's rows come from the digests the batch made of its runs, not the files. */
    public boolean fromDigests() {
        return digests != null;
    }

    /** The runs' trajectories from the batch's digests, in runs.csv's order, or null if there are none for this horizon. */
    List<Trajectories.RunPart> eventDigests(int horizon) {
        if (digests == null || horizon != horizonWeeks()) {
            return null;
        }
        List<Trajectories.RunPart> parts = new ArrayList<>();
        for (RunDigests.Digest d : digests) {
            if (d.events() != null) {
                parts.add(d.events());
            }
        }
        return parts;
    }

    /** The columns of events.csv. */
    public List<String> eventsHeader() {
        return eventsHeader;
    }

    /** Passes every row of events.csv to {@code rows}, in file order, without holding the table. */
    public void forEachEventRow(java.util.function.Consumer<List<String>> rows) {
        forEachRow(events, rows);
    }

    /** Streams a table; a cell the consumer cannot read is reported with the file and line. */
    private static void forEachRow(Path file, java.util.function.Consumer<List<String>> rows) {
        int[] line = {1};
        try {
            CsvReader.stream(file, row -> {
                line[0]++;
                try {
                    rows.accept(row);
                } catch (NumberFormatException | IndexOutOfBoundsException e) {
                    throw new AnalysisException(file + ":" + line[0] + ": a cell is not what " + file.getFileName() + " holds ("
                            + e.getMessage() + "); the file is damaged (rerun the batch into a new folder, or merge again)");
                }
            });
        } catch (IOException e) {
            throw new AnalysisException(file + ": cannot read (" + IoErrors.describe(e) + ")");
        }
    }


    public Map<String, Object> manifest() {
        return manifest;
    }

    /** Variants in plan order; the first is the baseline. */
    public List<String> variants() {
        return variants;
    }

    public String baseline() {
        return variants.get(0);
    }

    /** Horizon in weeks (from runs.csv). */
    public int horizonWeeks() {
        return (int) Double.parseDouble(runs.rows().get(0).get(runs.column("horizon_weeks")));
    }

    /** The draw column of a batch over parameter draws. */
    public static final String DRAW = "draw";

    /** Whether the batch ran over parameter draws (runs.csv has a draw column). */
    public boolean hasDraws() {
        return runs.header().contains(DRAW);
    }

    /** Each replicate's parameter draw (the same for every variant and point); empty without draws. */
    public Map<Integer, Integer> drawOfReplicate() {
        Map<Integer, Integer> out = new java.util.TreeMap<>();
        if (!hasDraws()) {
            return out;
        }
        int r = runs.column("replicate");
        int d = runs.column(DRAW);
        for (List<String> row : runs.rows()) {
            out.put(Integer.parseInt(row.get(r)), Integer.parseInt(row.get(d)));
        }
        return out;
    }

    /** Values of a runs.csv column for one variant (and point), by replicate; NaN for empty cells. */
    public Map<Integer, Double> outcome(String variant, String point, String column) {
        Map<Integer, Double> out = new java.util.TreeMap<>();
        int r = runs.column("replicate");
        int c = runs.column(column);
        for (List<String> row : rowsOf(variant, point)) {
            String cell = row.get(c);
            out.put(Integer.parseInt(row.get(r)), cell.isEmpty() ? Double.NaN : Double.parseDouble(cell));
        }
        return out;
    }

    /** The runs.csv rows of one variant and point (indexed once, so large designs stay fast). */
    private List<List<String>> rowsOf(String variant, String point) {
        if (byVariantAndPoint == null) {
            Map<String, List<List<String>>> index = new java.util.HashMap<>();
            int v = runs.column("variant");
            int p = runs.column("point");
            for (List<String> row : runs.rows()) {
                index.computeIfAbsent(row.get(v) + "|" + row.get(p), k -> new ArrayList<>()).add(row);
            }
            byVariantAndPoint = index;
        }
        return byVariantAndPoint.getOrDefault(variant + "|" + point, List.of());
    }

    /** The design points present, in order. */
    public List<String> points() {
        LinkedHashSet<String> points = new LinkedHashSet<>();
        int p = runs.column("point");
        runs.rows().forEach(r -> points.add(r.get(p)));
        return new ArrayList<>(points);
    }

    /** Failed or pending runs listed in the manifest. */
    @SuppressWarnings("unchecked")
    public long unfinishedRuns() {
        Object list = manifest.get("runs");
        if (!(list instanceof List<?> runsList)) {
            return 0;
        }
        return runsList.stream().filter(o -> o instanceof Map<?, ?> m && !"done".equals(m.get("status"))).count();
    }
}
