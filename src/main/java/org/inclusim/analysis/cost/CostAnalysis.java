package org.inclusim.analysis.cost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.inclusim.analysis.Analysis;
import org.inclusim.analysis.BatchData;
import org.inclusim.analysis.Estimates;
import org.inclusim.io.CsvReader;
import org.inclusim.io.CsvTableWriter;

/**
 * Public spending of a batch: every {@link CostItems declared item} per run, undiscounted and
 * as present value, from one streaming pass over weekly.csv; then per variant and design point
 * the mean and 95 % interval of each item, spending by year, the paired difference of total
 * spending against the comparison variant (the first), and the incremental cost per extra person
 * in work at the horizon and per extra sustained job ({@link IncrementalRatio}). An item's
 * {@link CostItem.Graded graded part} (disability-benefit weeks with work beside the benefit) is
 * paid its share of the unit cost; {@link #paidInFull()} names the items whose graded part a batch
 * cannot apply.
 *
 * <p>Unit costs come from the results alone: the scenario's resolved parameters in
 * manifest.json, a variant's overrides, and a design's per-run values in runs.csv.
 */
public final class CostAnalysis {
    /** Effects that spending is set against: runs.csv columns (counts of people or jobs). */
    public static final List<String> EFFECTS = List.of("employed_at_horizon", "sustained_jobs");
    /** The outcome name of total spending (present value) in cost_effects.csv. */
    public static final String SPENDING = "public_spending_nok";
    static final String TOTAL = "total";

    /** Per item (and the total last): mean and 95 % interval over replicates, undiscounted and present value. */
    public record ItemRow(String variant, String point, String item, String quantityColumn, double unitCostNok,
                          double quantityMean, Estimates.Summary nominal, Estimates.Summary presentValue) {
    }

    /** Incremental cost of a variant per extra unit of one effect. */
    public record RatioRow(String variant, String point, String effect, IncrementalRatio ratio) {
    }

    private final BatchData data;
    private final List<CostItem> items;
    private final List<String> quantityColumns;
    /** Per item, the parameter paths of its unit cost in this batch ({@link CostItem#unitCostsOf}). */
    private final List<List<String>> unitCostPaths;
    /** Per item, the weekly.csv column of its graded part, or null. */
    private final List<String> gradedColumns;
    private final Set<CostItem> paidInFull = new LinkedHashSet<>();
    private final double discountRate;
    private final int years;
    private final Map<String, RunCost> runs = new LinkedHashMap<>();
    private final List<ItemRow> itemRows = new ArrayList<>();
    private final List<Analysis.EffectRow> spendingEffects = new ArrayList<>();
    private final List<RatioRow> ratios = new ArrayList<>();
    private Map<String, List<RunCost>> index;

    /** One run's spending: per item, undiscounted by year and as present value. */
    private static final class RunCost {
        final String variant;
        final String point;
        final int replicate;
        final double[] unitCosts;
        /** Per item, the share of the unit cost paid for its graded part (1: in full). */
        final double[] gradedShare;
        final double[] quantity;
        final double[][] nominalByYear;
        final double[] presentValue;

        RunCost(String variant, String point, int replicate, double[] unitCosts, double[] gradedShare, int years) {
            this.variant = variant;
            this.point = point;
            this.replicate = replicate;
            this.unitCosts = unitCosts;
            this.gradedShare = gradedShare;
            this.quantity = new double[unitCosts.length];
            this.nominalByYear = new double[unitCosts.length][years];
            this.presentValue = new double[unitCosts.length];
        }

        double nominal(int item) {
            return Arrays.stream(nominalByYear[item]).sum();
        }
    }

    private CostAnalysis(BatchData data) {
        this.data = data;
        List<String> header = data.weeklyHeader();
        this.items = CostItems.ALL.stream().filter(item -> item.quantityColumn(header) != null).toList();
        this.quantityColumns = items.stream().map(item -> item.quantityColumn(header)).toList();
        this.gradedColumns = items.stream().map(item -> item.gradedColumn(header)).collect(Collectors.toList());
        items.stream().filter(item -> item.graded() != null && item.gradedColumn(header) == null).forEach(paidInFull::add);
        UnitCosts base = UnitCosts.of(data, null);
        this.unitCostPaths = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            unitCostPaths.add(items.get(i).unitCostsOf(quantityColumns.get(i), base.values()));
        }
        this.discountRate = base.value(CostItems.DISCOUNT_RATE) / 100;
        this.years = Math.max(1, (data.horizonWeeks() + 51) / 52);
        readRuns();
        streamWeekly();
        summarize();
    }

    /** The costs of a batch (reads weekly.csv once). */
    public static CostAnalysis of(BatchData data) {
        return new CostAnalysis(data);
    }

    /**
     * The items of this batch with a graded part it pays in full: weekly.csv lacks the part's
     * column, or manifest.json (and runs.csv) have no value of its share (a batch made before
     * the part was graded).
     */
    public List<CostItem> paidInFull() {
        return List.copyOf(paidInFull);
    }

    /** The parameter paths whose values multiply into an item's unit cost in this batch (one of {@link #items()}). */
    public List<String> unitCostsOf(CostItem item) {
        return unitCostPaths.get(items.indexOf(item));
    }

    /** The items this batch has quantities for, in declaration order. */
    public List<CostItem> items() {
        return items;
    }

    public double discountRate() {
        return discountRate;
    }

    public List<ItemRow> itemRows() {
        return itemRows;
    }

    /** Paired differences of total spending (present value) against the comparison variant. */
    public List<Analysis.EffectRow> spendingEffects() {
        return spendingEffects;
    }

    public List<RatioRow> ratios() {
        return ratios;
    }

    /** The row of one item (or {@code "total"}) of a variant at a point, or null. */
    public ItemRow item(String variant, String point, String item) {
        return itemRows.stream().filter(r -> r.variant().equals(variant) && r.point().equals(point) && r.item().equals(item))
                .findFirst().orElse(null);
    }

    private void readRuns() {
        CsvReader.Table table = data.runs();
        int cRun = table.column("run_id");
        int cVariant = table.column("variant");
        int cPoint = table.column("point");
        int cReplicate = table.column("replicate");
        Map<String, UnitCosts> byVariant = new HashMap<>();
        for (List<String> row : table.rows()) {
            String variant = row.get(cVariant);
            UnitCosts costs = byVariant.computeIfAbsent(variant, v -> UnitCosts.of(data, v)).withRun(table, row);
            double[] unit = new double[items.size()];
            for (int i = 0; i < unit.length; i++) {
                unit[i] = items.get(i).unitCost(costs.values(), unitCostPaths.get(i));
            }
            double[] share = new double[items.size()];
            for (int i = 0; i < share.length; i++) {
                share[i] = gradedShare(items.get(i), gradedColumns.get(i), costs);
            }
            runs.put(row.get(cRun), new RunCost(variant, row.get(cPoint), Integer.parseInt(row.get(cReplicate)), unit, share,
                    years));
        }
    }

    /** The share of the unit cost paid for an item's graded part in a run: 1 where the batch cannot apply it. */
    private double gradedShare(CostItem item, String gradedColumn, UnitCosts costs) {
        if (gradedColumn == null) {
            return 1;
        }
        double share = costs.value(item.graded().share());
        if (Double.isNaN(share)) {
            paidInFull.add(item);
            return 1;
        }
        return share;
    }

    private void streamWeekly() {
        double[] discount = new double[data.horizonWeeks() + 1];
        for (int w = 0; w < discount.length; w++) {
            discount[w] = Math.pow(1 + discountRate, -w / 52.0);
        }
        data.forEachWeeklyRun(weeklyColumns(data.weeklyHeader()), weekly -> {
            RunCost run = runs.get(weekly.runId());
            if (run == null) {
                return;
            }
            double[][] quantities = new double[quantityColumns.size()][];
            double[][] graded = new double[quantityColumns.size()][];
            for (int i = 0; i < quantities.length; i++) {
                quantities[i] = weekly.column(quantityColumns.get(i));
                graded[i] = gradedColumns.get(i) == null ? null : weekly.column(gradedColumns.get(i));
            }
            for (int r = 0; r < weekly.size(); r++) {
                int week = weekly.week(r);
                int year = Math.min(years - 1, week / 52);
                double factor = week < discount.length ? discount[week] : Math.pow(1 + discountRate, -week / 52.0);
                for (int i = 0; i < quantities.length; i++) {
                    double q = quantities[i][r];
                    double paid = graded[i] == null ? q : q - (1 - run.gradedShare[i]) * graded[i][r];
                    double nok = paid * run.unitCosts[i];
                    run.quantity[i] += q;
                    run.nominalByYear[i][year] += nok;
                    run.presentValue[i] += nok * factor;
                }
            }
        });
    }

    /** The columns of weekly.csv the costs read: the quantity of each item the header has, then their graded parts. */
    public static List<String> weeklyColumns(List<String> weeklyHeader) {
        List<String> columns = new ArrayList<>();
        for (CostItem item : CostItems.ALL) {
            String column = item.quantityColumn(weeklyHeader);
            if (column != null) {
                columns.add(column);
            }
        }
        for (CostItem item : CostItems.ALL) {
            String column = item.quantityColumn(weeklyHeader) == null ? null : item.gradedColumn(weeklyHeader);
            if (column != null && !columns.contains(column)) {
                columns.add(column);
            }
        }
        return columns;
    }

    private void summarize() {
        String comparison = data.baseline();
        for (String point : data.points()) {
            for (String variant : data.variants()) {
                List<RunCost> of = runsOf(variant, point);
                for (int i = 0; i <= items.size(); i++) {
                    int item = i;
                    boolean total = i == items.size();
                    double[] nominal = of.stream().mapToDouble(r -> total ? totalNominal(r) : r.nominal(item)).toArray();
                    double[] pv = of.stream().mapToDouble(r -> total ? Arrays.stream(r.presentValue).sum() : r.presentValue[item])
                            .toArray();
                    double quantity = total ? Double.NaN : of.stream().mapToDouble(r -> r.quantity[item]).average().orElse(Double.NaN);
                    double unit = total || of.isEmpty() ? Double.NaN : of.get(0).unitCosts[item];
                    itemRows.add(new ItemRow(variant, point, total ? TOTAL : items.get(item).key(),
                            total ? "" : quantityColumns.get(item), unit, quantity, Estimates.summarize(nominal),
                            Estimates.summarize(pv)));
                }
            }
            compare(comparison, point);
        }
    }

    private static double totalNominal(RunCost r) {
        double sum = 0;
        for (int i = 0; i < r.presentValue.length; i++) {
            sum += r.nominal(i);
        }
        return sum;
    }

    /** Paired spending differences (Holm over variants) and incremental ratios at one point. */
    private void compare(String comparison, String point) {
        Map<Integer, Double> base = totals(comparison, point);
        List<Analysis.EffectRow> rows = new ArrayList<>();
        for (String variant : data.variants().subList(1, data.variants().size())) {
            Map<Integer, Double> other = totals(variant, point);
            double[] a = base.keySet().stream().filter(other::containsKey).mapToDouble(base::get).toArray();
            double[] b = base.keySet().stream().filter(other::containsKey).mapToDouble(other::get).toArray();
            Estimates.Paired p = Estimates.paired(a, b);
            rows.add(new Analysis.EffectRow(variant, point, SPENDING, p.n(), Estimates.summarize(a).mean(),
                    Estimates.summarize(b).mean(), p.meanDifference(), p.low(), p.high(), p.wilcoxonP(), Double.NaN,
                    Double.NaN));
            for (String effect : EFFECTS) {
                Map<Integer, Double> baseEffect = data.outcome(comparison, point, effect);
                Map<Integer, Double> otherEffect = data.outcome(variant, point, effect);
                List<Integer> pairs = base.keySet().stream().filter(other::containsKey).filter(baseEffect::containsKey)
                        .filter(otherEffect::containsKey).toList();
                double[] dc = pairs.stream().mapToDouble(r -> other.get(r) - base.get(r)).toArray();
                double[] de = pairs.stream().mapToDouble(r -> otherEffect.get(r) - baseEffect.get(r)).toArray();
                ratios.add(new RatioRow(variant, point, effect, IncrementalRatio.of(dc, de)));
            }
        }
        double[] holm = Estimates.holm(rows.stream().mapToDouble(Analysis.EffectRow::wilcoxonP).toArray());
        for (int i = 0; i < rows.size(); i++) {
            Analysis.EffectRow r = rows.get(i);
            spendingEffects.add(new Analysis.EffectRow(r.variant(), r.point(), r.outcome(), r.pairs(), r.baselineMean(),
                    r.variantMean(), r.difference(), r.low(), r.high(), r.wilcoxonP(), holm[i], Double.NaN));
        }
    }

    /** Total spending (present value) by replicate. */
    private Map<Integer, Double> totals(String variant, String point) {
        Map<Integer, Double> out = new java.util.TreeMap<>();
        for (RunCost r : runsOf(variant, point)) {
            out.put(r.replicate, Arrays.stream(r.presentValue).sum());
        }
        return out;
    }

    private List<RunCost> runsOf(String variant, String point) {
        if (index == null) {
            index = new HashMap<>();
            runs.values().forEach(r -> index.computeIfAbsent(r.variant + "\u0000" + r.point, k -> new ArrayList<>()).add(r));
        }
        return index.getOrDefault(variant + "\u0000" + point, List.of());
    }

    /** Mean undiscounted spending by year (1 = weeks 0 to 51) of each item, for a variant at a point. */
    public double[][] byYear(String variant, String point) {
        List<RunCost> of = runsOf(variant, point);
        double[][] mean = new double[items.size()][years];
        for (RunCost r : of) {
            for (int i = 0; i < items.size(); i++) {
                for (int y = 0; y < years; y++) {
                    mean[i][y] += r.nominalByYear[i][y] / of.size();
                }
            }
        }
        return mean;
    }

    /** Writes costs.csv, costs_by_year.csv, run_costs.csv, cost_effects.csv and cost_effectiveness.csv. */
    public void writeCsv(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (CsvTableWriter out = new CsvTableWriter(dir.resolve("costs.csv"), List.of("variant", "point", "item",
                "quantity_column", "unit_cost_nok", "quantity_mean", "nok_mean", "nok_ci_low", "nok_ci_high",
                "present_value_nok_mean", "present_value_ci_low", "present_value_ci_high"))) {
            for (ItemRow r : itemRows) {
                out.write(Arrays.asList(r.variant(), r.point(), r.item(), r.quantityColumn(), r.unitCostNok(), r.quantityMean(),
                        r.nominal().mean(), r.nominal().low(), r.nominal().high(), r.presentValue().mean(),
                        r.presentValue().low(), r.presentValue().high()));
            }
        }
        try (CsvTableWriter out = new CsvTableWriter(dir.resolve("costs_by_year.csv"),
                List.of("variant", "point", "year", "item", "nok_mean"))) {
            for (String point : data.points()) {
                for (String variant : data.variants()) {
                    double[][] byYear = byYear(variant, point);
                    for (int y = 0; y < years; y++) {
                        for (int i = 0; i < items.size(); i++) {
                            out.write(Arrays.asList(variant, point, y + 1, items.get(i).key(), byYear[i][y]));
                        }
                    }
                }
            }
        }
        writeRunCosts(dir.resolve("run_costs.csv"));
        try (CsvTableWriter out = new CsvTableWriter(dir.resolve("cost_effects.csv"), List.of("variant", "point", "outcome",
                "pairs", "baseline_mean", "variant_mean", "difference", "ci_low", "ci_high", "wilcoxon_p", "holm_p"))) {
            for (Analysis.EffectRow r : spendingEffects) {
                out.write(Arrays.asList(r.variant(), r.point(), r.outcome(), r.pairs(), r.baselineMean(), r.variantMean(),
                        r.difference(), r.low(), r.high(), r.wilcoxonP(), r.holmP()));
            }
        }
        try (CsvTableWriter out = new CsvTableWriter(dir.resolve("cost_effectiveness.csv"), List.of("variant", "point", "effect",
                "pairs", "cost_difference_nok", "effect_difference", "effect_ci_low", "effect_ci_high", "nok_per_extra",
                "ci_low", "ci_high"))) {
            for (RatioRow r : ratios) {
                IncrementalRatio x = r.ratio();
                out.write(Arrays.asList(r.variant(), r.point(), r.effect(), x.pairs(), x.costDifference(), x.effectDifference(),
                        x.effectLow(), x.effectHigh(), x.ratio(), x.low(), x.high()));
            }
        }
    }

    private void writeRunCosts(Path file) throws IOException {
        List<String> header = new ArrayList<>(List.of("run_id", "variant", "point", "replicate"));
        items.forEach(i -> header.add(i.key() + "_nok"));
        header.addAll(List.of("total_nok", "total_present_value_nok"));
        try (CsvTableWriter out = new CsvTableWriter(file, header)) {
            for (var e : runs.entrySet()) {
                RunCost r = e.getValue();
                List<Object> row = new ArrayList<>(List.of(e.getKey(), r.variant, r.point, r.replicate));
                for (int i = 0; i < items.size(); i++) {
                    row.add(r.nominal(i));
                }
                row.add(totalNominal(r));
                row.add(Arrays.stream(r.presentValue).sum());
                out.write(row);
            }
        }
    }
}
