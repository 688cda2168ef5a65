package org.inclusim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inclusim.observe.RunOutcomes;
import org.inclusim.scenario.CalibrationLoader;
import org.inclusim.scenario.CalibrationSpec;
import org.inclusim.scenario.ScenarioException;
import org.inclusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationTest {
    @TempDir
    Path tmp;

    private Path tree() throws IOException {
        Path scenarios = Files.createDirectories(tmp.resolve("scenarios"));
        Files.writeString(scenarios.resolve("small.yaml"), "name: small\nhorizon_weeks: 52\nparameters:\n  users.initialCaseload: 40\n");
        return scenarios;
    }

    private static final String TARGETS = """
            name: toy
            scenario: small.yaml
            seed: 3
            replications: 2
            budget: BUDGET
            parameters:
              placement.fitGrowthPerWeek: [0.01, 0.2]
            targets:
              - name: hires per user
                horizon_weeks: 52
                outcome: ever_employed_share
                observed: 0.3
                tolerance: 0.05
            """;

    /** The toy calibration with a budget. */
    private CalibrationSpec toy(int budget) throws IOException {
        Path targets = Files.writeString(tree().resolve("toy.yaml"), TARGETS.replace("BUDGET", Integer.toString(budget)));
        return new CalibrationLoader(RunOutcomes.COLUMNS).load(targets);
    }

    @Test
    void aCalibrationFitsLogsEveryEvaluationAndResumesFromTheLog() throws IOException {
        CalibrationSpec spec = toy(12);
        Path targets = spec.file();
        Path out = tmp.resolve("out");
        Calibration.Result first = Calibration.run(spec, 2, out);
        assertEquals(12, first.evaluations().size());
        assertTrue(first.simulatedNow() >= 1 && first.simulatedNow() <= 12);
        assertTrue(first.distance() <= first.evaluations().get(0).distance(), "the search does not end worse than it started");
        assertEquals(first.simulatedNow() + 1, Files.readAllLines(out.resolve(Calibration.LOG)).size(), "header and one row per new evaluation");
        Calibration.Result again = Calibration.run(spec, 1, out);
        assertEquals(0, again.simulatedNow(), "a rerun takes every evaluation from the log");
        assertEquals(first.distance(), again.distance(), 0.0);
        assertEquals(first.best(), again.best());
        Files.writeString(targets, TARGETS.replace("BUDGET", "20"));
        Calibration.Result longer = Calibration.run(new CalibrationLoader(RunOutcomes.COLUMNS).load(targets), 2, out);
        assertEquals(20, longer.evaluations().size());
        assertTrue(longer.simulatedNow() <= 8, "an interrupted or extended calibration resumes: " + longer.simulatedNow());
        assertTrue(longer.distance() <= first.distance());
        assertEquals(1, longer.fit().size());
    }

    @Test
    void checkTargetsNeverEnterTheDistanceAndAreReportedAtTheFit() throws IOException {
        CalibrationSpec plain = toy(12);
        Calibration.Result fitted = Calibration.run(plain, 2, tmp.resolve("plain"));
        String checks = TARGETS.replace("BUDGET", "12").replace("name: toy", "name: checked")
                .replace("targets:\n", "variants:\n  many: {users.initialCaseload: 60}\n  few: {users.initialCaseload: 20}\ntargets:\n") + """
                  - name: far-off check
                    use: check
                    horizon_weeks: 52
                    outcome: ever_employed_share
                    observed: 0.99
                    tolerance: 0.001
                  - name: ratio check
                    use: check
                    variant: many
                    relative_to: few
                    horizon_weeks: 26
                    outcome: ever_employed_share
                    observed: 1.0
                    tolerance: 0.2
                """;
        Path withChecks = Files.writeString(plain.file().resolveSibling("checked.yaml"), checks);
        CalibrationSpec spec = new CalibrationLoader(RunOutcomes.COLUMNS).load(withChecks);
        assertEquals(List.of("hires per user"), spec.fitTargets().stream().map(CalibrationSpec.Target::name).toList());
        Calibration.Result checked = Calibration.run(spec, 2, tmp.resolve("checked"));
        assertEquals(fitted.distance(), checked.distance(), 0.0, "a check target, however far off, does not move the distance");
        assertEquals(fitted.best(), checked.best(), "nor the search");
        assertEquals(Files.readString(tmp.resolve("plain").resolve(Calibration.LOG)),
                Files.readString(tmp.resolve("checked").resolve(Calibration.LOG)), "nor the log of evaluations");
        assertEquals(3, checked.fit().size(), "both sets are reported at the best candidate");
        Calibration.Fit far = checked.fit().get(1);
        assertEquals(CalibrationSpec.Use.CHECK, far.target().use());
        assertTrue(!far.withinTolerance() && far.low() <= far.simulated() && far.simulated() <= far.high(), "a miss is reported as one");
        Calibration.Fit ratio = checked.fit().get(2);
        assertTrue(ratio.simulated() > 0 && ratio.low() < ratio.simulated() && ratio.simulated() < ratio.high(),
                "a relative risk with its interval: " + ratio);
    }

    @Test
    void theBestCandidateIsReSimulatedAtHoldoutSeedsTheSearchNeverUsed() throws IOException {
        CalibrationSpec spec = toy(12);
        assertEquals(CalibrationSpec.holdoutSeed(spec.seed()), spec.holdout().seed());
        for (long near = spec.seed() - 10; near <= spec.seed() + 10; near++) {
            assertNotEquals(near, spec.holdout().seed(), "not a seed a neighbouring calibration would fit on");
        }
        assertEquals(CalibrationSpec.HOLDOUT_FACTOR * spec.replications(), spec.holdout().replications());
        Calibration.Result r = Calibration.run(spec, 2, tmp.resolve("out"));
        assertEquals(r.fit().stream().map(Calibration.Fit::target).toList(), r.holdout().fit().stream().map(Calibration.Fit::target).toList(),
                "every target, in the same order");
        Calibration.Assessment alone = Calibration.assess(spec.holdout(), r.best(), 1);
        assertEquals(alone.distance(), r.holdout().distance(), 0.0, "the holdout is the best candidate at the holdout seeds, on any thread count");
        assertEquals(alone.fit().get(0).simulated(), r.holdout().fit().get(0).simulated(), 0.0);
        assertEquals(Calibration.assess(spec, r.best(), 2).fit().get(0).simulated(), r.fit().get(0).simulated(), 0.0,
                "the fit itself stays at the fitting seeds");
        assertNotEquals(r.fit().get(0).simulated(), r.holdout().fit().get(0).simulated(), "other seeds give other runs");
        Calibration.Fit h = r.holdout().fit().get(0);
        assertTrue(h.low() < h.simulated() && h.simulated() < h.high(), "with its own interval: " + h);
    }

    private static final String ABC = """
            name: abc
            scenario: small.yaml
            seed: 5
            replications: 2
            budget: 24
            abc: {proposals: 30, spread: 2}
            parameters:
              placement.fitGrowthPerWeek: [0.01, 0.2]
              search.standardPlacementRatePerWeek: [0.005, 0.2]
            targets:
              - {name: ever employed, horizon_weeks: 52, outcome: ever_employed_share, observed: 0.5, tolerance: 0.05}
              - {name: far check, use: check, horizon_weeks: 52, outcome: hires, observed: 1000, tolerance: 1}
            """;

    @Test
    void acceptedSetsAreWeightedWithinTheThresholdAndResumeToTheSameBytesOnAnyThreadCount() throws IOException {
        Path targets = Files.writeString(tree().resolve("abc.yaml"), ABC);
        CalibrationSpec spec = new CalibrationLoader(RunOutcomes.COLUMNS).load(targets);
        Calibration.Result first = Calibration.run(spec, 2, tmp.resolve("abc-2"));
        Calibration.Accepted a = first.accepted();
        assertEquals(30, a.proposals());
        assertEquals(30, a.simulatedNow(), "every proposal simulated once");
        assertTrue(a.draws().size() >= 3 && a.draws().size() <= 30, "some proposals accepted: " + a.draws().size());
        assertEquals(1.0, java.util.Arrays.stream(a.weights()).sum(), 1e-12);
        assertTrue(java.util.Arrays.stream(a.distances()).allMatch(d -> d <= a.threshold()), "only proposals within the threshold");
        assertEquals(first.distance() + 5.991, a.threshold(), 1e-3, "best distance + chi-squared(2) 95 % quantile");
        assertTrue(a.draws().stream().allMatch(x -> x[0] >= 0.01 && x[0] <= 0.2 && x[1] >= 0.005 && x[1] <= 0.2), "inside the prior");
        Path log = tmp.resolve("abc-2").resolve(AcceptedSets.LOG);
        assertEquals(31, Files.readAllLines(log).size());
        Calibration.Result again = Calibration.run(spec, 1, tmp.resolve("abc-2"));
        assertEquals(0, again.accepted().simulatedNow(), "a rerun takes every proposal from the log");
        Calibration.Result oneThread = Calibration.run(spec, 1, tmp.resolve("abc-1"));
        assertEquals(Files.readString(log), Files.readString(tmp.resolve("abc-1").resolve(AcceptedSets.LOG)), "thread count changes nothing");
        byte[] whole = Files.readAllBytes(log);
        Files.write(log, java.util.Arrays.copyOf(whole, whole.length - 25)); // killed mid-row
        List<String> rows = Files.readAllLines(log);
        Files.write(log, (String.join("\n", rows.subList(0, 11)) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)); // header + 10
        Calibration.Result resumed = Calibration.run(spec, 2, tmp.resolve("abc-2"));
        assertEquals(20, resumed.accepted().simulatedNow(), "only the lost proposals are simulated again");
        assertTrue(java.util.Arrays.equals(whole, Files.readAllBytes(log)), "the resumed log is the uninterrupted one, byte for byte");
        for (Calibration.Result r : List.of(again, oneThread, resumed)) {
            assertTrue(java.util.Arrays.equals(a.weights(), r.accepted().weights()));
            assertEquals(a.draws().size(), r.accepted().draws().size());
            for (int i = 0; i < a.draws().size(); i++) {
                assertTrue(java.util.Arrays.equals(a.draws().get(i), r.accepted().draws().get(i)));
            }
        }
    }

    @Test
    void aHalfWrittenLastRowIsCutAndRedoneToTheSameResult() throws IOException {
        CalibrationSpec spec = toy(12);
        Path whole = tmp.resolve("whole");
        Calibration.Result first = Calibration.run(spec, 2, whole);
        byte[] log = Files.readAllBytes(whole.resolve(Calibration.LOG));
        for (int cut : new int[] {3, 12, 40}) {
            Path torn = tmp.resolve("torn-" + cut);
            Files.createDirectories(torn);
            Files.copy(whole.resolve(Calibration.IDENTITY), torn.resolve(Calibration.IDENTITY));
            Files.write(torn.resolve(Calibration.LOG), java.util.Arrays.copyOf(log, log.length - cut)); // as a full disk leaves it
            Calibration.Result again = Calibration.run(spec, 2, torn);
            assertEquals(1, again.simulatedNow(), "only the torn evaluation is simulated again (cut " + cut + ")");
            assertEquals(first.best(), again.best());
            assertEquals(first.distance(), again.distance(), 0.0);
            assertTrue(java.util.Arrays.equals(log, Files.readAllBytes(torn.resolve(Calibration.LOG))),
                    "the repaired log is the uninterrupted one, byte for byte (cut " + cut + ")");
        }
    }

    @Test
    void aSecondCalibrationOnTheSameFolderIsRefusedWhileTheFirstRuns() throws Exception {
        CalibrationSpec spec = toy(40);
        Path out = tmp.resolve("shared");
        java.util.concurrent.CompletableFuture<Calibration.Result> first = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Calibration.run(spec, 1, out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Path log = out.resolve(Calibration.LOG);
        while (!first.isDone() && (!Files.exists(log) || Files.readAllLines(log).size() < 3)) {
            Thread.sleep(5);
        }
        assertTrue(!first.isDone(), "the first calibration is still running (make it longer if this fails)");
        org.inclusim.io.OutputException refused = assertThrows(org.inclusim.io.OutputException.class, () -> Calibration.run(spec, 1, out));
        assertTrue(refused.getMessage().contains("is being written by another calibration"), refused.getMessage());
        assertEquals(40, first.get().evaluations().size());
        Calibration.Result alone = Calibration.run(spec, 1, tmp.resolve("alone"));
        assertEquals(Files.readString(tmp.resolve("alone").resolve(Calibration.LOG)), Files.readString(log), "no interleaved rows");
        assertEquals(alone.best(), first.get().best());
    }

    @Test
    void theCalibratedFileIsAScenarioThatCarriesItsProvenance() throws IOException {
        Path scenarios = tree();
        String text = CalibrationLoader.calibratedFile("toy-calibrated", java.util.Map.of("placement.fitGrowthPerWeek", 0.07),
                List.of("calibrated by a test", "seed 3"));
        Path file = Files.writeString(scenarios.resolve("toy-calibrated.yaml"), text);
        assertTrue(text.startsWith("# calibrated by a test\n# seed 3\n"));
        assertEquals(0.07, new ScenarioLoader().load(file).parameters().placement().fitGrowthPerWeek(), 1e-12);
        Path child = Files.writeString(scenarios.resolve("uses.yaml"), "name: uses\nextends: toy-calibrated.yaml\n");
        assertEquals(0.07, new ScenarioLoader().load(child).parameters().placement().fitGrowthPerWeek(), 1e-12);
    }

    @Test
    void badTargetsAreLocated() throws IOException {
        Path scenarios = tree();
        Path bad = Files.writeString(scenarios.resolve("bad.yaml"), """
                name: bad
                scenario: small.yaml
                parameters:
                  placement.fitGrowthPerWek: [0.01, 0.2]
                targets:
                  - name: x
                    outcome: happiness
                    observed: 0.3
                    tolerance: 0
                """);
        List<String> problems = assertThrows(ScenarioException.class, () -> new CalibrationLoader(RunOutcomes.COLUMNS).load(bad))
                .problems().stream().map(Object::toString).toList();
        String all = String.join("\n", problems);
        assertTrue(all.contains("did you mean 'placement.fitGrowthPerWeek'?"), all);
        assertTrue(all.contains("bad.yaml:7:14: key 'targets[0].outcome': unknown outcome 'happiness'"), all);
        assertTrue(all.contains("key 'targets[0].tolerance': expected a positive number"), all);
        Path escape = Files.writeString(scenarios.resolve("escape.yaml"), "name: e\nscenario: ../../x.yaml\nparameters:\n"
                + "  placement.fitGrowthPerWeek: [0.01, 0.2]\ntargets:\n  - {name: x, outcome: hires, observed: 1, tolerance: 1}\n");
        assertTrue(assertThrows(ScenarioException.class, () -> new CalibrationLoader(RunOutcomes.COLUMNS).load(escape))
                .getMessage().contains("outside the scenario folder"));
        Path infeasible = Files.writeString(scenarios.resolve("infeasible.yaml"), "name: i\nscenario: small.yaml\nparameters:\n"
                + "  placement.fitGrowthPerWeek: [0.01, 0.2]\ntargets:\n"
                + "  - {name: x, outcome: hires, observed: 1, tolerance: 1, overrides: {jobs.temporaryWeeksMin: 500}}\n");
        assertTrue(assertThrows(ScenarioException.class, () -> new CalibrationLoader(RunOutcomes.COLUMNS).load(infeasible))
                .getMessage().contains("infeasible.yaml:6:69: key 'targets[0].overrides': jobs.temporaryWeeksMin = 500: must not exceed"),
                "overrides that no candidate can satisfy are refused at load, not after the budget is spent");
        Path together = Files.writeString(scenarios.resolve("together.yaml"), "name: t\nscenario: small.yaml\nparameters:\n"
                + "  placement.fitGrowthPerWeek: [0.01, 0.2]\ntargets:\n  - {name: x, outcome: hires, observed: 1, tolerance: 1,"
                + " overrides: {jobs.temporaryWeeksMin: 100, jobs.temporaryWeeksMax: 200}}\n");
        assertEquals(1, new CalibrationLoader(RunOutcomes.COLUMNS).load(together).targets().size(),
                "overrides valid together are accepted whatever their order");
        Path arms = Files.writeString(scenarios.resolve("arms.yaml"), "name: a\nscenario: small.yaml\nparameters:\n"
                + "  placement.fitGrowthPerWeek: [0.01, 0.2]\nvariants:\n  usual: {users.initialCaseload: 20}\ntargets:\n"
                + "  - {name: x, outcome: hires, observed: 1, tolerance: 1, variant: usal, use: fitted}\n"
                + "  - {name: y, outcome: hires, observed: 1, tolerance: 1, use: check}\n");
        String armProblems = assertThrows(ScenarioException.class, () -> new CalibrationLoader(RunOutcomes.COLUMNS).load(arms)).getMessage();
        assertTrue(armProblems.contains("key 'targets[0].variant': unknown variant 'usal' (did you mean 'usual'?)"), armProblems);
        assertTrue(armProblems.contains("key 'targets[0].use': expected fit or check, found 'fitted'"), armProblems);
        Path onlyChecks = Files.writeString(scenarios.resolve("checks.yaml"), "name: c\nscenario: small.yaml\nparameters:\n"
                + "  placement.fitGrowthPerWeek: [0.01, 0.2]\ntargets:\n  - {name: y, outcome: hires, observed: 1, tolerance: 1, use: check}\n");
        assertTrue(assertThrows(ScenarioException.class, () -> new CalibrationLoader(RunOutcomes.COLUMNS).load(onlyChecks))
                .getMessage().contains("no target is fitted"));
        Path binary = scenarios.resolve("binary.yaml");
        Files.write(binary, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xff, '\n'});
        assertTrue(assertThrows(ScenarioException.class, () -> new CalibrationLoader(RunOutcomes.COLUMNS).load(binary))
                .getMessage().contains("not valid UTF-8"));
    }

    @Test
    void aConstraintKeepsTheSearchInsideItsOrder() throws IOException {
        Path scenarios = tree();
        Path targets = Files.writeString(scenarios.resolve("ordered.yaml"), """
                name: ordered
                scenario: small.yaml
                seed: 3
                replications: 2
                budget: 24
                parameters:
                  search.closePlacementRatePerWeek: [0.01, 0.2]
                  search.standardPlacementRatePerWeek: [0.01, 0.2]
                constraints:
                  - search.standardPlacementRatePerWeek <= search.closePlacementRatePerWeek
                targets:
                  - {name: ever employed, horizon_weeks: 52, outcome: ever_employed_share, observed: 0.9, tolerance: 0.05}
                """);
        CalibrationSpec spec = new CalibrationLoader(RunOutcomes.COLUMNS).load(targets);
        assertEquals("search.closePlacementRatePerWeek >= search.standardPlacementRatePerWeek", spec.constraints().get(0).toString());
        Calibration.Result r = Calibration.run(spec, 2, tmp.resolve("ordered-out"));
        for (Calibration.Evaluation e : r.evaluations()) {
            boolean kept = e.x()[0] >= e.x()[1];
            assertEquals(!kept, Double.isNaN(e.simulated()[0]), "only candidates that break the order go unsimulated");
        }
        assertTrue(r.evaluations().stream().anyMatch(e -> e.x()[0] < e.x()[1]), "the search did meet the constraint");
        assertTrue((Double) r.best().get("search.closePlacementRatePerWeek") >= (Double) r.best().get("search.standardPlacementRatePerWeek"));
    }

    @Test
    void badConstraintsAreLocated() throws IOException {
        Path scenarios = tree();
        Path bad = Files.writeString(scenarios.resolve("badorder.yaml"), """
                name: badorder
                scenario: small.yaml
                parameters:
                  search.closePlacementRatePerWeek: [0.01, 0.2]
                constraints:
                  - search.closePlacementRatePerWeek > 0.1
                  - search.closePlacementRatePerWeek >= search.standardPlacementRatePerWeek
                targets:
                  - {name: x, outcome: hires, observed: 1, tolerance: 1}
                """);
        String all = String.join("\n", assertThrows(ScenarioException.class, () -> new CalibrationLoader(RunOutcomes.COLUMNS).load(bad))
                .problems().stream().map(Object::toString).toList());
        assertTrue(all.contains("badorder.yaml:6:5: key 'constraints[0]': expected 'a >= b' or 'a <= b'"), all);
        assertTrue(all.contains("key 'constraints[1]': 'search.standardPlacementRatePerWeek' is not a fitted parameter"), all);
    }
}
