package org.inclusim.experiment;

import static org.inclusim.experiment.BatchRunnerTest.assertSameTables;
import static org.inclusim.experiment.BatchRunnerTest.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.inclusim.io.OutputException;
import org.inclusim.scenario.Scenario;
import org.inclusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A batch never assembles damaged parts and never mixes runs of other inputs: parts that were
 * emptied, truncated, altered or replaced by a link are redone (the tables equal a clean
 * batch's), and a resumed batch whose scenario, extended file or code changed is refused.
 */
class BatchIntegrityTest {
    @TempDir
    Path tmp;

    private final Scenario training = new ScenarioLoader().load(Path.of("scenarios/mentor-training.yaml"));
    private final ByteArrayOutputStream notes = new ByteArrayOutputStream();
    private Progress progress;

    @BeforeEach
    void capture() {
        progress = new Progress(new PrintStream(notes, true, StandardCharsets.UTF_8), Progress.Mode.QUIET);
    }

    /** A batch of 12 runs whose last two fail, so its parts stay on disk for a resume. */
    private Path unfinished(String name) {
        Path dir = tmp.resolve(name);
        BatchReport r = new BatchRunner((spec, recorder) -> {
            if (spec.runId() >= 10) {
                throw new IllegalStateException("stopped");
            }
            return ModelRun.execute(spec, recorder, true);
        }).run(training, options(2, 2), dir, progress);
        assertFalse(r.assembled());
        return dir;
    }

    private Path clean() {
        Path dir = tmp.resolve("clean");
        if (!Files.exists(dir)) {
            assertTrue(new BatchRunner().run(training, options(1, 2), dir, BatchRunnerTest.QUIET).assembled());
        }
        return dir;
    }

    /** The files that hold the finished runs' rows (not an index or a failure note), largest first. */
    static List<Path> rowFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir.resolve("parts"))) {
            return walk.filter(p -> Files.isRegularFile(p) && !Files.isSymbolicLink(p))
                    .filter(p -> !p.getFileName().toString().endsWith(".log") && !p.getFileName().toString().endsWith(".failed"))
                    .sorted(Comparator.comparingLong((Path p) -> p.toFile().length()).reversed().thenComparing(Path::toString))
                    .toList();
        }
    }

    enum Damage { EMPTIED, TRUNCATED, ALTERED, LINKED }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void aDamagedPartIsRedoneNotAssembled(Damage damage) throws IOException {
        Path dir = unfinished("b");
        List<Path> files = rowFiles(dir);
        Path victim = files.get(0);
        long size = Files.size(victim);
        switch (damage) {
            case EMPTIED -> Files.write(victim, new byte[0]);
            case TRUNCATED -> {
                try (RandomAccessFile f = new RandomAccessFile(victim.toFile(), "rw")) {
                    f.setLength(size - size / 3 - 7);
                }
            }
            case ALTERED -> {
                try (RandomAccessFile f = new RandomAccessFile(victim.toFile(), "rw")) {
                    f.seek(size / 2);
                    int b = f.read();
                    f.seek(size / 2);
                    f.write(b == '7' ? '8' : '7');
                }
            }
            case LINKED -> {
                Files.delete(victim);
                Files.createSymbolicLink(victim, files.get(1));
            }
        }
        BatchReport resumed = new BatchRunner().run(training, options(2, 2), dir, progress);
        assertTrue(resumed.assembled(), damage + ": the damaged runs were redone and the batch finished");
        assertSameTables(clean(), dir);
        assertTrue(notes.toString(StandardCharsets.UTF_8).contains("is damaged"), "the user is told: " + notes);
    }

    @Test
    void aTornOrAlteredIndexLineCostsOnlyTheRunsItNames() throws IOException {
        Path dir = unfinished("b");
        Path index = dir.resolve("parts").resolve(Parts.INDEX);
        List<String> lines = Files.readAllLines(index);
        String altered = lines.get(3).replaceFirst(" (\\d+) ", " 9$1 ");
        lines.set(3, altered);
        Files.writeString(index, String.join("\n", lines) + "\nD 11 seg-000001.rows 0 1");
        BatchReport resumed = new BatchRunner().run(training, options(1, 2), dir, progress);
        assertTrue(resumed.assembled());
        assertTrue(resumed.simulatedWeeks() >= 3L * training.horizonWeeks(), "runs from the altered line on are redone");
        assertTrue(notes.toString(StandardCharsets.UTF_8).contains("are incomplete or damaged"), notes.toString());
        assertSameTables(clean(), dir);
    }

    @Test
    void aResumeWithAChangedExtendedFileIsRefusedSayingWhatChanged() throws IOException {
        Path scenarios = Files.createDirectories(tmp.resolve("scenarios"));
        Path parent = Files.writeString(scenarios.resolve("common.yaml"), "name: common\nhorizon_weeks: 52\n"
                + "parameters:\n  users.initialCaseload: 30\n");
        Path child = Files.writeString(scenarios.resolve("study.yaml"), "name: study\nextends: common.yaml\n"
                + "variants:\n  baseline: {}\n  long:\n    placement.plannedWeeks: 40\n");
        Scenario before = new ScenarioLoader().load(child);
        Path dir = tmp.resolve("b");
        new BatchRunner((spec, recorder) -> {
            if (spec.runId() == 3) {
                throw new IllegalStateException("stopped");
            }
            return ModelRun.execute(spec, recorder, true);
        }).run(before, options(1, 2), dir, progress);
        Files.writeString(parent, "name: common\nhorizon_weeks: 52\nparameters:\n  users.initialCaseload: 60\n");
        Scenario after = new ScenarioLoader().load(child);
        OutputException e = assertThrows(OutputException.class, () -> new BatchRunner().run(after, options(1, 2), dir, progress));
        assertTrue(e.getMessage().contains("common.yaml (which the scenario extends) has changed since"), e.getMessage());
        assertTrue(e.getMessage().contains("start afresh with another --out"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line");
        Files.writeString(parent, "name: common\nhorizon_weeks: 52\nparameters:\n  users.initialCaseload: 30\n");
        assertTrue(new BatchRunner().run(new ScenarioLoader().load(child), options(1, 2), dir, progress).assembled(),
                "restored, the batch resumes");
    }

    @Test
    void mergeRefusesADamagedShardNamingItAndARerunOfThatShardRepairsIt() throws IOException {
        for (int i = 1; i <= 2; i++) {
            new BatchRunner().run(training, new BatchOptions(1, 2, EventsMode.ALL, new Shard(i, 2)), tmp.resolve("s" + i), progress);
        }
        Path victim = rowFiles(tmp.resolve("s2")).get(0);
        try (RandomAccessFile f = new RandomAccessFile(victim.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        OutputException refused = assertThrows(OutputException.class,
                () -> BatchMerger.merge(List.of(tmp.resolve("s1"), tmp.resolve("s2")), tmp.resolve("m")));
        assertTrue(refused.getMessage().startsWith(tmp.resolve("s2") + ": run ") && refused.getMessage().contains("is damaged")
                && refused.getMessage().contains("rerun that shard's batch command"), refused.getMessage());
        assertFalse(Files.exists(tmp.resolve("m")), "nothing merged");
        BatchReport repaired = new BatchRunner().run(training, new BatchOptions(1, 2, EventsMode.ALL, new Shard(2, 2)), tmp.resolve("s2"),
                progress);
        assertTrue(repaired.assembled() && repaired.simulatedWeeks() > 0, "the shard redid its damaged runs");
        BatchMerger.merge(List.of(tmp.resolve("s1"), tmp.resolve("s2")), tmp.resolve("m"));
        assertSameTables(clean(), tmp.resolve("m"));
        new BatchRunner().run(training, new BatchOptions(1, 2, EventsMode.NONE, new Shard(2, 2)), tmp.resolve("other"), progress);
        OutputException mixed = assertThrows(OutputException.class,
                () -> BatchMerger.merge(List.of(tmp.resolve("s1"), tmp.resolve("other")), tmp.resolve("m3")));
        assertTrue(mixed.getMessage().endsWith("is not a shard of the same batch as " + tmp.resolve("s1") + ": events is all there, none now"),
                mixed.getMessage());
    }
}
