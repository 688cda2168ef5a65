package org.inclusim.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inclusim.experiment.BatchOptions;
import org.inclusim.experiment.BatchRunner;
import org.inclusim.experiment.EventsMode;
import org.inclusim.experiment.Progress;
import org.inclusim.experiment.Shard;
import org.inclusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis of a real batch takes the replicate as the unit and reads destinations from events.csv. */
class ReplicateInferenceTest {
    static final Progress QUIET = new Progress(new PrintStream(new ByteArrayOutputStream()), Progress.Mode.QUIET);

    @TempDir
    static Path tmp;
    static Path batch;
    static Analysis analysis;

    @BeforeAll
    static void runBatch() {
        batch = tmp.resolve("network");
        new BatchRunner().run(new ScenarioLoader().load(Path.of("scenarios/mentor-network.yaml")),
                new BatchOptions(2, 6, EventsMode.ALL, Shard.ALL), batch, QUIET);
        analysis = Analysis.of(BatchData.load(batch));
    }

    @Test
    void perRunSurvivalSummariesArePairedAndHolmAdjustedLikeEveryOutcome() {
        List<String> causes = analysis.causes();
        assertEquals("employed", causes.get(0), "the job first, then the destinations");
        assertTrue(causes.contains("disability_benefit"), causes.toString());
        List<String> expected = new ArrayList<>(List.of("job_survival_26w", "job_survival_52w", "job_survival_104w", "job_rmst_104w"));
        for (String cause : causes) {
            for (int w : List.of(26, 52, 104)) {
                expected.add("cif_" + cause + "_" + w + "w");
            }
        }
        assertEquals(expected, analysis.survivalOutcomes());
        for (String outcome : expected) {
            Analysis.EffectRow monthly = analysis.effect("monthly", "0", outcome);
            Analysis.EffectRow fortnightly = analysis.effect("fortnightly", "0", outcome);
            assertEquals(6, monthly.pairs(), outcome);
            double[] holm = Estimates.holm(new double[] {monthly.wilcoxonP(), fortnightly.wilcoxonP()});
            assertArrayEquals(holm, new double[] {monthly.holmP(), fortnightly.holmP()}, 1e-15, outcome);
            Map<Integer, Double> base = analysis.values("baseline", "0", outcome);
            Map<Integer, Double> other = analysis.values("monthly", "0", outcome);
            double[] d = base.keySet().stream().mapToDouble(r -> other.get(r) - base.get(r)).toArray();
            assertEquals(Estimates.summarize(d).mean(), monthly.difference(), 1e-12, "differences replicate by replicate: " + outcome);
        }
        double rmst = analysis.summary("baseline", "0", RunSurvival.RMST).mean();
        assertTrue(rmst > 20 && rmst < RunSurvival.RESTRICTED_WEEKS, "mean weeks within the first two years: " + rmst);
    }

    @Test
    void theLogRankTestIsClusteredByReplicate() {
        assertTrue(Double.isNaN(analysis.jobRetention().get("baseline").test().p()), "nothing to compare the baseline with");
        ClusteredLogRank.Result monthly = analysis.jobRetention().get("monthly").test();
        assertEquals(6, monthly.clusters(), "one cluster per replicate, holding both variants' spells");
        assertTrue(monthly.p() > 0 && monthly.p() <= 1);
    }

    @Test
    void burnoutIntervalsComeFromTheReplicates() {
        for (String variant : analysis.data().variants()) {
            BurnoutRate r = analysis.burnout(variant, "0").per100MentorYears();
            assertEquals(BurnoutRate.Interval.QUASI_POISSON, r.interval());
            assertEquals(6, r.runs());
            if (r.dispersion() > 1) {
                assertTrue(r.high() - r.low() > r.poisson().high() - r.poisson().low(), "wider than Poisson: " + r);
            }
        }
    }

    /** A plain t interval of a share near 0 reaches below 0 (423 of 4,680 share rows in one batch of issue 20). */
    @Test
    void weeklyShareBandsStayInsideZeroToOne() {
        int clipped = 0;
        for (Map<String, Analysis.Band> bands : analysis.weeklyBands().values()) {
            for (var e : bands.entrySet()) {
                Analysis.Band b = e.getValue();
                for (int w = 0; w < b.mean().length; w++) {
                    assertTrue(b.low()[w] >= 0 && b.low()[w] <= b.mean()[w] + 1e-12, e.getKey() + " week " + w);
                    if (e.getKey().startsWith("share_")) {
                        assertTrue(b.high()[w] <= 1, e.getKey() + " week " + w);
                    }
                    clipped += b.low()[w] == 0 && b.mean()[w] > 0 ? 1 : 0;
                }
            }
        }
        assertTrue(clipped > 0, "some bands reach the floor, so the clipping is exercised");
    }

    /**
     * The summary interval of a share stays inside [0, 1] (a plain t interval of a share near 0,
     * such as a destination's share or an incidence at 26 weeks over six replicates, reaches
     * below it), while counts keep their plain t interval and paired differences are never
     * clipped.
     */
    @Test
    void summaryIntervalsOfSharesStayInsideZeroToOneAndNothingElseIsClipped() {
        int clipped = 0;
        int countsBelowZero = 0;
        for (String variant : analysis.data().variants()) {
            for (String outcome : analysis.outcomes()) {
                Estimates.Summary s = analysis.summary(variant, "0", outcome);
                double[] values = analysis.values(variant, "0", outcome).values().stream().mapToDouble(Double::doubleValue).toArray();
                Estimates.Summary plain = Estimates.summarize(values);
                if (Double.isNaN(plain.low())) {
                    continue;
                }
                if (ShareOutcomes.isShare(outcome)) {
                    assertTrue(s.low() >= 0 && s.high() <= 1, variant + " " + outcome + ": " + s);
                    assertEquals(Math.max(0, plain.low()), s.low(), 0, outcome);
                    assertEquals(Math.min(1, plain.high()), s.high(), 0, outcome);
                    clipped += plain.low() < 0 || plain.high() > 1 ? 1 : 0;
                } else {
                    assertEquals(plain, s, variant + " " + outcome + " is not a share: its plain t interval");
                    countsBelowZero += plain.low() < 0 ? 1 : 0;
                }
            }
        }
        assertTrue(clipped > 0, "some shares' plain intervals leave [0, 1], so the clipping is exercised");
        assertTrue(countsBelowZero > 0, "some counts' intervals reach below 0 and are left so");
        assertTrue(analysis.effects().stream().anyMatch(e -> ShareOutcomes.isShare(e.outcome()) && e.low() < 0),
                "differences of shares are not clipped");
    }

    /**
     * Destinations are read from events.csv. Renaming some exits to disability benefit to a stage
     * outside {@code Trajectories.STAGES} (the first model's {@code exited}) makes it a cause of its
     * own: it splits that destination's incidence without changing the job incidence, gets its
     * per-run outcomes, and the report still renders.
     */
    @Test
    void aNewDestinationStageNeedsNoCodeChange() throws IOException {
        Path copy = tmp.resolve("education");
        Files.createDirectories(copy);
        for (String table : List.of("runs.csv", "weekly.csv", "events.csv", "mentors.csv", "manifest.json")) {
            Files.copy(batch.resolve(table), copy.resolve(table));
        }
        Path events = copy.resolve("events.csv");
        List<String> lines = new ArrayList<>();
        int user = Files.readAllLines(events).get(0).split(",").length;
        for (String line : Files.readAllLines(events)) {
            String[] f = line.split(",", -1);
            boolean even = f.length == user && f[6].matches("\\d+") && Integer.parseInt(f[6]) % 2 == 0;
            if (even && f[8].equals("disability_benefit")) {
                f[8] = "exited";
            }
            lines.add(String.join(",", f));
        }
        Files.write(events, lines);
        Analysis split = Analysis.of(BatchData.load(copy));
        List<String> splitCauses = new ArrayList<>(analysis.causes());
        splitCauses.add("exited");
        assertEquals(splitCauses, split.causes());
        assertTrue(split.outcomes().contains("cif_exited_52w"));
        assertTrue(split.trajectories().stages().contains("exited"), "a state distribution column of its own");
        int k = analysis.causes().indexOf("disability_benefit");
        int n = split.causes().indexOf("exited");
        AalenJohansen before = analysis.incidence().get("baseline").estimate();
        AalenJohansen after = split.incidence().get("baseline").estimate();
        for (int t = 0; t <= 260; t += 13) {
            assertEquals(before.incidenceAt(0, t), after.incidenceAt(0, t), 1e-12, "job incidence unchanged at " + t);
            assertEquals(before.incidenceAt(k, t), after.incidenceAt(k, t) + after.incidenceAt(n, t), 1e-12, "exits split at " + t);
        }
        assertTrue(after.incidenceAt(n, 104) > 0, "some users left to the renamed destination");
        Path html = org.inclusim.report.Report.write(copy, org.inclusim.report.ReportOptions.defaults()
                .withLanguage(org.inclusim.presentation.Language.EN));
        assertTrue(Files.readString(html).contains("the share who left the measure first within 52 weeks of referral"),
                "the new destination has its own rows in the report");
    }

    @Test
    void withoutTrajectoriesTheSurvivalOutcomesAreLeftOut() {
        Path none = tmp.resolve("none");
        new BatchRunner().run(new ScenarioLoader().load(Path.of("scenarios/mentor-network.yaml")),
                new BatchOptions(2, 2, EventsMode.NONE, Shard.ALL), none, QUIET);
        Analysis a = Analysis.of(BatchData.load(none));
        assertFalse(a.hasTrajectories());
        assertTrue(a.survivalOutcomes().isEmpty());
        assertTrue(a.effects().stream().noneMatch(e -> e.outcome().startsWith("cif_")));
    }
}
