package org.inclusim.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusim.analysis.cost.CostAnalysis;
import org.inclusim.experiment.BatchOptions;
import org.inclusim.experiment.BatchRunner;
import org.inclusim.experiment.EventsMode;
import org.inclusim.experiment.Progress;
import org.inclusim.experiment.Shard;
import org.inclusim.io.CsvReader;
import org.inclusim.scenario.Scenario;
import org.inclusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDigestsBudgetTest {
    @TempDir
    Path tmp;

    /** Digests that would outgrow their memory budget are dropped, and the files are read instead. */
    @Test
    void digestsBeyondTheirBudgetAreNotKept() throws IOException {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/mentor-network.yaml"));
        Path dir = tmp.resolve("batch");
        new BatchRunner().run(s, new BatchOptions(1, 2, EventsMode.ALL, Shard.ALL), dir,
                new Progress(new PrintStream(new ByteArrayOutputStream()), Progress.Mode.QUIET));
        Map<String, StringBuilder[]> rows = new LinkedHashMap<>();
        List<String> tables = List.of("weekly.csv", "events.csv");
        for (int t = 0; t < tables.size(); t++) {
            List<String> lines = Files.readAllLines(dir.resolve(tables.get(t)));
            for (String line : lines.subList(1, lines.size())) {
                StringBuilder[] run = rows.computeIfAbsent(line.substring(0, line.indexOf(',')),
                        k -> new StringBuilder[] {new StringBuilder(), new StringBuilder()});
                run[t].append(line).append('\n');
            }
        }
        List<String> weeklyHeader = CsvReader.header(dir.resolve("weekly.csv"));
        List<String> columns = new ArrayList<>(Analysis.weeklyColumns());
        columns.addAll(CostAnalysis.weeklyColumns(weeklyHeader));
        List<String> eventsHeader = CsvReader.header(dir.resolve("events.csv"));
        for (long budget : new long[] {Long.MAX_VALUE, 100_000}) {
            RunDigests digests = new RunDigests(weeklyHeader, eventsHeader, columns, s.horizonWeeks(), budget);
            rows.forEach((id, run) -> digests.add(id, bytes(run[0]), bytes(run[1])));
            boolean used = BatchData.load(dir, digests).fromDigests();
            if (budget == Long.MAX_VALUE) {
                assertTrue(used, "within the budget");
            } else {
                assertFalse(used, "six runs of digests are more than 100 kB");
            }
        }
    }

    private static ByteArrayInputStream bytes(StringBuilder text) {
        return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
