package org.inclusim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.inclusim.analysis.AalenJohansen;
import org.inclusim.analysis.Analysis;
import org.inclusim.analysis.CompetingRisks;
import org.inclusim.analysis.Estimates;
import org.inclusim.analysis.KaplanMeier;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The report's charts, drawn with JFreeChart to PNG at slide size (1200 x 700): one colour per
 * variant throughout, titles and axis labels with units.
 */
final class Charts {
    static final int WIDTH = 1200;
    static final int HEIGHT = 700;
    private static final Color[] PALETTE = {new Color(0x1b, 0x5e, 0x8c), new Color(0xd9, 0x5f, 0x02),
        new Color(0x1b, 0x9e, 0x77), new Color(0x75, 0x70, 0xb3), new Color(0xe7, 0x29, 0x8a),
        new Color(0x66, 0xa6, 0x1e), new Color(0xa6, 0x76, 0x1d), new Color(0x66, 0x66, 0x66)};
    private static final Font TITLE = new Font("SansSerif", Font.BOLD, 24);
    private static final Font LABEL = new Font("SansSerif", Font.PLAIN, 18);

    private Charts() {
    }

    static Color colour(int variantIndex) {
        return PALETTE[variantIndex % PALETTE.length];
    }

    private static JFreeChart style(JFreeChart chart) {
        chart.getTitle().setFont(TITLE);
        chart.setBackgroundPaint(Color.WHITE);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(LABEL);
        }
        if (chart.getPlot() instanceof XYPlot p) {
            p.setBackgroundPaint(Color.WHITE);
            p.setDomainGridlinePaint(Color.LIGHT_GRAY);
            p.setRangeGridlinePaint(Color.LIGHT_GRAY);
            p.getDomainAxis().setLabelFont(LABEL);
            p.getRangeAxis().setLabelFont(LABEL);
            p.getDomainAxis().setTickLabelFont(LABEL);
            p.getRangeAxis().setTickLabelFont(LABEL);
        } else if (chart.getPlot() instanceof CategoryPlot p) {
            p.setBackgroundPaint(Color.WHITE);
            p.setRangeGridlinePaint(Color.LIGHT_GRAY);
            p.getDomainAxis().setLabelFont(LABEL);
            p.getRangeAxis().setLabelFont(LABEL);
            p.getDomainAxis().setTickLabelFont(LABEL);
            p.getRangeAxis().setTickLabelFont(LABEL);
        }
        return chart;
    }

    static void save(JFreeChart chart, Path file) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), style(chart), WIDTH, HEIGHT);
    }

    /** A step curve per variant with dashed 95 % bands. */
    static JFreeChart survival(String title, String yLabel, Map<String, Analysis.SurvivalRow> rows, List<String> variants) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYStepRenderer renderer = new XYStepRenderer();
        int s = 0;
        for (String v : variants) {
            KaplanMeier km = rows.get(v).curve();
            XYSeries curve = new XYSeries(v + " (" + rows.get(v).spells() + ")");
            XYSeries low = new XYSeries(v + " 95 % low");
            XYSeries high = new XYSeries(v + " 95 % high");
            curve.add(0, 1);
            low.add(0, 1);
            high.add(0, 1);
            for (KaplanMeier.Step step : km.steps()) {
                curve.add(step.time(), step.survival());
                low.add(step.time(), step.low());
                high.add(step.time(), step.high());
            }
            Color c = colour(variants.indexOf(v));
            for (XYSeries series : List.of(curve, low, high)) {
                data.addSeries(series);
                renderer.setSeriesPaint(s, c);
                boolean band = series != curve;
                renderer.setSeriesStroke(s, band ? new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {6f, 6f}, 0f) : new BasicStroke(3f));
                renderer.setSeriesVisibleInLegend(s, !band);
                s++;
            }
        }
        NumberAxis x = new NumberAxis("weeks");
        NumberAxis y = new NumberAxis(yLabel);
        y.setRange(0, 1.0);
        return new JFreeChart(title, TITLE, new XYPlot(data, x, y, renderer), true);
    }

    /** Means with 95 % bands over weeks, one colour per variant. */
    static JFreeChart bands(String title, String yLabel, Map<String, Map<String, Analysis.Band>> bands, String series,
                            List<String> variants, double scale) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        int s = 0;
        for (String v : variants) {
            Analysis.Band b = bands.get(v).get(series);
            YIntervalSeries y = new YIntervalSeries(v);
            for (int week = 0; week < b.mean().length; week++) {
                double mean = b.mean()[week] * scale;
                double low = Double.isNaN(b.low()[week]) ? mean : b.low()[week] * scale;
                double high = Double.isNaN(b.high()[week]) ? mean : b.high()[week] * scale;
                y.add(week, mean, low, high);
            }
            data.addSeries(y);
            Color c = colour(variants.indexOf(v));
            renderer.setSeriesPaint(s, c);
            renderer.setSeriesFillPaint(s, c);
            renderer.setSeriesStroke(s, new BasicStroke(2.5f));
            s++;
        }
        renderer.setAlpha(0.2f);
        return new JFreeChart(title, TITLE, new XYPlot(data, new NumberAxis("week"), new NumberAxis(yLabel), renderer), true);
    }

    /** Bars with 95 % interval whiskers, one bar per variant (and category). */
    static JFreeChart intervals(String title, String yLabel, Map<String, Map<String, double[]>> meanAndHalfWidth) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (var category : meanAndHalfWidth.entrySet()) {
            for (var v : category.getValue().entrySet()) {
                double half = Double.isNaN(v.getValue()[1]) ? 0 : v.getValue()[1];
                data.add(v.getValue()[0], half, v.getKey(), category.getKey());
            }
        }
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setErrorIndicatorPaint(Color.BLACK);
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        for (int i = 0; i < data.getRowCount(); i++) {
            renderer.setSeriesPaint(i, colour(i));
        }
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(""), new NumberAxis(yLabel), renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        return new JFreeChart(title, TITLE, plot, true);
    }

    /** Stacked shares of users in each stage by week since referral (columns of {@code shares} in the order of {@code stages}). */
    static JFreeChart stateDistribution(String title, List<String> stages, double[][] shares) {
        DefaultTableXYDataset data = new DefaultTableXYDataset();
        for (int s = 0; s < stages.size(); s++) {
            XYSeries series = new XYSeries(stages.get(s).replace('_', ' '), true, false);
            for (int d = 0; d < shares.length; d++) {
                series.add(d, shares[d][s]);
            }
            data.addSeries(series);
        }
        StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
        for (int s = 0; s < stages.size(); s++) {
            renderer.setSeriesPaint(s, colour(s));
        }
        NumberAxis y = new NumberAxis("share of users");
        y.setRange(0, 1);
        return new JFreeChart(title, TITLE, new XYPlot(data, new NumberAxis("weeks since referral"), y, renderer), true);
    }

    /**
     * Pooled Aalen-Johansen cumulative incidence: one colour per variant, a solid step curve for
     * the first job and dashed ones for each destination.
     */
    static JFreeChart incidence(String title, Map<String, CompetingRisks.Curve> curves, List<String> variants) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYStepRenderer renderer = new XYStepRenderer();
        int s = 0;
        for (String v : variants) {
            CompetingRisks.Curve c = curves.get(v);
            for (int k = 0; k < c.causes().size(); k++) {
                XYSeries curve = new XYSeries(v + ": " + c.causes().get(k).replace('_', ' '));
                curve.add(0, 0);
                for (AalenJohansen.Step step : c.estimate().steps()) {
                    curve.add(step.time(), step.incidence()[k]);
                }
                data.addSeries(curve);
                renderer.setSeriesPaint(s, colour(variants.indexOf(v)));
                renderer.setSeriesStroke(s, k == 0 ? new BasicStroke(3f) : new BasicStroke(2f, BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_MITER, 10f, new float[] {3f + 4f * k, 5f}, 0f));
                s++;
            }
        }
        NumberAxis y = new NumberAxis("share of users referred");
        y.setRange(0, 1.0);
        return new JFreeChart(title, TITLE, new XYPlot(data, new NumberAxis("weeks since referral"), y, renderer), true);
    }

    /** Mean and half-width of a summary, for {@link #intervals}. */
    static double[] meanHalf(Estimates.Summary s, double scale) {
        return new double[] {s.mean() * scale, Double.isNaN(s.high()) ? Double.NaN : (s.high() - s.mean()) * scale};
    }
}
