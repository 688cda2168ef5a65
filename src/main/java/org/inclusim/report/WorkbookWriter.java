package org.inclusim.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.inclusim.analysis.Analysis;
import org.inclusim.analysis.Estimates;
import org.inclusim.analysis.GroupStatistics;
import org.inclusim.analysis.cost.CostAnalysis;
import org.inclusim.analysis.cost.CostItem;
import org.inclusim.analysis.cost.IncrementalRatio;
import org.inclusim.presentation.Messages;

/**
 * analysis/inclusim.xlsx for spreadsheet users: sheets summary, effects, with more than one user
 * group summary_by_group and effects_by_group, with parameter draws parameter_uncertainty, costs,
 * costs_by_year and cost_effectiveness (each the analysis CSV file of that name), and parameters.
 * Numbers are number cells (a spreadsheet shows them in its own locale, decimal comma in a
 * Norwegian one); a missing value is an empty cell. The first row holds the column names of the
 * CSV files (stable, documented in docs/data-dictionary.md); where a
 * sheet names outcomes or items, a "label" column gives the plain-language name in the report's
 * language, and the parameters sheet gives each parameter's unit and meaning in that language.
 * Written with fastexcel (a streaming writer: no object model of the workbook in memory).
 */
final class WorkbookWriter {
    private final ReportContext c;
    private final Messages m;

    WorkbookWriter(ReportContext context) {
        this.c = context;
        this.m = context.messages();
    }

    void write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); Workbook wb = new Workbook(out, "inclusim", "1.0")) {
            summary(wb.newWorksheet("summary"));
            effects(wb.newWorksheet("effects"));
            if (c.analysis().byGroup().split()) {
                summaryByGroup(wb.newWorksheet("summary_by_group"));
                effectsByGroup(wb.newWorksheet("effects_by_group"));
            }
            if (!c.analysis().parameterUncertainty().isEmpty()) {
                parameterUncertainty(wb.newWorksheet("parameter_uncertainty"));
            }
            costs(wb.newWorksheet("costs"));
            costsByYear(wb.newWorksheet("costs_by_year"));
            ratios(wb.newWorksheet("cost_effectiveness"));
            parameters(wb.newWorksheet("parameters"));
        }
    }

    /** Writes one row: text as text, numbers as numbers, NaN and null as empty cells. */
    private static void row(Worksheet ws, int r, List<?> cells) {
        for (int col = 0; col < cells.size(); col++) {
            Object v = cells.get(col);
            if (v instanceof Number n) {
                if (!Double.isNaN(n.doubleValue())) {
                    ws.value(r, col, n);
                }
            } else if (v != null) {
                ws.value(r, col, String.valueOf(v));
            }
        }
    }

    private static void header(Worksheet ws, List<String> names) {
        row(ws, 0, names);
        ws.range(0, 0, 0, names.size() - 1).style().bold().set();
        ws.freezePane(0, 1);
    }

    private void summary(Worksheet ws) {
        header(ws, List.of("variant", "point", "outcome", "label", "n", "mean", "sd", "ci_low", "ci_high", "median"));
        int r = 1;
        for (String variant : c.variants()) {
            for (String point : c.analysis().data().points()) {
                for (String outcome : c.analysis().outcomes()) {
                    Estimates.Summary s = c.analysis().summary(variant, point, outcome);
                    row(ws, r++, List.of(variant, point, outcome, m.outcome(outcome), s.n(), s.mean(), s.sd(), s.low(), s.high(),
                            s.median()));
                }
            }
        }
    }

    private void effects(Worksheet ws) {
        header(ws, List.of("variant", "point", "outcome", "label", "pairs", "baseline_mean", "variant_mean", "difference",
                "ci_low", "ci_high", "wilcoxon_p", "holm_p", "replications_needed"));
        List<Analysis.EffectRow> all = new ArrayList<>(c.analysis().effects());
        all.addAll(c.costs().spendingEffects());
        int r = 1;
        for (Analysis.EffectRow e : all) {
            row(ws, r++, List.of(e.variant(), e.point(), e.outcome(), m.outcome(e.outcome()), e.pairs(), e.baselineMean(),
                    e.variantMean(), e.difference(), e.low(), e.high(), e.wilcoxonP(), e.holmP(), e.replicationsNeeded()));
        }
    }

    /** With user groups: analysis/summary_by_group.csv with the outcomes' labels. */
    private void summaryByGroup(Worksheet ws) {
        header(ws, List.of("variant", "point", "group", "outcome", "label", "n", "mean", "sd", "ci_low", "ci_high", "median"));
        int r = 1;
        for (GroupStatistics.SummaryRow row : c.analysis().byGroup().summaries()) {
            Estimates.Summary s = row.summary();
            row(ws, r++, List.of(row.variant(), row.point(), row.group(), row.outcome(), m.outcome(row.outcome()), s.n(), s.mean(),
                    s.sd(), s.low(), s.high(), s.median()));
        }
    }

    /** With user groups: analysis/effects_by_group.csv with the outcomes' labels. */
    private void effectsByGroup(Worksheet ws) {
        header(ws, List.of("variant", "point", "group", "outcome", "label", "pairs", "baseline_mean", "variant_mean", "difference",
                "ci_low", "ci_high", "wilcoxon_p", "holm_p", "replications_needed"));
        int r = 1;
        for (GroupStatistics.EffectRow row : c.analysis().byGroup().effects()) {
            Analysis.EffectRow e = row.effect();
            row(ws, r++, List.of(e.variant(), e.point(), row.group(), e.outcome(), m.outcome(e.outcome()), e.pairs(), e.baselineMean(),
                    e.variantMean(), e.difference(), e.low(), e.high(), e.wilcoxonP(), e.holmP(), e.replicationsNeeded()));
        }
    }

    /** With parameter draws: analysis/parameter_uncertainty.csv with the outcomes' labels. */
    private void parameterUncertainty(Worksheet ws) {
        header(ws, List.of("variant", "point", "outcome", "label", "draws", "pairs_per_draw", "effect", "stochastic_low",
                "stochastic_high", "combined_low", "combined_high", "parameter_variance", "stochastic_variance", "parameter_share"));
        int r = 1;
        for (org.inclusim.analysis.ParameterUncertainty.Row u : c.analysis().parameterUncertainty()) {
            row(ws, r++, List.of(u.variant(), u.point(), u.outcome(), m.outcome(u.outcome()), u.draws(), u.pairsPerDraw(), u.effect(),
                    u.stochasticLow(), u.stochasticHigh(), u.combinedLow(), u.combinedHigh(), u.parameterVariance(),
                    u.stochasticVariance(), u.parameterShare()));
        }
    }

    private void costs(Worksheet ws) {
        header(ws, List.of("variant", "point", "item", "label", "quantity_column", "unit_cost_nok", "quantity_mean", "nok_mean",
                "nok_ci_low", "nok_ci_high", "present_value_nok_mean", "present_value_ci_low", "present_value_ci_high"));
        int r = 1;
        for (CostAnalysis.ItemRow i : c.costs().itemRows()) {
            String label = i.item().equals("total") ? m.text("costs.total_pv") : m.costItem(i.item());
            row(ws, r++, List.of(i.variant(), i.point(), i.item(), label, i.quantityColumn(), i.unitCostNok(), i.quantityMean(),
                    i.nominal().mean(), i.nominal().low(), i.nominal().high(), i.presentValue().mean(), i.presentValue().low(),
                    i.presentValue().high()));
        }
    }

    private void costsByYear(Worksheet ws) {
        header(ws, List.of("variant", "point", "year", "item", "label", "nok_mean"));
        int r = 1;
        List<CostItem> items = c.costs().items();
        for (String point : c.analysis().data().points()) {
            for (String variant : c.variants()) {
                double[][] byYear = c.costs().byYear(variant, point);
                for (int y = 0; y < (byYear.length == 0 ? 0 : byYear[0].length); y++) {
                    for (int i = 0; i < items.size(); i++) {
                        row(ws, r++, List.of(variant, point, y + 1, items.get(i).key(), m.costItem(items.get(i).key()), byYear[i][y]));
                    }
                }
            }
        }
    }

    private void ratios(Worksheet ws) {
        header(ws, List.of("variant", "point", "effect", "label", "pairs", "cost_difference_nok", "effect_difference",
                "effect_ci_low", "effect_ci_high", "nok_per_extra", "ci_low", "ci_high"));
        int r = 1;
        for (CostAnalysis.RatioRow row : c.costs().ratios()) {
            IncrementalRatio x = row.ratio();
            row(ws, r++, List.of(row.variant(), row.point(), row.effect(), m.text("ratio.effect." + row.effect()), x.pairs(),
                    x.costDifference(), x.effectDifference(), x.effectLow(), x.effectHigh(), x.ratio(), x.low(), x.high()));
        }
    }

    private void parameters(Worksheet ws) {
        VariantChanges changes = c.changes();
        List<String> names = new ArrayList<>(List.of("parameter", "scenario"));
        names.addAll(changes.variants());
        names.addAll(List.of("unit", "meaning", "source"));
        header(ws, names);
        int r = 1;
        for (String path : changes.paths()) {
            List<Object> cells = new ArrayList<>(List.of(path, cell(changes.value(null, path))));
            changes.variants().forEach(v -> cells.add(cell(changes.value(v, path))));
            cells.add(emptyAsNull(c.parameterUnit(path)));
            cells.add(emptyAsNull(c.parameterMeaning(path)));
            cells.add(emptyAsNull(c.parameterSource(path)));
            row(ws, r++, cells);
        }
    }

    private static String emptyAsNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /** A parameter value: a number cell if it is a number, else text. */
    private static Object cell(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
