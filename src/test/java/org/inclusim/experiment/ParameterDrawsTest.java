package org.inclusim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inclusim.analysis.Analysis;
import org.inclusim.analysis.BatchData;
import org.inclusim.analysis.ParameterUncertainty;
import org.inclusim.io.CsvReader;
import org.inclusim.io.OutputException;
import org.inclusim.scenario.Scenario;
import org.inclusim.scenario.ScenarioException;
import org.inclusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batches over parameter draws from a small accepted-sets file: the draws, the plan's common
 * random numbers within a draw, byte-identical tables and analysis across thread counts, shards
 * with merge and an interrupted resume, refusal to mix other draws on resume, and the combined
 * interval's split into parameter and stochastic variance.
 */
class ParameterDrawsTest {
    private static final String HEADER = "draw,weight,distance,search.closePlacementRatePerWeek,jobs.quitHazardPerWeek\n";
    /** Close follow-up's work-training rate matters only where close follow-up runs: the effect of close follow-up moves with it. */
    private static final String DIFFERENT = HEADER + "0,0.5,1.0,0.02,0.05\n1,0.3,1.5,0.6,0.05\n2,0.2,2.0,0.3,0.06\n";
    private static final String SAME = HEADER + "0,0.5,1.0,0.3,0.05\n1,0.3,1.5,0.3,0.05\n2,0.2,2.0,0.3,0.05\n";

    @TempDir
    Path tmp;

    /** A scenario tree: calib.yaml naming its accepted sets, and a scenario with a close-follow-up variant extending it. */
    private Path tree(String sets, String scenarioExtra) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("t" + Math.abs((sets + scenarioExtra).hashCode())).resolve("scenarios"));
        Files.writeString(dir.resolve("calib.accepted.csv"), sets);
        Files.writeString(dir.resolve("calib.yaml"), "name: calib\naccepted_sets: calib.accepted.csv\nparameters:\n"
                + "  search.closePlacementRatePerWeek: 0.2\n  jobs.quitHazardPerWeek: 0.05\n");
        return Files.writeString(dir.resolve("draws.yaml"), "name: draws\nextends: calib.yaml\nhorizon_weeks: 78\nreplications: 3\n"
                + "seed: 11\nparameters:\n  users.referralsPerWeek: 1.0\nvariants:\n  baseline:\n    advisers.closeCasesPerAdviser: 0\n"
                + "  close:\n    advisers.closeCasesPerAdviser: 5\n" + scenarioExtra);
    }

    private static Scenario load(Path file) {
        return new ScenarioLoader().load(file);
    }

    private static BatchReport run(Scenario s, int threads, Shard shard, Path dir) {
        return new BatchRunner().run(s, new BatchOptions(threads, s.replications(), EventsMode.ALL, shard), dir, BatchRunnerTest.QUIET);
    }

    private static List<ParameterUncertainty.Row> analyse(Path dir) throws IOException {
        Analysis a = Analysis.of(BatchData.load(dir));
        a.writeCsv(dir.resolve("analysis"));
        return a.parameterUncertainty();
    }

    @Test
    void drawsAreWeightedOnTheirOwnStreamAndTheSameForASeed() {
        int[] a = DrawnSets.sample(new double[]{0.9, 0, 0.1}, 4000, 5);
        assertArrayEquals(a, DrawnSets.sample(new double[]{0.9, 0, 0.1}, 4000, 5), "same seed, same draws");
        assertNotEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(DrawnSets.sample(new double[]{0.9, 0, 0.1}, 4000, 6)));
        long first = java.util.Arrays.stream(a).filter(i -> i == 0).count();
        assertEquals(0.9, first / 4000.0, 0.02, "by weight");
        assertTrue(java.util.Arrays.stream(a).noneMatch(i -> i == 1), "a set of weight 0 is never drawn");
        assertArrayEquals(java.util.Arrays.copyOf(a, 10), DrawnSets.sample(new double[]{0.9, 0, 0.1}, 10, 5), "draw d of N is draw d of more");
    }

    @Test
    void thePlanRunsEveryVariantOverTheDrawsWithCommonRandomNumbersWithinADraw() throws IOException {
        Scenario s = load(tree(DIFFERENT, "parameter_draws: 4\n"));
        ExperimentPlan plan = ExperimentPlan.of(s);
        assertEquals(2 * 4 * 3, plan.size());
        Map<String, RunSpec> byKey = new HashMap<>();
        for (RunSpec r : plan.runs()) {
            assertEquals(r.replicate() / 3, r.draw(), "draw d holds replicates 3d to 3d+2");
            assertEquals(Seeds.forReplicate(11, r.replicate()), r.seed());
            double drawn = DrawnSets.of(s).set(r.draw()) == 0 ? 0.02 : DrawnSets.of(s).set(r.draw()) == 1 ? 0.6 : 0.3;
            assertEquals(drawn, r.parameters().search().closePlacementRatePerWeek(), 1e-12, "the drawn value replaces the calibrated");
            RunSpec twin = byKey.put(r.draw() + "/" + r.replicate(), r);
            if (twin != null) {
                assertEquals(twin.seed(), r.seed(), "variants share a draw's seeds");
                assertEquals(twin.parameters().search().closePlacementRatePerWeek(), r.parameters().search().closePlacementRatePerWeek());
            }
        }
        long seeds = plan.runs().stream().mapToLong(RunSpec::seed).distinct().count();
        assertEquals(12, seeds, "each (draw, replicate) its own seed, shared by the two variants");
    }

    @Test
    void aParameterTheScenarioSetsItselfIsNotDrawn() throws IOException {
        Path file = tree(DIFFERENT, "parameter_draws: 3\n");
        Files.writeString(file, Files.readString(file).replace("users.referralsPerWeek: 1.0", "users.referralsPerWeek: 1.0\n"
                + "  search.closePlacementRatePerWeek: 0.44"));
        ExperimentPlan plan = ExperimentPlan.of(load(file));
        assertTrue(plan.runs().stream().allMatch(r -> r.parameters().search().closePlacementRatePerWeek() == 0.44));
        assertTrue(plan.runs().stream().anyMatch(r -> r.parameters().jobs().quitHazardPerWeek() == 0.06)
                || plan.runs().stream().allMatch(r -> r.parameters().jobs().quitHazardPerWeek() == 0.05), "the other parameter is drawn");
    }

    @Test
    void tablesAndAnalysisAreByteIdenticalOverThreadsShardsAndAnInterruptedResume() throws IOException {
        Scenario s = load(tree(DIFFERENT, "parameter_draws: 3\n"));
        run(s, 1, Shard.ALL, tmp.resolve("one"));
        run(s, 2, Shard.ALL, tmp.resolve("two"));
        for (int i = 1; i <= 2; i++) {
            run(s, 1, new Shard(i, 2), tmp.resolve("shard-" + i));
        }
        BatchMerger.merge(List.of(tmp.resolve("shard-2"), tmp.resolve("shard-1")), tmp.resolve("merged"));
        Path broken = tmp.resolve("broken");
        BatchReport interrupted = new BatchRunner((spec, rec) -> {
            if (spec.runId() % 4 == 1) {
                throw new IllegalStateException("interrupted at run " + spec.runId());
            }
            return ModelRun.execute(spec, rec, true);
        }).run(s, new BatchOptions(2, 3, EventsMode.ALL, Shard.ALL), broken, BatchRunnerTest.QUIET);
        assertFalse(interrupted.assembled());
        run(s, 2, Shard.ALL, broken);
        List<String> header = CsvReader.header(tmp.resolve("one").resolve(RunTables.RUNS));
        assertEquals(List.of("run_id", "variant", "point", "draw", "replicate", "seed"), header.subList(0, 6));
        assertEquals("draw", CsvReader.header(tmp.resolve("one").resolve(RunTables.WEEKLY)).get(3));
        assertEquals("draw", CsvReader.header(tmp.resolve("one").resolve(RunTables.EVENTS)).get(3));
        for (String other : List.of("two", "merged", "broken")) {
            BatchRunnerTest.assertSameTables(tmp.resolve("one"), tmp.resolve(other));
            assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(DrawnSets.FILE)),
                    Files.readAllBytes(tmp.resolve(other).resolve(DrawnSets.FILE)), other + ": draws.csv");
        }
        analyse(tmp.resolve("one"));
        for (String other : List.of("two", "merged", "broken")) {
            analyse(tmp.resolve(other));
            for (String file : List.of(ParameterUncertainty.FILE, "effects.csv", "summary.csv")) {
                assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve("analysis").resolve(file)),
                        Files.readAllBytes(tmp.resolve(other).resolve("analysis").resolve(file)), other + ": " + file);
            }
        }
        String manifest = Files.readString(tmp.resolve("one").resolve(Manifest.FILE));
        assertTrue(manifest.contains("\"parameter_draws\"") && manifest.contains("\"accepted_sets\": \"calib.accepted.csv\"")
                && manifest.contains("\"accepted_sets_sha256\""), manifest);
        List<String> draws = Files.readAllLines(tmp.resolve("one").resolve(DrawnSets.FILE));
        assertEquals("draw,accepted_set,weight,search.closePlacementRatePerWeek,jobs.quitHazardPerWeek", draws.get(0));
        assertEquals(4, draws.size(), "one row per draw");
    }

    @Test
    void aResumeRefusesOtherDrawsOrOtherAcceptedSets() throws IOException {
        Path file = tree(DIFFERENT, "parameter_draws: 2\n");
        Scenario s = load(file);
        Path dir = tmp.resolve("b");
        run(s, 1, Shard.ALL, dir);
        OutputException more = assertThrows(OutputException.class, () -> run(s.withParameterDraws(3), 1, Shard.ALL, dir));
        assertTrue(more.getMessage().contains("it was started with 2 parameter draws, this is 3"), more.getMessage());
        Files.writeString(file.resolveSibling("calib.accepted.csv"), SAME);
        OutputException other = assertThrows(OutputException.class, () -> run(load(file), 1, Shard.ALL, dir));
        assertTrue(other.getMessage().contains("other accepted parameter sets"), other.getMessage());
        assertEquals(0, run(s, 1, Shard.ALL, dir).simulatedWeeks(), "the right call still finds it finished");
    }

    @Test
    void withoutDrawsTheTablesAreThoseOfAScenarioThatNamesNoAcceptedSets() throws IOException {
        Path file = tree(DIFFERENT, "");
        Scenario named = load(file);
        assertFalse(named.draws().active());
        Files.writeString(file.resolveSibling("calib.yaml"), Files.readString(file.resolveSibling("calib.yaml"))
                .replace("accepted_sets: calib.accepted.csv\n", ""));
        Scenario unnamed = load(file);
        run(named, 2, Shard.ALL, tmp.resolve("named"));
        run(unnamed, 2, Shard.ALL, tmp.resolve("unnamed"));
        BatchRunnerTest.assertSameTables(tmp.resolve("named"), tmp.resolve("unnamed"));
        assertEquals(RunSpec.KEY_COLUMNS, CsvReader.header(tmp.resolve("named").resolve(RunTables.RUNS)).subList(0, 5));
        assertFalse(Files.exists(tmp.resolve("named").resolve(DrawnSets.FILE)));
        assertTrue(analyse(tmp.resolve("named")).isEmpty());
        assertFalse(Files.exists(tmp.resolve("named").resolve("analysis").resolve(ParameterUncertainty.FILE)));
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> unnamed.withParameterDraws(3));
        assertTrue(none.getMessage().contains("no accepted parameter sets"), none.getMessage());
        Files.writeString(file, Files.readString(file) + "parameter_draws: 3\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(file));
        assertEquals(1, e.problems().size());
        assertTrue(e.getMessage().contains("parameter_draws") && e.getMessage().contains("no accepted parameter sets"), e.getMessage());
    }

    @Test
    void theCombinedIntervalCarriesTheParametersWhereTheyDifferAndNothingWhereTheyAreTheSame() throws IOException {
        Scenario differ = load(tree(DIFFERENT, "parameter_draws: 16\n"));
        Scenario same = load(tree(SAME, "parameter_draws: 16\n"));
        run(differ, 2, Shard.ALL, tmp.resolve("differ"));
        run(same, 2, Shard.ALL, tmp.resolve("same"));
        ParameterUncertainty.Row d = row(analyse(tmp.resolve("differ")), "ever_employed_share");
        assertEquals(16, d.draws());
        double combined = d.combinedHigh() - d.combinedLow();
        double stochastic = d.stochasticHigh() - d.stochasticLow();
        assertTrue(combined > 1.5 * stochastic, "combined " + combined + " vs stochastic only " + stochastic);
        assertTrue(d.parameterShare() > 0.5, "parameter share " + d.parameterShare());
        List<Double> shares = new ArrayList<>();
        for (String outcome : List.of("ever_employed_share", "employment_share_horizon", "hires", "placements_per_user")) {
            shares.add(row(analyse(tmp.resolve("same")), outcome).parameterShare());
        }
        double mean = shares.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertTrue(mean < 0.2, "identical accepted sets: parameter share about 0, " + shares);
    }

    @Test
    void badAcceptedSetsOrDrawCountsAreOneProblemEachAtTheirKey() throws IOException {
        Path file = tree(DIFFERENT, "parameter_draws: 2\n");
        Path calib = file.resolveSibling("calib.yaml");
        String good = Files.readString(calib);
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("missing.csv", "'missing.csv' not found");
        cases.put("notes.txt", "'notes.txt' is not a CSV file");
        cases.put("../../../outside.csv", "outside the scenario folder");
        cases.put("bad.accepted.csv", "bad.accepted.csv:1: header 'draw,weight,search.closePlacementRatePerWeek'");
        cases.put("nan.accepted.csv", "nan.accepted.csv:2: weight 'x' is not a finite number");
        Files.writeString(file.resolveSibling("bad.accepted.csv"), "draw,weight,search.closePlacementRatePerWeek\n0,1,0.2\n");
        Files.writeString(file.resolveSibling("nan.accepted.csv"), HEADER + "0,x,1,0.2,0.05\n");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Files.writeString(calib, good.replace("calib.accepted.csv", c.getKey()));
            ScenarioException e = assertThrows(ScenarioException.class, () -> load(file), c.getKey());
            assertEquals(1, e.problems().size(), e.getMessage());
            assertTrue(e.getMessage().contains("accepted_sets") && e.getMessage().contains(c.getValue()), e.getMessage());
        }
        Files.writeString(calib, good.replace("calib.accepted.csv", "missing.csv"));
        Files.writeString(file, Files.readString(file).replace("parameter_draws: 2\n", ""));
        Scenario without = load(file);
        assertFalse(without.draws().active(), "without draws a missing accepted-sets file is no obstacle");
        IllegalArgumentException asked = assertThrows(IllegalArgumentException.class, () -> without.withParameterDraws(2));
        assertTrue(asked.getMessage().startsWith("--parameter-draws: calib.yaml:2:16: key 'accepted_sets'") && asked.getMessage().contains("'missing.csv' not found"),
                asked.getMessage());
        Files.writeString(calib, good);
        Files.writeString(file, Files.readString(file) + "parameter_draws: 0\n");
        ScenarioException zero = assertThrows(ScenarioException.class, () -> load(file));
        assertTrue(zero.getMessage().contains("parameter_draws") && zero.getMessage().contains("1 to 10000"), zero.getMessage());
    }

    private static ParameterUncertainty.Row row(List<ParameterUncertainty.Row> rows, String outcome) {
        return rows.stream().filter(r -> r.variant().equals("close") && r.outcome().equals(outcome)).findFirst().orElseThrow();
    }
}
