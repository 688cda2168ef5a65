package org.inclusim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inclusim.model.Cause;
import org.inclusim.model.InclusionModel;
import org.inclusim.model.Stage;
import org.inclusim.model.Transition;
import org.inclusim.model.User;
import org.inclusim.scenario.Scenario;
import org.inclusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {
    @TempDir
    Path tmp;

    private final Scenario baseline = new ScenarioLoader().load(Path.of("scenarios/baseline.yaml"));

    @Test
    void theSameSeedGivesByteIdenticalTables() throws IOException {
        SingleRun.execute(baseline, tmp.resolve("a"));
        SingleRun.execute(baseline, tmp.resolve("b"));
        for (String table : List.of(RunTables.RUNS, RunTables.WEEKLY, RunTables.EVENTS, RunTables.MENTORS)) {
            byte[] a = Files.readAllBytes(tmp.resolve("a").resolve(table));
            byte[] b = Files.readAllBytes(tmp.resolve("b").resolve(table));
            assertTrue(a.length > 100, table + " has content");
            assertArrayEquals(a, b, table + " is byte-identical");
        }
    }

    @Test
    void unitCostsNeverChangeARun() throws IOException {
        java.util.function.UnaryOperator<org.inclusim.model.parameters.Parameters> dear = p -> p.with("costs.adviserHourNok", 5000.0)
                .with("costs.discountRatePercent", 0.0).with("costs.mentorHourNok", 1.0);
        List<org.inclusim.scenario.Variant> variants = baseline.variants().stream()
                .map(v -> new org.inclusim.scenario.Variant(v.name(), v.overrides(), dear.apply(v.parameters()), v.baseline())).toList();
        Scenario dearer = new Scenario(baseline.name(), baseline.description(), baseline.horizonWeeks(), baseline.replications(),
                baseline.seed(), dear.apply(baseline.parameters()), baseline.file(), baseline.sha256(), variants,
                baseline.policyStartWeek(), baseline.origins(), baseline.design(), baseline.sensitivity(), baseline.language(),
                baseline.labels(), baseline.extended(), baseline.claims(), baseline.draws());
        SingleRun.execute(baseline, tmp.resolve("a"));
        SingleRun.execute(dearer, tmp.resolve("b"));
        for (String table : List.of(RunTables.RUNS, RunTables.WEEKLY, RunTables.EVENTS, RunTables.MENTORS)) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(table)), Files.readAllBytes(tmp.resolve("b").resolve(table)),
                    table + " does not depend on unit costs");
        }
        assertTrue(Files.readString(tmp.resolve("b").resolve(Manifest.FILE)).contains("\"costs.adviserHourNok\": 5000"),
                "the run had the other unit costs");
    }

    @Test
    void anotherSeedGivesOtherTables() throws IOException {
        SingleRun.execute(baseline, tmp.resolve("a"));
        SingleRun.execute(baseline.withSeed(baseline.seed() + 1), tmp.resolve("b"));
        assertFalse(Files.readString(tmp.resolve("a").resolve(RunTables.EVENTS))
                .equals(Files.readString(tmp.resolve("b").resolve(RunTables.EVENTS))));
    }

    @Test
    void theManifestRecordsSeedsParametersAndCodeVersion() throws IOException {
        SingleRun.execute(baseline, tmp.resolve("a"));
        String manifest = Files.readString(tmp.resolve("a").resolve(Manifest.FILE));
        assertTrue(manifest.contains("\"seed\": " + baseline.seed()), manifest);
        assertTrue(manifest.contains("\"seed\": " + SingleRun.spec(baseline).seed()), "run seed recorded");
        assertTrue(manifest.contains("\"sha256\": \"" + baseline.sha256() + "\""), "scenario checksum recorded");
        assertTrue(manifest.contains("\"placement.plannedWeeks\": 12"), "resolved parameters recorded");
        assertTrue(manifest.contains("\"code_sha256\""), "code version recorded");
        assertTrue(manifest.contains("\"status\": \"done\""), "run status recorded");
        String runs = Files.readString(tmp.resolve("a").resolve(RunTables.RUNS));
        assertTrue(runs.lines().skip(1).allMatch(l -> l.startsWith("0,baseline,0,0," + SingleRun.spec(baseline).seed() + ",")),
                "every row carries its run key and seed");
    }

    /** Replicate seeds differ, and a variant that changes only mentor parameters keeps the users. */
    @Test
    void variantsShareArrivalsAndUserTraitsThroughCommonRandomNumbers() {
        assertNotEquals(Seeds.forReplicate(1, 0), Seeds.forReplicate(1, 1));
        long seed = Seeds.forReplicate(1, 0);
        List<Transition> referralsA = new ArrayList<>();
        List<Transition> referralsB = new ArrayList<>();
        InclusionModel a = run(seed, baseline.parameters(), referralsA);
        InclusionModel b = run(seed, baseline.parameters().with("mentors.superMentorShare", 0.7)
                .with("training.level", "extended"), referralsB);
        assertEquals(referralsA, referralsB, "same referrals, week by week");
        assertEquals(a.views().users().size(), b.views().users().size());
        for (int i = 0; i < a.views().users().size(); i++) {
            User ua = a.views().users().get(i);
            User ub = b.views().users().get(i);
            assertEquals(ua.referralWeek(), ub.referralWeek());
            assertEquals(ua.supportNeed(), ub.supportNeed(), "same traits for user " + i);
        }
        assertNotEquals(a.views().totalTally().burnouts(), b.views().totalTally().burnouts(), "the variant does change mentor outcomes");
    }

    private static InclusionModel run(long seed, org.inclusim.model.parameters.Parameters p, List<Transition> referrals) {
        InclusionModel model = new InclusionModel(seed, p);
        model.setTransitionListener(t -> {
            if (t.cause() == Cause.REFERRAL) {
                referrals.add(t);
            }
        });
        model.start();
        for (int w = 0; w < 260; w++) {
            model.schedule.step(model);
        }
        assertTrue(model.views().stageCount(Stage.EMPLOYED) > 0, "the run produced jobs");
        return model;
    }
}
