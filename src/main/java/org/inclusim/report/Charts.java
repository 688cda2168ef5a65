package org.inclusim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.inclusim.analysis.AalenJohansen;
import org.inclusim.analysis.Analysis;
import org.inclusim.analysis.CompetingRisks;
import org.inclusim.analysis.KaplanMeier;
import org.inclusim.presentation.Colours;
import org.inclusim.presentation.Messages;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The report's charts, drawn with JFreeChart to PNG at slide size (1200 x 700): colours from
 * {@link Colours} (variants in one set, stages in another), titles and axis labels from the
 * message catalogue, value axes of bars starting at zero.
 */
final class Charts {
    static final int WIDTH = 1200;
    static final int HEIGHT = 700;
    private static final Font TITLE = new Font("SansSerif", Font.BOLD, 24);
    private static final Font SUBTITLE = new Font("SansSerif", Font.BOLD, 16);
    private static final Font LABEL = new Font("SansSerif", Font.PLAIN, 18);
    private static final Font TICK = new Font("SansSerif", Font.PLAIN, 15);

    private Charts() {
    }

    static Color awt(Colours.Rgb rgb) {
        return new Color(rgb.packed());
    }

    static Color variantColour(int index) {
        return awt(Colours.variant(index));
    }

    static void save(JFreeChart chart, Path file, int width, int height) throws IOException {
        // ImageIO's default cache is a temporary file: on a full disk its failure surfaces later as a
        // stack trace from a JVM shutdown hook; a PNG of a chart is small enough for memory
        javax.imageio.ImageIO.setUseCache(false);
        ChartUtils.saveChartAsPNG(file.toFile(), style(chart), width, height);
    }

    /** Applies the report's fonts and colours, and the language's number format to every number axis. */
    static JFreeChart styled(JFreeChart chart, java.text.NumberFormat numbers) {
        style(chart);
        numberFormat(chart.getPlot(), numbers);
        return chart;
    }

    /** Only the language's number format (forest panels keep their own, smaller fonts). */
    static JFreeChart numbers(JFreeChart chart, java.text.NumberFormat numbers) {
        numberFormat(chart.getPlot(), numbers);
        return chart;
    }

    private static void numberFormat(org.jfree.chart.plot.Plot plot, java.text.NumberFormat numbers) {
        if (plot instanceof CombinedDomainXYPlot c) {
            ((NumberAxis) c.getDomainAxis()).setNumberFormatOverride(numbers);
            c.getSubplots().forEach(p -> numberFormat((XYPlot) p, numbers));
        } else if (plot instanceof XYPlot p) {
            if (p.getDomainAxis() instanceof NumberAxis n) {
                n.setNumberFormatOverride(numbers);
            }
            ((NumberAxis) p.getRangeAxis()).setNumberFormatOverride(numbers);
        } else if (plot instanceof CategoryPlot p) {
            ((NumberAxis) p.getRangeAxis()).setNumberFormatOverride(numbers);
        }
    }

    private static JFreeChart style(JFreeChart chart) {
        chart.getTitle().setFont(TITLE);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(LABEL);
        }
        styleAxes(chart.getPlot());
        return chart;
    }

    private static void styleAxes(org.jfree.chart.plot.Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        if (plot instanceof CombinedDomainXYPlot c) {
            c.getDomainAxis().setLabelFont(LABEL);
            c.getDomainAxis().setTickLabelFont(TICK);
            c.getSubplots().forEach(p -> styleAxes((XYPlot) p));
        } else if (plot instanceof XYPlot p) {
            p.setDomainGridlinePaint(Color.LIGHT_GRAY);
            p.setRangeGridlinePaint(Color.LIGHT_GRAY);
            for (var axis : List.of(p.getDomainAxis(), p.getRangeAxis())) {
                axis.setLabelFont(LABEL);
                axis.setTickLabelFont(TICK);
            }
        } else if (plot instanceof CategoryPlot p) {
            p.setRangeGridlinePaint(Color.LIGHT_GRAY);
            p.getDomainAxis().setLabelFont(LABEL);
            p.getDomainAxis().setTickLabelFont(LABEL);
            p.getRangeAxis().setLabelFont(LABEL);
            p.getRangeAxis().setTickLabelFont(TICK);
        }
    }

    /** A value axis whose range always includes zero (bars and levels are read from zero). */
    private static NumberAxis fromZero(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }

    /**
     * A step curve per variant with dashed 95 % bands; the legend says how many spells each has.
     * Steps are drawn as one path per series (two points per step), not one line per step: a
     * curve has hundreds of steps, and each separate line is a separate trip through Java2D.
     */
    static JFreeChart survival(Messages m, String title, String yLabel, Map<String, Analysis.SurvivalRow> rows,
                               List<String> variants) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        int s = 0;
        for (String v : variants) {
            KaplanMeier km = rows.get(v).curve();
            XYSeries curve = new XYSeries(m.text("chart.legend.spells", v, m.formats().integer(rows.get(v).spells())), false, true);
            XYSeries low = new XYSeries(v + " low", false, true);
            XYSeries high = new XYSeries(v + " high", false, true);
            double[] last = {100, 100, 100};
            curve.add(0, 100);
            low.add(0, 100);
            high.add(0, 100);
            for (KaplanMeier.Step step : km.steps()) {
                double[] next = {100 * step.survival(), 100 * step.low(), 100 * step.high()};
                XYSeries[] all = {curve, low, high};
                for (int k = 0; k < 3; k++) {
                    all[k].add(step.time(), last[k], false);
                    all[k].add(step.time(), next[k], false);
                }
                last = next;
            }
            Color c = variantColour(variants.indexOf(v));
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
        NumberAxis y = new NumberAxis(yLabel);
        y.setRange(0, 100);
        return new JFreeChart(title, TITLE, new XYPlot(data, new NumberAxis(m.text("axis.weeks")), y, renderer), true);
    }

    /**
     * Pooled Aalen-Johansen cumulative incidence in percent: one colour per variant, a solid
     * curve for the first job and dashed ones for each destination; steps as one path per series.
     */
    static JFreeChart incidence(Messages m, String title, Map<String, CompetingRisks.Curve> curves, List<String> variants) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        int s = 0;
        for (String v : variants) {
            CompetingRisks.Curve c = curves.get(v);
            for (int k = 0; k < c.causes().size(); k++) {
                XYSeries curve = new XYSeries(v + ": " + m.cause(c.causes().get(k)), false, true);
                double last = 0;
                curve.add(0, 0);
                for (AalenJohansen.Step step : c.estimate().steps()) {
                    double next = 100 * step.incidence()[k];
                    curve.add(step.time(), last, false);
                    curve.add(step.time(), next, false);
                    last = next;
                }
                data.addSeries(curve);
                renderer.setSeriesPaint(s, variantColour(variants.indexOf(v)));
                renderer.setSeriesStroke(s, k == 0 ? new BasicStroke(3f) : new BasicStroke(2f, BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_MITER, 10f, new float[] {3f + 4f * k, 5f}, 0f));
                s++;
            }
        }
        NumberAxis y = new NumberAxis(m.text("axis.percent_of_users"));
        y.setRange(0, 100);
        return new JFreeChart(title, TITLE, new XYPlot(data, new NumberAxis(m.text("axis.weeks_since_referral")), y, renderer), true);
    }

    /** Means with 95 % bands over weeks, one colour per variant. */
    static JFreeChart bands(Messages m, String title, String yLabel, Map<String, Map<String, Analysis.Band>> bands,
                            String series, List<String> variants, double scale, boolean fromZero) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
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
            Color c = variantColour(variants.indexOf(v));
            renderer.setSeriesPaint(s, c);
            renderer.setSeriesFillPaint(s, c);
            renderer.setSeriesStroke(s, new BasicStroke(2.5f));
            s++;
        }
        renderer.setAlpha(0.2f);
        NumberAxis y = fromZero ? fromZero(yLabel) : new NumberAxis(yLabel);
        if (!fromZero) {
            y.setAutoRangeIncludesZero(false);
        }
        return new JFreeChart(title, TITLE, new XYPlot(data, new NumberAxis(m.text("axis.week")), y, renderer), true);
    }

    /** Bars from zero with 95 % whiskers: one bar per variant in each category. */
    static JFreeChart intervals(String title, String yLabel, Map<String, Map<String, double[]>> meanAndHalfWidth,
                                List<String> variants) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (var category : meanAndHalfWidth.entrySet()) {
            for (var v : category.getValue().entrySet()) {
                double half = Double.isNaN(v.getValue()[1]) ? 0 : v.getValue()[1];
                data.add(v.getValue()[0], half, v.getKey(), category.getKey());
            }
        }
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setErrorIndicatorPaint(Color.DARK_GRAY);
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        for (int i = 0; i < data.getRowCount(); i++) {
            int index = variants.indexOf(String.valueOf(data.getRowKey(i)));
            renderer.setSeriesPaint(i, index >= 0 ? variantColour(index) : variantColour(i));
        }
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(""), fromZero(yLabel), renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        return new JFreeChart(title, TITLE, plot, true);
    }

    /** Bars of one series per category with an index colour (sensitivity indices). */
    static JFreeChart indices(String title, String yLabel, Map<String, Map<String, double[]>> bars) {
        return intervals(title, yLabel, bars, List.of());
    }

    /** One forest-plot panel: an outcome's paired differences per variant with 95 % intervals. */
    record ForestPanel(String label, Map<String, double[]> differenceLowHigh, Map<String, Boolean> significant) {
    }

    /**
     * One panel of the forest plot: an outcome's paired differences, one row per variant (the dot
     * the mean, the bar the 95 % interval, the black line zero); the outcome and unit are the
     * panel's title and axis. A filled dot: the multiplicity-adjusted test finds an effect.
     */
    static JFreeChart forestPanel(String label, ForestPanel panel, List<String> variants, List<String> allVariants) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (String v : variants) {
            double[] d = panel.differenceLowHigh().get(v);
            if (d != null) {
                data.add(d[0], Double.isNaN(d[1]) ? 0 : (d[2] - d[1]) / 2, "difference", v);
            }
        }
        NumberAxis axis = new NumberAxis();
        axis.setAutoRangeIncludesZero(true);
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(LABEL);
        CategoryPlot plot = new ColouredRowsPlot(data, axis, new PanelPaints(panel, allVariants));
        plot.setDomainAxis(categories);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(1.5f)));
        plot.setBackgroundPaint(Color.WHITE);
        axis.setTickLabelFont(TICK);
        JFreeChart chart = new JFreeChart(label, SUBTITLE, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        return chart;
    }

    /** The forest plot: a title, a key, then the panels stacked, each {@code panelHeight} high. */
    static BufferedImage forest(String title, String key, List<JFreeChart> panels, int width, int panelHeight) {
        int top = 80;
        BufferedImage image = new BufferedImage(width, top + panels.size() * panelHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            centred(g, TITLE, title, width, 32);
            centred(g, TICK, key, width, 62);
            for (int i = 0; i < panels.size(); i++) {
                panels.get(i).draw(g, new Rectangle2D.Double(0, top + i * panelHeight, width, panelHeight));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void centred(Graphics2D g, Font font, String text, int width, int baseline) {
        g.setFont(font);
        int w = g.getFontMetrics().stringWidth(text);
        g.drawString(text, Math.max(4, (width - w) / 2), baseline);
    }

    /** The fill and outline of each variant's dot in a forest panel. */
    private record PanelPaints(ForestPanel panel, List<String> variants) {
    }

    /** A category plot whose renderer paints each row (variant) in its colour, filled only if significant. */
    private static final class ColouredRowsPlot extends CategoryPlot {
        ColouredRowsPlot(DefaultStatisticalCategoryDataset data, NumberAxis range, PanelPaints paints) {
            super(data, null, range, new StatisticalLineAndShapeRenderer(false, true) {
                @Override
                public java.awt.Paint getItemPaint(int row, int column) {
                    return variantColour(paints.variants().indexOf(String.valueOf(data.getColumnKey(column))));
                }

                @Override
                public java.awt.Paint getItemOutlinePaint(int row, int column) {
                    return getItemPaint(row, column);
                }

                @Override
                public java.awt.Paint getItemFillPaint(int row, int column) {
                    Boolean significant = paints.panel().significant().get(String.valueOf(data.getColumnKey(column)));
                    return Boolean.TRUE.equals(significant) ? getItemPaint(row, column) : Color.WHITE;
                }
            });
            StatisticalLineAndShapeRenderer r = (StatisticalLineAndShapeRenderer) getRenderer();
            r.setSeriesShape(0, new Ellipse2D.Double(-7, -7, 14, 14));
            r.setUseFillPaint(true);
            r.setDrawOutlines(true);
            r.setUseOutlinePaint(true);
            r.setSeriesOutlineStroke(0, new BasicStroke(2.5f));
            r.setErrorIndicatorStroke(new BasicStroke(3f));
            r.setErrorIndicatorPaint(Color.DARK_GRAY);
            r.setSeriesVisibleInLegend(0, false);
            setRangeGridlinePaint(Color.LIGHT_GRAY);
        }
    }

    /** Stacked bars from zero: spending by item (stacks) per variant (bars). */
    static JFreeChart stacked(Messages m, String title, String yLabel, Map<String, Map<String, Double>> byVariantAndItem,
                              List<String> items) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String item : items) {
            for (var v : byVariantAndItem.entrySet()) {
                data.addValue(v.getValue().getOrDefault(item, 0.0), m.costItem(item), v.getKey());
            }
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        for (int i = 0; i < items.size(); i++) {
            renderer.setSeriesPaint(i, awt(Colours.costItem(i)));
        }
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(""), fromZero(yLabel), renderer);
        return new JFreeChart(title, TITLE, plot, true);
    }

    /**
     * Stacked shares of users in each stage by week since referral, one panel per variant. Each
     * stage is one filled area from zero to the cumulative share up to it, drawn from the top
     * stage down (XYPlot draws the last series first), so every stage shows as its own band: six
     * fills a panel instead of one per stage and week.
     */
    static JFreeChart stages(Messages m, String title, List<String> stages, Map<String, double[][]> sharesByVariant) {
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new NumberAxis(m.text("axis.weeks_since_referral")));
        plot.setGap(14);
        boolean first = true;
        for (var entry : sharesByVariant.entrySet()) {
            double[][] shares = entry.getValue();
            XYSeriesCollection data = new XYSeriesCollection();
            XYAreaRenderer renderer = new XYAreaRenderer(XYAreaRenderer.AREA);
            renderer.setOutline(false);
            for (int s = 0; s < stages.size(); s++) {
                XYSeries series = new XYSeries(m.stage(stages.get(s)), false, false);
                for (int d = 0; d < shares.length; d++) {
                    double cumulative = 0;
                    for (int k = 0; k <= s; k++) {
                        cumulative += shares[d][k];
                    }
                    series.add(d, 100 * cumulative, false);
                }
                data.addSeries(series);
                renderer.setSeriesPaint(s, awt(Colours.stage(stages.get(s))));
                renderer.setSeriesVisibleInLegend(s, first);
            }
            NumberAxis y = new NumberAxis(m.text("axis.percent_of_users_short", entry.getKey()));
            y.setRange(0, 100);
            plot.add(new XYPlot(data, null, y, renderer), 1);
            first = false;
        }
        return new JFreeChart(title, TITLE, plot, true);
    }
}
