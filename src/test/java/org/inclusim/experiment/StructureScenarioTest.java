package org.inclusim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusim.io.CsvFormat;
import org.inclusim.io.CsvReader;
import org.inclusim.model.Cause;
import org.inclusim.model.Stage;
import org.inclusim.model.Route;
import org.inclusim.model.Transition;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.observe.RunOutcomes;
import org.inclusim.observe.WeeklyRow;
import org.inclusim.scenario.Scenario;
import org.inclusim.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * scenarios/structure.yaml does what its description says: each variant, run on the same seeds
 * as the baseline (the batch's plan, {@link #REPLICATIONS} replications; more for the small effects of
 * placements only, the cliffs at two years and tight hours), moves its outcomes in
 * the stated direction by the paired criterion of {@link PairedRuns}, and the neutral settings
 * together give the first model's structure: byte-identical runs when leaving the measure is
 * switched off on both sides (the mentor side's neutral settings included), the same structure
 * with one permanent exit otherwise.
 */
class StructureScenarioTest {
    static final int REPLICATIONS = 60;
    static final int HOURS_REPLICATIONS = 160;
    static final int CLIFF_REPLICATIONS = 320;
    /**
     * Tight hours on the shipped fit: standard hires fall by about 1.6 % and close hires not at
     * all, a contrast of standardised effect about 0.18 at 160 pairs (t 2.33), for which 90 %
     * power at t >= 3 needs about 540 pairs.
     */
    static final int TIGHT_HOURS_REPLICATIONS = 640;
    private static final Map<String, List<PairedRuns.Run>> RUNS = new LinkedHashMap<>();

    @BeforeAll
    static void runThePlan() {
        RUNS.putAll(run(REPLICATIONS, null));
    }

    /** The runs of the scenario's plan with {@code replications} replications, of every variant or of {@code only}. */
    private static Map<String, List<PairedRuns.Run>> run(int replications, List<String> only) {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/structure.yaml"));
        Map<String, List<PairedRuns.Run>> runs = new LinkedHashMap<>();
        for (RunSpec spec : ExperimentPlan.of(s, replications).runs()) {
            if (only != null && !only.contains(spec.variant())) {
                continue;
            }
            runs.computeIfAbsent(spec.variant(), v -> new ArrayList<>()).add(PairedRuns.execute(spec));
        }
        return runs;
    }

    private static PairedRuns.Comparison against(String variant, String name, java.util.function.ToDoubleFunction<PairedRuns.Run> f) {
        return PairedRuns.againstBaseline(RUNS, variant, name, f);
    }

    /**
     * Without direct job openings, early hires within work training kept: work training replaces
     * only some of the direct hires (2.1 a run), so hires fall (-1.4 of 93, t -3.8 at 120 pairs;
     * -1.6, t -5.0 at the {@link #HOURS_REPLICATIONS} here). The wait for the first job hardly moves at the
     * office's size (+0.05 weeks, t 0.4 at 120); Model2Part1Test shows it on 800 pairs.
     */
    @Test
    void withoutDirectOpeningsWorkTrainingReplacesOnlySomeOfTheDirectHires() {
        Map<String, List<PairedRuns.Run>> runs = run(HOURS_REPLICATIONS, List.of("baseline", "placement_only"));
        assertTrue(runs.get("placement_only").stream().allMatch(r -> r.outcomes().hiresDirect() == 0 && r.outcomes().hiresEarly() > 0),
                "no direct hires, early hires kept");
        var hires = PairedRuns.compare("hires (placement_only against baseline)", runs.get("baseline"), runs.get("placement_only"),
                r -> r.outcomes().hires());
        assertTrue(hires.lowerInB(), hires.toString());
    }

    /** Hired only at the planned end of work training: a longer wait for the first job and fewer ever employed. */
    @Test
    void withoutEarlyHiresTheFirstJobComesLaterAndToFewer() {
        assertTrue(RUNS.get("no_early_hires").stream().allMatch(r -> r.outcomes().hiresEarly() == 0));
        assertTrue(RUNS.get("no_early_hires").stream().mapToInt(r -> r.outcomes().hiresDirect()).sum() > 0, "direct hires kept");
        var wait = against("no_early_hires", "weeks to first job", r -> r.outcomes().meanWeeksToFirstJob());
        var ever = against("no_early_hires", "ever employed", r -> r.outcomes().everEmployedShare());
        assertTrue(wait.higherInB(), wait.toString());
        assertTrue(ever.lowerInB(), ever.toString());
    }

    /**
     * The cliffs give full mentor and adviser support until they fall (26 and 52 weeks), where the
     * baseline tapers from the first week: more first jobs are kept for a year, and on the shipped
     * fit for two years too (+5.2 points, 0.182 to 0.234, t 20.7 at {@link #CLIFF_REPLICATIONS}
     * pairs). Quitting falls with tenure at 0.08 a week there, so it happens in a job's first
     * months, where the cliffs give more, and the baseline's lasting support after them has little
     * left to act on: the adviser's year of full close follow-along alone keeps +4.4 points
     * (t 18.9), the mentor's cliff alone changes nothing (+0.0 points, t 0.07; 320 pairs each,
     * scratch runs of 2026-12-03). Model2Part1Test checks that lasting mentor support keeps more
     * than the same taper stopped at 26 weeks (the early support equal).
     */
    @Test
    void cliffsKeepMoreFirstJobsForAYearAndForTwo() {
        Map<String, List<PairedRuns.Run>> runs = run(CLIFF_REPLICATIONS, List.of("baseline", "cliffs"));
        var year = PairedRuns.compare("52-week retention (cliffs against baseline)", runs.get("baseline"), runs.get("cliffs"),
                r -> r.outcomes().retention_52w());
        var twoYears = PairedRuns.compare("104-week retention (cliffs against baseline)", runs.get("baseline"), runs.get("cliffs"),
                r -> r.outcomes().retention_104w());
        System.out.println("StructureScenarioTest " + year + "; " + twoYears);
        assertTrue(year.higherInB(), year.toString());
        assertTrue(twoYears.higherInB(), twoYears.toString());
    }

    @Test
    void aCloseProgrammeOf52WeeksSpreadsCloseFollowUpOverMoreUsers() {
        assertTrue(RUNS.get("close_programme_52w").stream().allMatch(r -> r.outcomes().closeProgrammeEnds() > 0));
        var closeHires = against("close_programme_52w", "hires of close cases", r -> r.outcomes().hiresClose());
        var ever = against("close_programme_52w", "ever employed", r -> r.outcomes().everEmployedShare());
        assertTrue(closeHires.higherInB(), closeHires.toString());
        assertTrue(ever.higherInB(), ever.toString());
    }

    /**
     * {@link #TIGHT_HOURS_REPLICATIONS} replications. Close cases keep all their hours, so standard
     * follow-up thins first. On the shipped fit the effect is small: at 160 pairs standard hires
     * fell by 0.88 of 54.5 (-1.6 %, t -3.1) and close hires not at all (+0.04 of 59.4, t 0.17), so
     * the paired contrast that close hires fall by a smaller share than standard hires had t 2.33;
     * hence the larger number of pairs, chosen by power, not by outcome. Total hires fall too
     * (not a claim of the file: t 2.64 at its 120 pairs, a standardised effect of 0.24).
     */
    @Test
    void tightAdviserHoursThinStandardFollowUpFirst() {
        Map<String, List<PairedRuns.Run>> runs = run(TIGHT_HOURS_REPLICATIONS, List.of("baseline", "tight_hours"));
        var unmet = PairedRuns.compare("unmet adviser hours (tight_hours against baseline)", runs.get("baseline"), runs.get("tight_hours"),
                r -> r.outcomes().adviserHoursUnmet());
        var hires = PairedRuns.compare("hires (tight_hours against baseline)", runs.get("baseline"), runs.get("tight_hours"),
                r -> r.outcomes().hires());
        System.out.println("StructureScenarioTest " + hires);
        assertTrue(unmet.higherInB(), unmet.toString());
        assertTrue(hires.lowerInB(), hires.toString());
        Model2Part1Test.assertStandardThinsFirst(runs.get("baseline"), runs.get("tight_hours"), 1.0);
    }

    @Test
    void withoutATimeBudgetTheBaselineIsUnchangedBecauseItsHoursSuffice() {
        for (int r = 0; r < REPLICATIONS; r++) {
            assertEquals(RUNS.get("baseline").get(r).outcomes(), RUNS.get("no_time_budget").get(r).outcomes(), "replicate " + r);
        }
    }

    @Test
    void theNeutralSettingsTogetherGiveTheFirstModelsStructure() {
        for (PairedRuns.Run run : RUNS.get("first_model")) {
            RunOutcomes o = run.outcomes();
            assertEquals(0, o.hiresDirect() + o.hiresEarly() + o.jobChanges() + o.subsidisedHires() + o.closeProgrammeEnds());
            assertEquals(0.0, o.adviserHoursUnmet());
            assertEquals(0, o.strainStepBacks() + o.sickLeavesShort() + o.mentorsLeft(),
                    "the first model's mentor exits: burnout (a year's leave on average, or quitting) only");
            for (Transition t : run.events()) {
                if (t.cause() == Cause.HIRED) {
                    assertEquals(Route.PLACEMENT, t.route(), "jobs only through placements, hired at their planned end");
                }
            }
            for (WeeklyRow w : run.weeks()) {
                assertEquals(0.0, w.adviserHoursCoWorking() + w.adviserHoursEmployerContact(), "adviser hours as in the first model");
                assertEquals(0, w.mentorsSteppedBack(), "no mentor steps back in the first model");
            }
        }
        for (PairedRuns.Run run : RUNS.get("first_model")) {
            RunOutcomes o = run.outcomes();
            assertEquals(0, o.reReferrals() + o.adviserTurnovers(), "no returns, no adviser turnover");
            assertEquals(0.0, o.disabilityBenefitShareHorizon() + o.aapShareHorizon() + o.educationShareHorizon()
                    + o.workWithoutNavShareHorizon(), "one permanent exit: other");
            assertTrue(run.events().stream().filter(t -> t.cause() == Cause.LEFT_MEASURE).allMatch(t -> t.to() == Stage.OTHER));
        }
        // The first model's longer wait for the first job is not asserted: on the shipped fit its equally employable users
        // wait far less (26.1 against 39.9 weeks among the hired, t -19.0, a scratch run of 60 pairs; docs/validation.md).
        // no_early_hires waits longer (the test above).
    }

    /**
     * On the shipped fit the first model's structure keeps more users in work at the horizon and
     * more first jobs for two years. The fit's rates were fitted with unequal users (employability
     * spread 1.25, most users below the mean; ODD 7.3a);
     * the first model's equally employable users at the mean find and keep jobs far more often:
     * employed at the horizon +19.8 points (0.337 to 0.535, t 23.7 at 60 pairs), +2.0 (t 2.6) with
     * the fit's spread kept, -1.1 (t -1.5) with the spread and usual care's start-up time kept.
     * Two-year retention stays higher even then (+10.5 points, t 9.2): the adviser's year of full
     * close follow-along (StructureScenarioTest's cliffs) and no job changes keep first jobs.
     * (Scratch runs of 2026-12-03, the scenario's seeds, 60 pairs.)
     */
    @Test
    void theFirstModelsStructureKeepsMoreInWorkOnTheShippedFit() {
        var employed = against("first_model", "employed at the horizon", r -> r.outcomes().employmentShareHorizon());
        var twoYears = against("first_model", "104-week retention", r -> r.outcomes().retention_104w());
        System.out.println("StructureScenarioTest " + employed + "; " + twoYears);
        assertTrue(employed.higherInB(), employed.toString());
        assertTrue(twoYears.higherInB(), twoYears.toString());
    }

    /**
     * The reference's fitted values: the first model's calibration, which scenarios/baseline.yaml
     * extended at 3dd3e29. The shipped calibration has been refitted since (issue 16); the
     * structure is what this test compares, so the reference's values are restored here, the
     * support effect on quitting too (2, assumed then; fitted since, 1.76). The fitted values that
     * are structure (employability spread, usual care's start-up time, job development, where the
     * duration decline levels off) are the variant's own neutral settings.
     */
    static final Map<String, Double> FIRST_MODEL_FIT = Map.of(
            "search.closePlacementRatePerWeek", 0.10103082486509256,
            "search.standardPlacementRatePerWeek", 0.09579448214169796,
            "search.durationDeclinePerWeek", 0.01545722047270216,
            "advisers.standardSupport", 0.19234827473889507,
            "jobs.quitHazardPerWeek", 0.08359690420212552,
            "jobs.quitTenureDeclinePerWeek", 0.018183472521683224,
            "jobs.firedHazardPerWeek", 0.01694618879670368,
            "jobs.quitSupportEffect", 2.0);

    /**
     * With leaving the measure switched off on both sides, {@code first_model} gives the first
     * model's runs byte for byte, the mentor side's neutral settings included (the strain hazard
     * at its cliff slope, every sick leave of the first model's mean, drawn week by week, the first
     * model's follow-up cycle): the resource holds runs.csv of the first model (commit 3dd3e29,
     * {@code scenarios/baseline.yaml} with users.exitHazardPerWeek 0 and users.reentryShare 1, 40
     * replications, seed 20161001), and every one of its columns must come out the same here
     * (runs.csv has more columns now; they are not compared). With leaving on, the first model's
     * exit is drawn inside the seeking and re-entry draws while DestinationRule draws it from its
     * own stream, and for referred users too, so the runs then agree in structure
     * ({@link #theNeutralSettingsTogetherGiveTheFirstModelsStructure}),
     * not draw by draw.
     */
    @Test
    void withoutLeavingTheFirstModelVariantReproducesTheFirstModelsRunsExactly() throws IOException {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/structure.yaml"));
        Parameters p = s.parameters(s.variant("first_model").orElseThrow(), 0).with("destinations.otherPerWeek", 0.0);
        for (Map.Entry<String, Double> fitted : FIRST_MODEL_FIT.entrySet()) {
            p = p.with(fitted.getKey(), fitted.getValue());
        }
        List<List<String>> expected = new ArrayList<>();
        List<String> header;
        try (InputStream in = StructureScenarioTest.class.getResourceAsStream("first-model-no-leaving-runs.csv")) {
            CsvReader.rows(in, expected::add);
        }
        header = expected.remove(0);
        assertEquals(40, expected.size());
        List<PairedRuns.Run> runs = PairedRuns.runs(p, expected.size(), 260);
        for (int r = 0; r < expected.size(); r++) {
            List<Object> cells = runs.get(r).outcomes().cells();
            for (int c = header.indexOf("horizon_weeks"); c < header.size(); c++) {
                String column = header.get(c);
                assertEquals(expected.get(r).get(c), CsvFormat.cell(cells.get(RunOutcomes.COLUMNS.indexOf(column))),
                        "replicate " + r + ", " + column);
            }
        }
    }
}
