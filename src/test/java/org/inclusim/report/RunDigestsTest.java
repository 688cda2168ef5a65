package org.inclusim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.inclusim.analysis.Analysis;
import org.inclusim.analysis.BatchData;
import org.inclusim.analysis.RunDigests;
import org.inclusim.analysis.cost.CostAnalysis;
import org.inclusim.experiment.BatchOptions;
import org.inclusim.experiment.BatchRunner;
import org.inclusim.experiment.EventsMode;
import org.inclusim.experiment.Shard;
import org.inclusim.io.CsvReader;
import org.inclusim.scenario.Scenario;
import org.inclusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report from the digests a batch makes of its runs as they are committed is the report from
 * its files, to the byte, whatever order the runs came in; digests that are not exactly those of
 * the folder's runs are not used.
 */
class RunDigestsTest {
    @TempDir
    Path tmp;

    /** A finished batch of a scenario with design points, trajectories of the first replicate only. */
    private Path batch() {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/super-mentors.yaml"));
        Path dir = tmp.resolve("batch");
        new BatchRunner().run(s, new BatchOptions(2, 2, EventsMode.parse("sample:1"), Shard.ALL), dir, ReportTest.QUIET);
        return dir;
    }

    /** Digests of the runs of a finished folder, made from its tables run by run, in the given order of run ids. */
    private static RunDigests digests(Path dir, List<String> order, int leaveOut) throws IOException {
        List<String> weeklyHeader = CsvReader.header(dir.resolve("weekly.csv"));
        List<String> columns = new ArrayList<>(Analysis.weeklyColumns());
        columns.addAll(CostAnalysis.weeklyColumns(weeklyHeader));
        RunDigests digests = new RunDigests(weeklyHeader, CsvReader.header(dir.resolve("events.csv")), columns,
                BatchData.load(dir).horizonWeeks());
        Map<String, byte[]> weekly = rowsByRun(dir.resolve("weekly.csv"));
        Map<String, byte[]> events = rowsByRun(dir.resolve("events.csv"));
        for (String id : order.subList(leaveOut, order.size())) {
            digests.add(id, new ByteArrayInputStream(weekly.get(id)), new ByteArrayInputStream(events.getOrDefault(id, new byte[0])));
        }
        return digests;
    }

    /** A table's rows (no header) grouped by run id, in file order. */
    private static Map<String, byte[]> rowsByRun(Path table) throws IOException {
        Map<String, StringBuilder> rows = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(table);
        for (String line : lines.subList(1, lines.size())) {
            rows.computeIfAbsent(line.substring(0, line.indexOf(',')), k -> new StringBuilder()).append(line).append('\n');
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        rows.forEach((id, text) -> out.put(id, text.toString().getBytes(StandardCharsets.UTF_8)));
        return out;
    }

    private static List<String> runIds(Path dir) throws IOException {
        return new ArrayList<>(rowsByRun(dir.resolve("weekly.csv")).keySet());
    }

    private static Path copyTables(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (String f : List.of("runs.csv", "weekly.csv", "events.csv", "mentors.csv", "manifest.json")) {
            Files.copy(from.resolve(f), to.resolve(f));
        }
        return to;
    }

    private static void assertSameTables(Path expected, Path actual) throws IOException {
        try (Stream<Path> files = Files.list(expected.resolve("analysis"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(actual.resolve("analysis").resolve(f.getFileName())),
                        f.getFileName().toString());
            }
        }
    }

    @Test
    void theReportFromDigestsInReverseOrderIsTheReportFromTheFiles() throws IOException {
        Path dir = batch();
        Path files = copyTables(dir, tmp.resolve("files"));
        List<String> reverse = runIds(dir);
        Collections.reverse(reverse);
        RunDigests digests = digests(dir, reverse, 0);
        assertTrue(BatchData.load(dir, digests).fromDigests(), "digests of every run are used");
        Report.Result fromDigests = Report.make(dir, ReportTest.ENGLISH, digests);
        assertTrue(fromDigests.timing().phases().stream().anyMatch(p -> p.name().equals("read, with run digests")));
        Report.make(files, ReportTest.ENGLISH);
        assertSameTables(files, dir);
    }

    @Test
    void digestsOfSomeRunsOnlyOrOfUnreadableRowsAreNotUsed() throws IOException {
        Path dir = batch();
        List<String> ids = runIds(dir);
        assertFalse(BatchData.load(dir, digests(dir, ids, 1)).fromDigests(), "a run committed by another process (a resumed batch)");
        RunDigests damaged = digests(dir, ids, 0);
        damaged.add("x", InputStream.nullInputStream(), new ByteArrayInputStream("not,a,run\n".getBytes(StandardCharsets.UTF_8)));
        assertFalse(BatchData.load(dir, damaged).fromDigests(), "rows that are not a run's");
        Path files = copyTables(dir, tmp.resolve("files"));
        Report.make(dir, ReportTest.ENGLISH, damaged);
        Report.make(files, ReportTest.ENGLISH);
        assertSameTables(files, dir);
    }
}
