package org.inclusim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.inclusim.analysis.Analysis;
import org.inclusim.analysis.BurnoutRate;
import org.inclusim.analysis.SensitivityAnalysis;
import org.inclusim.analysis.cost.CostAnalysis;
import org.inclusim.analysis.cost.CostItem;
import org.inclusim.presentation.Messages;
import java.awt.image.BufferedImage;
import org.jfree.chart.JFreeChart;

/** Builds the report's charts: what each shows, to be drawn and encoded as PNG (each independent of the others). */
final class ChartSet {
    /** A chart to draw: its file name (without ".png") and how to draw it. */
    record Job(String name, Drawing drawing) {
        /** Draws the chart and encodes it as a PNG file's bytes. */
        byte[] png() {
            return PngWriter.encode(drawing.draw());
        }
    }

    /** Draws one image. */
    @FunctionalInterface
    private interface Drawing {
        BufferedImage draw();
    }

    private final Analysis a;
    private final CostAnalysis costs;
    private final Messages m;
    private final List<String> variants;
    private final String point;
    private final List<Job> jobs = new ArrayList<>();

    ChartSet(Analysis analysis, CostAnalysis costs, Messages messages) {
        this.a = analysis;
        this.costs = costs;
        this.m = messages;
        this.variants = analysis.data().variants();
        this.point = analysis.data().points().get(0);
    }

    /** Builds every chart of the report (and the sensitivity charts if {@code sensitivity} is not null). */
    ChartSet build(List<Analysis.EffectRow> headlineEffects, SensitivityAnalysis sensitivity) {
        if (!headlineEffects.isEmpty()) {
            forest(headlineEffects);
        }
        outcomesOverTime();
        if (a.hasTrajectories()) {
            add("job_retention", () -> Charts.survival(m, m.text("chart.retention.title"), m.text("axis.percent_spells_running"),
                    a.jobRetention(), variants));
            add("cumulative_incidence", () -> Charts.incidence(m, m.text("chart.incidence.title"), a.incidence(), variants));
            add("state_distribution", () -> {
                Map<String, double[][]> stages = new LinkedHashMap<>();
                variants.forEach(v -> stages.put(v, a.trajectories().stateDistribution(v)));
                return Charts.stages(m, m.text("chart.stages.title"), a.trajectories().stages(), stages);
            }, Charts.WIDTH, Math.max(Charts.HEIGHT, 150 + 260 * variants.size()));
        }
        burnout();
        costChart();
        if (sensitivity != null) {
            for (String outcome : sensitivity.rows().stream().map(SensitivityAnalysis.Row::outcome).distinct().toList()) {
                add("sensitivity_" + outcome, () -> Charts.indices(m.text("chart.sensitivity.title", m.outcome(outcome),
                        sensitivity.method()), m.text("axis.index"), sensitivityBars(sensitivity, outcome)));
            }
        }
        return this;
    }

    /** A chart of the usual size, built when it is drawn (on the thread that draws it). */
    private void add(String name, Supplier<JFreeChart> chart) {
        add(name, chart, Charts.WIDTH, Charts.HEIGHT);
    }

    private void add(String name, Supplier<JFreeChart> chart, int width, int height) {
        jobs.add(new Job(name, () -> Charts.styled(chart.get(), numbers()).createBufferedImage(width, height)));
    }

    /** Tick labels in the report's language (decimal comma in bokmål). */
    private java.text.NumberFormat numbers() {
        return m.formats().axisFormat();
    }

    private void forest(List<Analysis.EffectRow> effects) {
        List<String> compared = variants.subList(1, variants.size());
        int panelHeight = 90 + 45 * compared.size();
        jobs.add(new Job("forest", () -> Charts.forest(m.text("chart.forest.title", variants.get(0)), m.text("chart.forest.subtitle"),
                forestPanels(effects), Charts.WIDTH, panelHeight)));
    }

    /** One panel per main outcome with effects: each compared variant's difference and interval. */
    private List<JFreeChart> forestPanels(List<Analysis.EffectRow> effects) {
        List<JFreeChart> panels = new ArrayList<>();
        List<String> compared = variants.subList(1, variants.size());
        for (Headline h : Headline.ALL) {
            Map<String, double[]> byVariant = new LinkedHashMap<>();
            Map<String, Boolean> significant = new LinkedHashMap<>();
            double scale = h.plotScale();
            for (Analysis.EffectRow e : effects) {
                if (e.outcome().equals(h.column())) {
                    byVariant.put(e.variant(), new double[] {e.difference() * scale, e.low() * scale, e.high() * scale});
                    significant.put(e.variant(), Wording.significant(e));
                }
            }
            if (!byVariant.isEmpty()) {
                JFreeChart panel = Charts.forestPanel(h.axisLabel(m), new Charts.ForestPanel(h.axisLabel(m), byVariant, significant),
                        compared, variants);
                panels.add(Charts.numbers(panel, numbers()));
            }
        }
        return panels;
    }

    private void outcomesOverTime() {
        add("mentor_pool", () -> Charts.bands(m, m.text("chart.mentor_pool.title"), m.text("axis.mentors_in_role"), a.weeklyBands(),
                "mentor_pool", variants, 1, false));
        add("employed_share", () -> Charts.bands(m, m.text("chart.employed.title"), m.text("axis.percent_of_users"), a.weeklyBands(),
                "share_employed", variants, 100, true));
    }

    private void burnout() {
        Map<String, double[]> rates = new LinkedHashMap<>();
        for (String v : variants) {
            BurnoutRate r = a.burnout(v, point).per100MentorYears();
            rates.put(v, new double[] {r.rate(), (r.high() - r.low()) / 2});
        }
        add("burnout", () -> Charts.intervals(m.text("chart.burnout.title", burnoutIntervalName(a, m)), m.text("axis.burnout_rate"),
                Map.of(m.text("axis.burnout_category"), rates), variants));
    }

    private void costChart() {
        Map<String, Map<String, Double>> byVariant = new LinkedHashMap<>();
        List<String> items = costs.items().stream().map(CostItem::key).toList();
        for (String v : variants) {
            Map<String, Double> byItem = new LinkedHashMap<>();
            for (String item : items) {
                byItem.put(item, costs.item(v, point, item).presentValue().mean() / 1000);
            }
            byVariant.put(v, byItem);
        }
        add("costs", () -> Charts.stacked(m, m.text("chart.costs.title"), m.text("axis.thousand_nok"), byVariant, items));
    }

    /** The kind of interval the burnout rates at the first point show, in words: quasi-Poisson, exact Poisson, or both. */
    static String burnoutIntervalName(Analysis a, Messages m) {
        String point = a.data().points().get(0);
        List<String> kinds = a.data().variants().stream().map(v -> a.burnout(v, point).per100MentorYears().interval().label())
                .distinct().toList();
        return kinds.size() > 1 ? m.text("interval.both") : m.text("interval." + kinds.get(0));
    }

    private static Map<String, Map<String, double[]>> sensitivityBars(SensitivityAnalysis s, String outcome) {
        Map<String, Map<String, double[]>> bars = new LinkedHashMap<>();
        for (SensitivityAnalysis.Row r : s.rows()) {
            if (r.outcome().equals(outcome)) {
                bars.computeIfAbsent(r.parameter(), k -> new LinkedHashMap<>())
                        .put(r.index(), new double[] {r.value(), Double.isNaN(r.low()) ? Double.NaN : (r.high() - r.low()) / 2});
            }
        }
        return bars;
    }

    /** The charts built, in build order (each drawn independently, on any thread). */
    List<Job> jobs() {
        return List.copyOf(jobs);
    }
}
