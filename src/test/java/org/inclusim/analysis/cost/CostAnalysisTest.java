package org.inclusim.analysis.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inclusim.analysis.BatchData;
import org.inclusim.io.CsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Costs of a small batch written by hand: two variants, three replicates, spending in weeks 0
 * and 52 only, adviser hours at 100 NOK and mentor hours at 50 NOK (60 NOK in the variant, by a
 * design column in runs.csv), 4 % discounting. Every expected number is worked out in the comments.
 */
class CostAnalysisTest {
    @TempDir
    Path tmp;

    private static final double T_2 = 4.302652729911275; // t quantile 0.975, 2 degrees of freedom

    private Path batch() throws IOException {
        Path dir = tmp.resolve("b");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("manifest.json"), """
                {"scenario": {"name": "hand", "horizon_weeks": 60},
                 "parameters": {"costs.adviserHourNok": 100, "costs.mentorHourNok": 50, "costs.discountRatePercent": 4,
                                "costs.priceYear": 2025},
                 "variants": [{"name": "base", "baseline": true, "overrides": {}},
                              {"name": "more", "baseline": false, "overrides": {}}]}
                """);
        // employed at the horizon: base 5, 6, 7; more 7, 7, 9 (differences 2, 1, 2)
        // sustained jobs: base 3, 3, 3; more 4, 2, 3 (differences 1, -1, 0: may be zero)
        Files.writeString(dir.resolve("runs.csv"), """
                run_id,variant,point,replicate,seed,costs_mentor_hour_nok,horizon_weeks,retention_52w,employed_at_horizon,sustained_jobs
                0,base,0,0,11,50,60,0.5,5,3
                1,base,0,1,12,50,60,0.5,6,3
                2,base,0,2,13,50,60,0.5,7,3
                3,more,0,0,11,60,60,0.5,7,4
                4,more,0,1,12,60,60,0.5,7,2
                5,more,0,2,13,60,60,0.5,9,3
                """);
        // base, every replicate: week 0 adviser 10 h, mentor 2 h; week 52 adviser 10 h
        // more: week 0 adviser 20, 18, 22 h (10, 8, 12 more), mentor 2 h; week 52 adviser 10 h
        StringBuilder weekly = new StringBuilder("run_id,variant,point,replicate,seed,week,adviser_hours,mentor_hours\n");
        int[] moreWeek0 = {20, 18, 22};
        for (int r = 0; r < 3; r++) {
            weekly.append(r).append(",base,0,").append(r).append(",1,0,10,2\n");
            weekly.append(r).append(",base,0,").append(r).append(",1,52,10,0\n");
        }
        for (int r = 0; r < 3; r++) {
            weekly.append(3 + r).append(",more,0,").append(r).append(",1,0,").append(moreWeek0[r]).append(",2\n");
            weekly.append(3 + r).append(",more,0,").append(r).append(",1,52,10,0\n");
        }
        Files.writeString(dir.resolve("weekly.csv"), weekly);
        Files.writeString(dir.resolve("events.csv"), "run_id,variant,point,replicate,seed,week,user_id,from,to\n");
        return dir;
    }

    @Test
    void itemsAreQuantitiesTimesUnitCostsDiscountedByWeek() throws IOException {
        CostAnalysis costs = CostAnalysis.of(BatchData.load(batch()));
        assertEquals(List.of("adviser_time", "mentor_subsidy"), costs.items().stream().map(CostItem::key).toList(),
                "only items whose quantity column the batch has");
        // base adviser time: (10 + 10) h x 100 = 2000 NOK; present value 1000 + 1000 / 1.04
        CostAnalysis.ItemRow adviser = costs.item("base", "0", "adviser_time");
        assertEquals(2000, adviser.nominal().mean(), 1e-9);
        assertEquals(1000 + 1000 / 1.04, adviser.presentValue().mean(), 1e-9);
        assertEquals(20, adviser.quantityMean(), 1e-12);
        // mentor subsidy: 2 h x 50 = 100 NOK in week 0 (base); 2 h x 60 = 120 NOK (more, from runs.csv)
        assertEquals(100, costs.item("base", "0", "mentor_subsidy").nominal().mean(), 1e-9);
        assertEquals(120, costs.item("more", "0", "mentor_subsidy").nominal().mean(), 1e-9);
        assertEquals(60, costs.item("more", "0", "mentor_subsidy").unitCostNok(), 1e-12);
        // base total: 2100 NOK, present value 1100 + 1000 / 1.04
        CostAnalysis.ItemRow total = costs.item("base", "0", "total");
        assertEquals(2100, total.nominal().mean(), 1e-9);
        assertEquals(1100 + 1000 / 1.04, total.presentValue().mean(), 1e-9);
        assertEquals(0, total.presentValue().sd(), 1e-9, "the same spending in every base replicate");
        // by year: year 1 (weeks 0-51) 1000 + 100, year 2 1000
        double[][] byYear = costs.byYear("base", "0");
        assertEquals(1000, byYear[0][0], 1e-9);
        assertEquals(1000, byYear[0][1], 1e-9);
        assertEquals(100, byYear[1][0], 1e-9);
    }

    @Test
    void theCostPerExtraPersonInWorkIsFiellersRatioOfPairedMeans() throws IOException {
        CostAnalysis costs = CostAnalysis.of(BatchData.load(batch()));
        // paired spending differences (all in week 0, so undiscounted): 1000 + 20, 800 + 20, 1200 + 20
        var spending = costs.spendingEffects().get(0);
        assertEquals(1020, spending.difference(), 1e-9);
        IncrementalRatio work = ratio(costs, "employed_at_horizon");
        // a = 1020, b = 5/3: ratio 612 NOK per extra person in work
        assertEquals(612, work.ratio(), 1e-9);
        assertEquals(1020, work.costDifference(), 1e-9);
        assertEquals(5.0 / 3, work.effectDifference(), 1e-12);
        // effect interval 5/3 +- t sqrt(Vbb), Vbb = (1/3) / 3 = 1/9
        assertEquals(5.0 / 3 - T_2 / 3, work.effectLow(), 1e-9);
        // Fieller: Vaa = 40000 / 3, Vab = 100 / 3, Vbb = 1 / 9; the bounds solve (a - r b)^2 = t^2 (Vaa - 2 r Vab + r^2 Vbb)
        double a = 1020;
        double b = 5.0 / 3;
        double q = b * b - T_2 * T_2 / 9;
        double p = a * b - T_2 * T_2 * 100 / 3;
        double c = a * a - T_2 * T_2 * 40000 / 3;
        assertEquals((p - Math.sqrt(p * p - q * c)) / q, work.low(), 1e-6);
        assertEquals((p + Math.sqrt(p * p - q * c)) / q, work.high(), 1e-6);
        assertTrue(work.low() < 612 && 612 < work.high());
        for (double r : new double[] {work.low(), work.high()}) {
            double lhs = (a - r * b) * (a - r * b);
            double rhs = T_2 * T_2 * (40000.0 / 3 - 2 * r * 100 / 3 + r * r / 9);
            assertEquals(lhs, rhs, 1e-6 * rhs, "a Fieller bound solves the defining equation");
        }
    }

    @Test
    void aRatioWhoseEffectMayBeZeroIsUndefined() throws IOException {
        Path dir = batch();
        CostAnalysis costs = CostAnalysis.of(BatchData.load(dir));
        IncrementalRatio jobs = ratio(costs, "sustained_jobs");
        // sustained-job differences 1, -1, 0: mean 0, its interval includes zero
        assertFalse(jobs.defined());
        assertTrue(Double.isNaN(jobs.ratio()) && Double.isNaN(jobs.low()) && Double.isNaN(jobs.high()));
        assertTrue(jobs.effectLow() < 0 && jobs.effectHigh() > 0);
        costs.writeCsv(dir.resolve("analysis"));
        CsvReader.Table table = CsvReader.read(dir.resolve("analysis/cost_effectiveness.csv"));
        List<String> row = table.rows().stream().filter(r -> r.get(table.column("effect")).equals("sustained_jobs")).findFirst()
                .orElseThrow();
        assertEquals("", row.get(table.column("nok_per_extra")), "undefined is an empty cell, not a number");
    }

    @Test
    void withoutDiscountingPresentValueEqualsSpending() throws IOException {
        Path dir = batch();
        Files.writeString(dir.resolve("manifest.json"), Files.readString(dir.resolve("manifest.json"))
                .replace("\"costs.discountRatePercent\": 4", "\"costs.discountRatePercent\": 0"));
        CostAnalysis.ItemRow total = CostAnalysis.of(BatchData.load(dir)).item("base", "0", "total");
        assertEquals(total.nominal().mean(), total.presentValue().mean(), 1e-9);
    }

    /**
     * One variant, two replicates, one item: disability benefit at 52 000 NOK x 2 G / 52 = 2000 NOK
     * a full week. Both replicates: week 0 three users on the benefit, one of them working beside
     * it; week 52 four on it, two working. {@code share} is the manifest's value of the graded
     * share (null: none), {@code workColumn} whether weekly.csv has {@code disability_with_work}.
     */
    private Path disabilityBatch(String name, String share, boolean workColumn) throws IOException {
        String manifest = """
                {"scenario": {"name": "hand", "horizon_weeks": 60},
                 "parameters": {"costs.basicAmountNok": 52000, "costs.disabilityBenefitMinimumG": 2,
                                "costs.discountRatePercent": 4, "costs.priceYear": 2025%s},
                 "variants": [{"name": "base", "baseline": true, "overrides": {}}]}
                """.formatted(share == null ? "" : ", \"costs.disabilityBenefitShareWhenWorking\": " + share);
        String runs = """
                run_id,variant,point,replicate,seed,horizon_weeks,retention_52w,employed_at_horizon,sustained_jobs
                0,base,0,0,11,60,0.5,5,3
                1,base,0,1,12,60,0.5,6,3
                """;
        StringBuilder weekly = new StringBuilder("run_id,variant,point,replicate,seed,week,disability_benefit"
                + (workColumn ? ",disability_with_work" : "") + "\n");
        for (int r = 0; r < 2; r++) {
            weekly.append(r).append(",base,0,").append(r).append(",1,0,3").append(workColumn ? ",1" : "").append('\n');
            weekly.append(r).append(",base,0,").append(r).append(",1,52,4").append(workColumn ? ",2" : "").append('\n');
        }
        return write(name, manifest, runs, weekly);
    }

    /** A batch folder {@code name} with these manifest.json, runs.csv and weekly.csv, and no events. */
    private Path write(String name, String manifest, String runs, CharSequence weekly) throws IOException {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("manifest.json"), manifest);
        Files.writeString(dir.resolve("runs.csv"), runs);
        Files.writeString(dir.resolve("weekly.csv"), weekly);
        Files.writeString(dir.resolve("events.csv"), "run_id,variant,point,replicate,seed,week,user_id,from,to\n");
        return dir;
    }

    /** Fails on the old rule, which paid the 3 working user-weeks in full (14 000 NOK). */
    @Test
    void weeksWithWorkBesideDisabilityBenefitArePaidTheGradedShare() throws IOException {
        CostAnalysis costs = CostAnalysis.of(BatchData.load(disabilityBatch("graded", "0.5", true)));
        CostAnalysis.ItemRow benefit = costs.item("base", "0", "disability_benefit");
        // week 0: (3 - 0.5 x 1) x 2000 = 5000; week 52: (4 - 0.5 x 2) x 2000 = 6000
        assertEquals(11000, benefit.nominal().mean(), 1e-9);
        assertEquals(5000 + 6000 / 1.04, benefit.presentValue().mean(), 1e-9);
        assertEquals(7, benefit.quantityMean(), 1e-12, "the quantity stays the user-weeks on the benefit");
        assertEquals(2000, benefit.unitCostNok(), 1e-9, "the unit cost stays the full benefit");
        assertEquals(List.of(), costs.paidInFull());
        // share 0: only the weeks without work are paid, (2 + 2) x 2000
        CostAnalysis none = CostAnalysis.of(BatchData.load(disabilityBatch("zero", "0", true)));
        assertEquals(8000, none.item("base", "0", "disability_benefit").nominal().mean(), 1e-9);
    }

    /** Share 1 writes the cost tables of a batch without the column, byte for byte. */
    @Test
    void theNeutralShareGivesTheFullBenefitTablesExactly() throws IOException {
        Path graded = disabilityBatch("one", "1", true);
        Path full = disabilityBatch("full", "1", false);
        CostAnalysis one = CostAnalysis.of(BatchData.load(graded));
        assertEquals(14000, one.item("base", "0", "disability_benefit").nominal().mean(), 1e-9);
        one.writeCsv(graded.resolve("analysis"));
        CostAnalysis.of(BatchData.load(full)).writeCsv(full.resolve("analysis"));
        for (String csv : List.of("costs.csv", "costs_by_year.csv", "run_costs.csv", "cost_effects.csv", "cost_effectiveness.csv")) {
            assertEquals(Files.readString(full.resolve("analysis").resolve(csv)), Files.readString(graded.resolve("analysis").resolve(csv)),
                    csv);
        }
    }

    /** Without the column or without a value of the share (older batches) every week is paid in full, and said so. */
    @Test
    void anOlderBatchPaysTheFullBenefitAndSaysSo() throws IOException {
        for (CostAnalysis costs : List.of(CostAnalysis.of(BatchData.load(disabilityBatch("nocolumn", "0.5", false))),
                CostAnalysis.of(BatchData.load(disabilityBatch("noshare", null, true))))) {
            assertEquals(14000, costs.item("base", "0", "disability_benefit").nominal().mean(), 1e-9);
            assertEquals(List.of("disability_benefit"), costs.paidInFull().stream().map(CostItem::key).toList());
        }
    }

    /** How the hand-made wage-subsidy batch was made. */
    private enum Made {
        /** By the present code: weekly.csv has subsidised hours; the manifest has no week price and no shares. */
        WITH_HOURS,
        /**
         * By the code before subsidised hours (804e1f4): weekly.csv has subsidised weeks only; the
         * manifest holds the week price and the shares of the wage cost, with the variants'
         * overrides as strings, as that code wrote them.
         */
        OLDER,
        /** As OLDER, but its manifest lacks the shares (a hand-made one). */
        OLDER_WITHOUT_SHARES
    }

    /**
     * One replicate per variant, wage subsidy only, rates 0.6 and 0.5 in the manifest; variant
     * "low" sets the rates to 0.3 and 0.2, variant "share" (older batches) the first-period
     * share of the wage cost to 0.4; 300 NOK per job-hour. With hours, week 0 has two jobs of 15
     * and 32 hours in the first period (47 hours), week 52 one 15-hour job in the later period;
     * else only the older week counts (2 and 1) are there, with the older unit cost of 6740 NOK a
     * week (and, OLDER, the shares 0.6 and 0.5) in the manifest.
     */
    private Path subsidyBatch(String name, Made made) throws IOException {
        boolean hours = made == Made.WITH_HOURS;
        String older = hours ? "" : "\"costs.wageCostWeekNok\": 6740, "
                + (made == Made.OLDER ? "\"costs.wageSubsidyFirstYearShare\": 0.6, \"costs.wageSubsidyLaterShare\": 0.5, " : "");
        String manifest = """
                {"scenario": {"name": "hand", "horizon_weeks": 60},
                 "parameters": {"costs.wageCostHourNok": 300, %s"subsidy.firstRate": 0.6,
                                "subsidy.secondRate": 0.5, "costs.discountRatePercent": 4, "costs.priceYear": 2025},
                 "variants": [{"name": "base", "baseline": true, "overrides": {}},
                              {"name": "low", "baseline": false, "overrides": {"subsidy.firstRate": "0.3", "subsidy.secondRate": "0.2"}},
                              {"name": "share", "baseline": false, "overrides": {"costs.wageSubsidyFirstYearShare": "0.4"}}]}
                """.formatted(older);
        List<String> variants = List.of("base", "low", "share");
        StringBuilder runs = new StringBuilder("run_id,variant,point,replicate,seed,horizon_weeks,retention_52w,employed_at_horizon,sustained_jobs\n");
        StringBuilder weekly = new StringBuilder("run_id,variant,point,replicate,seed,week,wage_subsidy_weeks_first_year,"
                + "wage_subsidy_weeks_later" + (hours ? ",wage_subsidy_hours_first_year,wage_subsidy_hours_later" : "") + "\n");
        for (int run = 0; run < variants.size(); run++) {
            String variant = variants.get(run);
            runs.append(run).append(',').append(variant).append(",0,0,11,60,0.5,5,3\n");
            weekly.append(run).append(',').append(variant).append(",0,0,11,0,2,0").append(hours ? ",47,0" : "").append('\n');
            weekly.append(run).append(',').append(variant).append(",0,0,11,52,0,1").append(hours ? ",0,15" : "").append('\n');
        }
        return write(name, manifest, runs.toString(), weekly);
    }

    /**
     * Rule SubsidyByHours: subsidised hours x 300 NOK x the run's subsidy rate. Fails on the code
     * that priced every week at one 60 % position and the costs.* shares (no hours, the variant's
     * lower rate ignored).
     */
    @Test
    void wageSubsidiesArePricedByTheJobsHoursAtTheRunsSubsidyRates() throws IOException {
        CostAnalysis costs = CostAnalysis.of(BatchData.load(subsidyBatch("hours", Made.WITH_HOURS)));
        // first period: 47 h x 300 x 0.6 = 8460 (variant low: x 0.3 = 4230); later: 15 h x 300 x 0.5 = 2250 (low: x 0.2 = 900)
        assertEquals(8460, costs.item("base", "0", "wage_subsidy_first_year").nominal().mean(), 1e-9);
        assertEquals(4230, costs.item("low", "0", "wage_subsidy_first_year").nominal().mean(), 1e-9);
        assertEquals(2250, costs.item("base", "0", "wage_subsidy_later").nominal().mean(), 1e-9);
        assertEquals(900 / 1.04, costs.item("low", "0", "wage_subsidy_later").presentValue().mean(), 1e-9);
        assertEquals(47, costs.item("base", "0", "wage_subsidy_first_year").quantityMean(), 1e-12, "the quantity is hours");
        assertEquals("wage_subsidy_hours_first_year", costs.item("base", "0", "wage_subsidy_first_year").quantityColumn());
        assertEquals(-4230 - 1350 / 1.04, costs.spendingEffects().get(0).difference(), 1e-9, "the lower rates are what the variant saves (present value)");
        assertEquals(8460, costs.item("share", "0", "wage_subsidy_first_year").nominal().mean(), 1e-9, "the old share prices nothing");
    }

    /**
     * Rule OlderQuantity: a batch with only subsidised weeks keeps the price it was reported
     * with, weeks x 6740 NOK x its manifest's share of the wage cost, whatever the variant sets:
     * variant "low" (lower subsidy rates) costs what the baseline costs, variant "share" is
     * priced at its share. Fails on the code that priced these weeks at the subsidy rates
     * (variant low 2 x 6740 x 0.3, variant share at 0.6).
     */
    @Test
    void anOlderBatchKeepsThePriceItWasReportedWith() throws IOException {
        CostAnalysis costs = CostAnalysis.of(BatchData.load(subsidyBatch("weeks", Made.OLDER)));
        assertVariantLowPaysForItsWeeks(costs, 0.6, 0.5);
        assertEquals(2 * 6740 * 0.4, costs.item("share", "0", "wage_subsidy_first_year").nominal().mean(), 1e-9);
        assertEquals("wage_subsidy_weeks_later", costs.item("base", "0", "wage_subsidy_later").quantityColumn());
        assertEquals(List.of("costs.wageCostWeekNok", "costs.wageSubsidyFirstYearShare"),
                costs.unitCostsOf(CostItems.ALL.stream().filter(i -> i.key().equals("wage_subsidy_first_year")).findFirst().orElseThrow()));
    }

    /** Rule OlderQuantity's fallback: an older manifest without the shares prices its weeks at its subsidy rates. */
    @Test
    void anOlderBatchWithoutTheSharesIsPricedAtItsSubsidyRates() throws IOException {
        assertVariantLowPaysForItsWeeks(CostAnalysis.of(BatchData.load(subsidyBatch("noshares", Made.OLDER_WITHOUT_SHARES))), 0.3, 0.2);
    }

    /**
     * The older hand-made batch's baseline pays 2 first-period weeks x 6740 NOK x 0.6; variant
     * "low" its 2 first-period and 1 later week at 6740 NOK x the given shares of the wage cost.
     */
    private static void assertVariantLowPaysForItsWeeks(CostAnalysis costs, double firstShare, double laterShare) {
        assertEquals(2 * 6740 * 0.6, costs.item("base", "0", "wage_subsidy_first_year").nominal().mean(), 1e-9);
        assertEquals(2 * 6740 * firstShare, costs.item("low", "0", "wage_subsidy_first_year").nominal().mean(), 1e-9);
        assertEquals(6740 * laterShare, costs.item("low", "0", "wage_subsidy_later").nominal().mean(), 1e-9);
    }

    private static IncrementalRatio ratio(CostAnalysis costs, String effect) {
        return costs.ratios().stream().filter(r -> r.effect().equals(effect)).findFirst().orElseThrow().ratio();
    }
}
