package org.inclusim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.nio.charset.StandardCharsets;
import org.inclusim.io.CsvReader;
import org.inclusim.io.LockFile;
import org.inclusim.io.OutputException;
import org.inclusim.scenario.Scenario;
import org.inclusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {
    @TempDir
    Path tmp;

    static final Progress QUIET = new Progress(new PrintStream(new ByteArrayOutputStream()), Progress.Mode.QUIET);

    private final Scenario training = new ScenarioLoader().load(Path.of("scenarios/mentor-training.yaml"));
    private final Scenario policy = new ScenarioLoader().load(Path.of("scenarios/policy-package.yaml"));

    static BatchOptions options(int threads, int replications) {
        return new BatchOptions(threads, replications, EventsMode.ALL, Shard.ALL);
    }

    static void assertSameTables(Path a, Path b) throws IOException {
        for (String table : RunTables.TABLES) {
            assertArrayEquals(Files.readAllBytes(a.resolve(table)), Files.readAllBytes(b.resolve(table)), table);
        }
    }

    @Test
    void tablesAreByteIdenticalForOneAndFourThreadsAndInPlanOrder() throws IOException {
        BatchReport one = new BatchRunner().run(training, options(1, 3), tmp.resolve("one"), QUIET);
        new BatchRunner().run(training, options(4, 3), tmp.resolve("four"), QUIET);
        assertEquals(18, one.runs());
        assertTrue(one.assembled());
        assertSameTables(tmp.resolve("one"), tmp.resolve("four"));
        CsvReader.Table runs = CsvReader.read(tmp.resolve("four").resolve(RunTables.RUNS));
        for (int i = 0; i < runs.rows().size(); i++) {
            assertEquals(Integer.toString(i), runs.rows().get(i).get(0), "rows in plan order");
        }
        assertFalse(Files.exists(tmp.resolve("four").resolve(BatchFolder.PARTS)), "parts are dropped once assembled");
        String manifest = Files.readString(tmp.resolve("four").resolve(Manifest.FILE));
        assertTrue(manifest.contains("\"threads\": 4") && manifest.contains("\"status\": \"done\""), manifest);
    }

    @Test
    void rerunningAFinishedBatchDoesNothing() throws IOException {
        Path dir = tmp.resolve("done");
        new BatchRunner().run(training, options(2, 1), dir, QUIET);
        byte[] runs = Files.readAllBytes(dir.resolve(RunTables.RUNS));
        BatchReport again = new BatchRunner().run(training, options(2, 1), dir, QUIET);
        assertEquals(0, again.simulatedWeeks());
        assertTrue(again.assembled());
        assertArrayEquals(runs, Files.readAllBytes(dir.resolve(RunTables.RUNS)));
    }

    @Test
    void aRunThatThrowsAnErrorIsRecordedNotLost() throws IOException {
        BatchReport r = new BatchRunner((spec, rec) -> {
            if (spec.runId() == 0) {
                throw new AssertionError("not an exception");
            }
            return ModelRun.execute(spec, rec, true);
        }).run(training, options(2, 1), tmp.resolve("err"), QUIET);
        assertEquals(1, r.failures().size());
        assertTrue(r.failures().get(0).contains("AssertionError"));
        assertFalse(r.assembled());
    }

    @Test
    void variantsThatDifferInAMentorParameterSeeTheSameArrivals() throws IOException {
        new BatchRunner().run(training, options(2, 2), tmp.resolve("b"), QUIET);
        CsvReader.Table events = CsvReader.read(tmp.resolve("b").resolve(RunTables.EVENTS));
        int variant = events.column("variant");
        int replicate = events.column("replicate");
        int cause = events.column("cause");
        for (String rep : List.of("0", "1")) {
            List<String> baseline = referrals(events, variant, replicate, cause, "baseline", rep);
            List<String> none = referrals(events, variant, replicate, cause, "none", rep);
            assertTrue(baseline.size() > 20);
            assertEquals(baseline, none, "same referrals (week, user) in replicate " + rep);
        }
        CsvReader.Table runs = CsvReader.read(tmp.resolve("b").resolve(RunTables.RUNS));
        assertEquals(Set.of(Seeds.forReplicate(training.seed(), 0), Seeds.forReplicate(training.seed(), 1)),
                Set.copyOf(runs.rows().stream().map(r -> Long.parseLong(r.get(4))).toList()), "one seed per replicate");
    }

    private static List<String> referrals(CsvReader.Table t, int variant, int replicate, int cause, String v, String rep) {
        return t.rows().stream().filter(r -> r.get(variant).equals(v) && r.get(replicate).equals(rep) && r.get(cause).equals("referral"))
                .map(r -> r.get(5) + ":" + r.get(6)).toList();
    }

    @Test
    void variantsForkFromOneWarmUpAndGiveTheTablesOfSeparateRuns() throws IOException {
        BatchReport forked = new BatchRunner().run(policy, options(2, 2), tmp.resolve("forked"), QUIET);
        BatchReport separate = new BatchRunner((spec, rec) -> ModelRun.execute(spec, rec, true))
                .run(policy, options(2, 2), tmp.resolve("separate"), QUIET);
        assertSameTables(tmp.resolve("forked"), tmp.resolve("separate"));
        int horizon = policy.horizonWeeks();
        assertEquals(4L * horizon, separate.simulatedWeeks());
        assertEquals(2L * 52 + 4L * (horizon - 52), forked.simulatedWeeks(), "the weeks before the policy are simulated once");
        CsvReader.Table weekly = CsvReader.read(tmp.resolve("forked").resolve(RunTables.WEEKLY));
        List<List<String>> baseline = weeklyBefore(weekly, "baseline", 52);
        List<List<String>> pack = weeklyBefore(weekly, "package", 52);
        assertEquals(baseline, pack, "pre-policy weekly rows are identical across variants");
    }

    private static List<List<String>> weeklyBefore(CsvReader.Table t, String variant, int week) {
        int w = t.column("week");
        return t.rows().stream().filter(r -> r.get(1).equals(variant) && Integer.parseInt(r.get(w)) < week)
                .map(r -> r.subList(3, r.size())).toList();
    }

    @Test
    void aFailingRunIsRecordedTheOthersContinueAndARerunResumes() throws IOException {
        Path dir = tmp.resolve("b");
        BatchReport broken = new BatchRunner((spec, rec) -> {
            if (spec.runId() % 5 == 2) {
                throw new IllegalStateException("boom in run " + spec.runId());
            }
            return ModelRun.execute(spec, rec, true);
        }).run(training, options(2, 2), dir, QUIET);
        assertEquals(2, broken.failures().size(), "runs 2 and 7 of 12");
        assertEquals("IllegalStateException: boom in run 2", broken.failures().get(2));
        assertFalse(broken.assembled());
        assertFalse(Files.exists(dir.resolve(RunTables.RUNS)), "no partial tables");
        String manifest = Files.readString(dir.resolve(Manifest.FILE));
        assertTrue(manifest.contains("\"status\": \"failed\"") && manifest.contains("boom in run 7"), manifest);
        BatchReport resumed = new BatchRunner().run(training, options(2, 2), dir, QUIET);
        assertTrue(resumed.failures().isEmpty());
        assertEquals(2L * training.horizonWeeks(), resumed.simulatedWeeks(), "only the failed runs ran again");
        new BatchRunner().run(training, options(1, 2), tmp.resolve("clean"), QUIET);
        assertSameTables(dir, tmp.resolve("clean"));
    }

    @Test
    void aFolderHeldByALiveBatchIsRefusedAndALockFileNobodyHoldsIsNoObstacle() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("busy"));
        try (LockFile held = LockFile.tryAcquire(dir.resolve(BatchFolder.LOCK)).orElseThrow()) {
            OutputException e = assertThrows(OutputException.class, () -> new BatchRunner().run(training, options(1, 1), dir, QUIET));
            assertTrue(e.getMessage().contains("being written by another batch (this process"), e.getMessage());
        }
        Files.writeString(dir.resolve(BatchFolder.LOCK), "", StandardCharsets.UTF_8); // as a kill while taking it leaves
        assertTrue(new BatchRunner().run(training, options(1, 1), dir, QUIET).assembled(), "an unheld lock file is no obstacle");
        assertFalse(Files.exists(dir.resolve(BatchFolder.LOCK)), "a finished batch removes its lock file");
    }

    @Test
    void foreignOrMismatchedFoldersAreRefused() throws IOException {
        Path foreign = Files.createDirectories(tmp.resolve("foreign"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        assertTrue(assertThrows(OutputException.class, () -> new BatchRunner().run(training, options(1, 1), foreign, QUIET))
                .getMessage().contains("not a batch folder"));
        Path dir = tmp.resolve("b");
        new BatchRunner().run(training, options(1, 1), dir, QUIET);
        assertTrue(assertThrows(OutputException.class, () -> new BatchRunner().run(training, options(1, 2), dir, QUIET))
                .getMessage().contains("holds another batch: plan.runs is 6 there, 12 now; replications is 1 there, 2 now."));
        assertFalse(Files.exists(dir.resolve(BatchFolder.PARTS)), "a refused call leaves the finished batch as it was");
        assertFalse(Files.exists(dir.resolve(BatchFolder.LOCK)), "with no lock file left behind");
        assertEquals(0, new BatchRunner().run(training, options(1, 1), dir, QUIET).simulatedWeeks(),
                "so that the right call still finds it finished");
        Path file = Files.writeString(tmp.resolve("plain"), "x");
        assertTrue(assertThrows(OutputException.class, () -> new BatchRunner().run(training, options(1, 1), file.resolve("b"), QUIET))
                .getMessage().contains("cannot"));
    }

    @Test
    void shardsMergeIntoTheTablesOfOneBatch() throws IOException {
        new BatchRunner().run(training, options(2, 2), tmp.resolve("whole"), QUIET);
        for (int i = 1; i <= 3; i++) {
            BatchReport shard = new BatchRunner().run(training, new BatchOptions(1, 2, EventsMode.ALL, new Shard(i, 3)),
                    tmp.resolve("shard-" + i), QUIET);
            assertEquals(4, shard.runs());
        }
        BatchMerger.merge(List.of(tmp.resolve("shard-3"), tmp.resolve("shard-1"), tmp.resolve("shard-2")), tmp.resolve("merged"));
        assertSameTables(tmp.resolve("whole"), tmp.resolve("merged"));
        String manifest = Files.readString(tmp.resolve("merged").resolve(Manifest.FILE));
        assertTrue(manifest.contains("\"kind\": \"merge\"") && manifest.contains("\"name\": \"mentor-training\""), "scenario kept");
        assertEquals(12, manifest.split("\"status\": \"done\"").length - 1, "the runs of all shards");
        assertTrue(org.inclusim.report.Report.write(tmp.resolve("merged")).toFile().exists(), "a merged folder can be reported");
        OutputException missing = assertThrows(OutputException.class,
                () -> BatchMerger.merge(List.of(tmp.resolve("shard-1"), tmp.resolve("shard-2")), tmp.resolve("m2")));
        assertTrue(missing.getMessage().contains("expected all 3 shards"), missing.getMessage());
    }

    @Test
    void damagedShardsAndFinishedBatchesAreNamedByMerge() throws IOException {
        for (int i = 1; i <= 2; i++) {
            new BatchRunner().run(training, new BatchOptions(1, 1, EventsMode.ALL, new Shard(i, 2)), tmp.resolve("s" + i), QUIET);
        }
        Path identity = tmp.resolve("s1").resolve(BatchFolder.IDENTITY);
        String good = Files.readString(identity);
        Files.writeString(identity, good.replace("shard=1/2", "shard=garbled"));
        assertTrue(assertThrows(OutputException.class, () -> BatchMerger.merge(List.of(tmp.resolve("s1"), tmp.resolve("s2")),
                tmp.resolve("m"))).getMessage().startsWith(identity + ": shard = garbled is not I/N"));
        Files.writeString(identity, good + "broken=\\uZZZZ\n");
        assertTrue(assertThrows(OutputException.class, () -> BatchMerger.merge(List.of(tmp.resolve("s1"), tmp.resolve("s2")),
                tmp.resolve("m"))).getMessage().contains(identity + " is damaged"), "a bad escape is named, not a crash");
        Files.writeString(identity, good);
        Path manifest = tmp.resolve("s2").resolve(Manifest.FILE);
        Files.writeString(manifest, "[1, 2]");
        assertTrue(assertThrows(OutputException.class, () -> BatchMerger.merge(List.of(tmp.resolve("s1"), tmp.resolve("s2")),
                tmp.resolve("m"))).getMessage().startsWith(manifest + ": not an inclusim manifest"));
        assertFalse(Files.exists(tmp.resolve("m")), "nothing merged from a damaged shard");
        new BatchRunner().run(training, options(1, 1), tmp.resolve("whole"), QUIET);
        assertTrue(assertThrows(OutputException.class, () -> BatchMerger.merge(List.of(tmp.resolve("whole")), tmp.resolve("m")))
                .getMessage().contains("is a finished batch whose tables are already assembled"));
    }

    @Test
    void eventsCanBeSampledOrLeftOut() throws IOException {
        new BatchRunner().run(training, new BatchOptions(2, 3, EventsMode.parse("sample:1"), Shard.ALL), tmp.resolve("s"), QUIET);
        CsvReader.Table sampled = CsvReader.read(tmp.resolve("s").resolve(RunTables.EVENTS));
        assertEquals(Set.of("0"), Set.copyOf(sampled.rows().stream().map(r -> r.get(3)).toList()), "only replicate 0");
        new BatchRunner().run(training, new BatchOptions(2, 1, EventsMode.NONE, Shard.ALL), tmp.resolve("n"), QUIET);
        assertEquals(1, Files.readAllLines(tmp.resolve("n").resolve(RunTables.EVENTS)).size(), "header only");
        assertThrows(IllegalArgumentException.class, () -> EventsMode.parse("sample:0"));
    }

    @Test
    void theSlurmScriptsRunTheShardsAndAMergeAfterThem() throws IOException {
        Path submit = SlurmScript.write(Path.of("scenarios/mentor-training.yaml"), "mentor-training", 4,
                new SlurmScript.Resources("short", "00:30:00", "4G", 2), Path.of("target/inclusim.jar"), tmp.resolve("out"), 20);
        String array = Files.readString(submit.resolveSibling("array.sbatch"));
        assertTrue(array.contains("#SBATCH --array=1-4") && array.contains("#SBATCH --partition=short")
                && array.contains("#SBATCH --time=00:30:00") && array.contains("#SBATCH --mem=4G"), array);
        assertTrue(array.contains("--shard \"${SLURM_ARRAY_TASK_ID}/4\""), array);
        String merge = Files.readString(submit.resolveSibling("merge.sbatch"));
        assertTrue(merge.contains(" merge ") && merge.contains("shard-4") && merge.contains("merged"), merge);
        assertTrue(Files.readString(submit).contains("--dependency=afterok:"), "merge waits for the array");
    }
}
