package org.inclusim.experiment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.inclusim.observe.RunOutcomes;
import org.inclusim.scenario.Exercise;
import org.inclusim.scenario.ExerciseLoader;
import org.inclusim.scenario.Scenario;
import org.inclusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every teaching exercise's finding holds on its own scenario (scenarios/teaching/exercises.yaml,
 * docs/teaching.md). Each claim is checked over the exercise's replications, with common random
 * numbers: a comparison on the paired differences (variant minus comparison, replicate by
 * replicate), a level on the variant's values minus the level.
 *
 * <p>Power: a claim holds when its t statistic in the stated direction is at least
 * {@link #REQUIRED_T} = z(0.975) + z(0.90). That is the 95 % two-sided test plus a margin: at the
 * effect observed, a fresh set of as many replications would confirm the claim with probability
 * about 0.9 (power = Phi(d sqrt(n) - 1.96) with d the standardised effect). A claim that passes the
 * plain test but not the margin fails with the number of replications that would give it 90 %
 * power, so that a finding stated in class is one a student's own batch will reproduce.
 */
class ExerciseFindingsTest {
    static final double REQUIRED_T = ClaimVerdict.REQUIRED_T;

    private static final List<Exercise> EXERCISES = new ExerciseLoader(RunOutcomes.COLUMNS).load(ExerciseLoader.SHIPPED);

    @Test
    void thereAreAtLeastSixExercisesEachWithQuestionsAnswersAndAFindingInBothLanguages() {
        assertTrue(EXERCISES.size() >= 6, "exercises: " + EXERCISES.size());
        for (Exercise e : EXERCISES) {
            assertFalse(e.questions().isEmpty(), e.id());
            assertFalse(e.claims().isEmpty(), e.id() + " states its finding as claims a test can check");
            for (Exercise.Text t : texts(e)) {
                assertFalse(t.en().isBlank() || t.nb().isBlank(), e.id() + ": a text lacks a language: " + t);
            }
        }
    }

    @Test
    void docsTeachingHandsOutEveryExercise() throws java.io.IOException {
        String page = java.nio.file.Files.readString(java.nio.file.Path.of("docs", "teaching.md"));
        for (Exercise e : EXERCISES) {
            assertTrue(page.contains(e.title().en()), "docs/teaching.md lacks the exercise '" + e.title().en() + "'");
            assertTrue(page.contains(e.finding().en().replaceAll("\\s+", " ")), "docs/teaching.md states " + e.id() + "'s finding as the YAML does");
        }
    }

    private static List<Exercise.Text> texts(Exercise e) {
        List<Exercise.Text> all = new ArrayList<>(List.of(e.title(), e.watch(), e.finding()));
        e.questions().forEach(q -> all.addAll(List.of(q.question(), q.answer())));
        return all;
    }

    @TestFactory
    Stream<DynamicTest> everyExercisesFindingHoldsOnItsScenario() {
        return EXERCISES.stream().map(e -> DynamicTest.dynamicTest(e.id(), () -> check(e)));
    }

    private static void check(Exercise exercise) {
        Map<String, List<RunOutcomes>> runs = run(exercise);
        List<String> failures = new ArrayList<>();
        for (Exercise.Claim claim : exercise.claims()) {
            double[] values = differences(claim, runs);
            ClaimVerdict v = ClaimVerdict.of(values, claim.direction().sign());
            System.out.printf(java.util.Locale.ROOT, "exercise %s: %s: mean %+.4g, n %d, t %.2f, d %.2f%n", exercise.id(), claim,
                    v.mean(), values.length, v.t(), v.d());
            if (!v.holds()) {
                failures.add(String.format(java.util.Locale.ROOT,
                        "%s: mean difference %+.4g over %d replications, t = %.2f < %.2f (replications for 90 %% power at this effect: %s);"
                                + " correct the finding in %s, never force it",
                        claim, v.mean(), values.length, v.t(), REQUIRED_T, v.replicationsNeeded(claim.direction().sign()),
                        ExerciseLoader.SHIPPED));
            }
        }
        assertTrue(failures.isEmpty(), "exercise " + exercise.id() + ":\n" + String.join("\n", failures));
    }

    /** Per replicate, the claimed quantity: variant minus comparison, or variant minus the level; undefined values left out. */
    private static double[] differences(Exercise.Claim claim, Map<String, List<RunOutcomes>> runs) {
        int column = RunOutcomes.COLUMNS.indexOf(claim.outcome());
        List<RunOutcomes> variant = runs.get(claim.variant());
        List<Double> out = new ArrayList<>();
        for (int r = 0; r < variant.size(); r++) {
            double x = value(variant.get(r), column);
            double y = claim.direction().compares() ? value(runs.get(claim.comparison()).get(r), column) : claim.value();
            if (!Double.isNaN(x) && !Double.isNaN(y)) {
                out.add(x - y);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double value(RunOutcomes o, int column) {
        return ((Number) o.cells().get(column)).doubleValue();
    }

    /** Runs every variant the claims use, replicates 0..n-1 with the plan's seeds (common random numbers). */
    private static Map<String, List<RunOutcomes>> run(Exercise exercise) {
        Scenario scenario = new ScenarioLoader(RunOutcomes.COLUMNS).load(exercise.scenario());
        List<String> used = new ArrayList<>();
        for (Exercise.Claim c : exercise.claims()) {
            used.add(c.variant());
            if (c.comparison() != null) {
                used.add(c.comparison());
            }
        }
        List<RunSpec> specs = ExperimentPlan.of(scenario, exercise.replications()).runs().stream()
                .filter(s -> s.point() == 0 && used.contains(s.variant())).toList();
        List<RunOutcomes> outcomes = specs.parallelStream().map(s -> ModelRun.execute(s, RunRecorder.NONE, false).outcomes()).toList();
        Map<String, List<RunOutcomes>> byVariant = new HashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            byVariant.computeIfAbsent(specs.get(i).variant(), v -> new ArrayList<>()).add(outcomes.get(i));
        }
        return byVariant;
    }
}
