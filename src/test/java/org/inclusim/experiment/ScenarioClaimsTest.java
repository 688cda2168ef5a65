package org.inclusim.experiment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.inclusim.observe.RunOutcomes;
import org.inclusim.scenario.Claim;
import org.inclusim.scenario.Scenario;
import org.inclusim.scenario.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every claim of every shipped scenario ({@code claims:} block) holds in the model as shipped
 * (calibrated baseline): the variant's outcome minus the comparison's, paired by replicate
 * (common random numbers), goes the claimed way by the rule the teaching findings use
 * ({@link ClaimVerdict}: t at least z(0.975) + z(0.90) = 3.24 over {@value #REPLICATIONS}
 * replicates, i.e. a standardised effect of at least 0.30, confirmed by a fresh batch of that
 * size with probability about 0.9). A claim the model does not support fails with the
 * replications that would give it that power, and is corrected in the scenario text
 * (docs/validation.md lists the corrections), never forced.
 */
class ScenarioClaimsTest {
    static final int REPLICATIONS = 120;

    static Stream<Path> scenariosWithClaims() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted()
                    .filter(f -> !new ScenarioLoader(RunOutcomes.COLUMNS).load(f).claims().isEmpty()).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("scenariosWithClaims")
    void everyClaimOfTheScenarioHoldsInTheModel(Path file) throws Exception {
        Scenario scenario = new ScenarioLoader(RunOutcomes.COLUMNS).load(file);
        Map<String, RunResult> results = simulate(scenario);
        List<String> lines = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();
        for (Claim claim : scenario.claims()) {
            List<Double> d = new ArrayList<>();
            for (int r = 0; r < REPLICATIONS; r++) {
                double a = TargetRuns.outcome(of(results.get(claim.variant() + "|" + claim.point() + "|" + r), claim), claim.outcome());
                double b = TargetRuns.outcome(of(results.get(claim.comparison() + "|" + claim.comparisonPoint() + "|" + r), claim), claim.outcome());
                if (!Double.isNaN(a) && !Double.isNaN(b)) {
                    d.add(a - b);
                }
            }
            assertTrue(d.size() >= 10, claim + ": only " + d.size() + " replicates define the outcome");
            ClaimVerdict v = ClaimVerdict.of(d.stream().mapToDouble(Double::doubleValue).toArray(), claim.direction().sign());
            String line = String.format(Locale.ROOT, "%s: mean difference %+.4g, n %d, d %.2f, t %.2f %s", claim, v.mean(), d.size(), v.d(),
                    v.t(), v.holds() ? "holds" : "DOES NOT HOLD (replications for 90 % power: " + v.replicationsNeeded(claim.direction().sign()) + ")");
            lines.add(line);
            if (!v.holds()) {
                unsupported.add(line);
            }
        }
        System.out.println(file + ":\n  " + String.join("\n  ", lines));
        assertFalse(scenario.claims().isEmpty());
        assertTrue(unsupported.isEmpty(), file + ": claims the model does not support (correct the scenario text, not the model):\n  "
                + String.join("\n  ", unsupported));
    }

    /** The outcomes a claim reads: the run's (the all rows) or its user group's. */
    private static RunOutcomes of(RunResult result, Claim claim) {
        return claim.group() == null ? result.outcomes() : result.byGroup().get(claim.group());
    }

    /** The runs the claims compare, by "variant|point|replicate", on two threads. */
    private static Map<String, RunResult> simulate(Scenario scenario) throws Exception {
        List<String> needed = new ArrayList<>();
        for (Claim c : scenario.claims()) {
            needed.add(c.variant() + "|" + c.point());
            needed.add(c.comparison() + "|" + c.comparisonPoint());
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Map<String, Future<RunResult>> futures = new HashMap<>();
            for (RunSpec run : ExperimentPlan.of(scenario, REPLICATIONS).runs()) {
                if (needed.contains(run.variant() + "|" + run.point())) {
                    futures.put(run.variant() + "|" + run.point() + "|" + run.replicate(),
                            pool.submit(() -> ModelRun.execute(run, RunRecorder.NONE, false)));
                }
            }
            Map<String, RunResult> out = new HashMap<>();
            for (Map.Entry<String, Future<RunResult>> e : futures.entrySet()) {
                out.put(e.getKey(), e.getValue().get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
