package org.inclusim.gui;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.inclusim.model.Stage;
import org.inclusim.observe.WeeklyRow;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The four charts that move (JFreeChart 1.5): users per stage, mentor pool and burnt-out mentors,
 * mean strain (one point per week each) and the first-job retention curve so far. With two lanes
 * every series appears once per variant, the first solid and the second dashed, in one chart,
 * and the legend names each quantity once (its colour) and each variant once (its line).
 * Touch only on the event thread; {@link #apply} takes a drained {@link ChartBuffer.Batch} and
 * adds its points with notification off, then fires one change per series.
 */
public final class TimeCharts {
    /** A weekly quantity drawn as one series per lane. */
    private record Measure(String label, Color color, ToDoubleFunction<WeeklyRow> value) {
    }

    private static final List<Measure> STAGES = List.of(
            new Measure("referred", Palette.stage(Stage.REFERRED), WeeklyRow::referred),
            new Measure("seeking", Palette.stage(Stage.SEEKING), WeeklyRow::seeking),
            new Measure("in placement", Palette.stage(Stage.IN_PLACEMENT), WeeklyRow::inPlacement),
            new Measure("employed", Palette.stage(Stage.EMPLOYED), WeeklyRow::employed),
            new Measure("out of work", Palette.stage(Stage.OUT_OF_WORK), WeeklyRow::outOfWork),
            new Measure("exited", Palette.stage(Stage.EXITED), WeeklyRow::exited));
    private static final List<Measure> MENTORS = List.of(
            new Measure("mentor pool", new Color(30, 100, 60), WeeklyRow::mentorPool),
            new Measure("burnt out (on leave)", Palette.BURNT_OUT, WeeklyRow::mentorsOnLeave));
    private static final List<Measure> STRAIN = List.of(
            new Measure("mean strain", new Color(230, 90, 20), WeeklyRow::meanStrain));

    private final XYSeriesCollection stageData = new XYSeriesCollection();
    private final XYSeriesCollection mentorData = new XYSeriesCollection();
    private final XYSeriesCollection strainData = new XYSeriesCollection();
    private final XYSeriesCollection retentionData = new XYSeriesCollection();
    private final JFreeChart stageChart = chart("Users per stage", "week", "users", stageData);
    private final JFreeChart mentorChart = chart("Mentor pool and burnt-out mentors", "week", "mentors", mentorData);
    private final JFreeChart strainChart = chart("Mean mentor strain", "week", "strain", strainData);
    private final JFreeChart retentionChart = chart("First-job retention so far", "weeks since job start",
            "share still in the job", retentionData);
    private static final Line2D LEGEND_LINE = new Line2D.Double(-9, 0, 9, 0);
    private int generation = Integer.MIN_VALUE;
    private List<String> laneNames = List.of();

    private static JFreeChart chart(String title, String x, String y, XYSeriesCollection data) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, x, y, data);
        chart.getXYPlot().setRenderer(new XYLineAndShapeRenderer(true, false));
        chart.getXYPlot().setBackgroundPaint(Color.WHITE);
        chart.getXYPlot().setDomainGridlinePaint(Color.LIGHT_GRAY);
        chart.getXYPlot().setRangeGridlinePaint(Color.LIGHT_GRAY);
        return chart;
    }

    /** The charts, in the order their frames are listed. */
    public List<JFreeChart> charts() {
        return List.of(stageChart, mentorChart, strainChart, retentionChart);
    }

    /** Every weekly series (stage, mentor and strain charts): one point per week stepped. */
    public List<XYSeries> weeklySeries() {
        List<XYSeries> all = new ArrayList<>();
        for (XYSeriesCollection data : List.of(stageData, mentorData, strainData)) {
            for (int i = 0; i < data.getSeriesCount(); i++) {
                all.add(data.getSeries(i));
            }
        }
        return all;
    }

    /** The weekly series of a measure for a lane, e.g. {@code employed} of lane 1. */
    public XYSeries weekly(String label, int lane) {
        for (XYSeries s : weeklySeries()) {
            if (s.getKey().equals(key(label, lane))) {
                return s;
            }
        }
        throw new IllegalArgumentException("no series " + key(label, lane));
    }

    /** The retention curve of a lane. */
    public XYSeries retention(int lane) {
        return retentionData.getSeries(lane);
    }

    /** Adds what the model thread buffered; on a new run, starts new series first. */
    public void apply(ChartBuffer.Batch batch) {
        if (batch.generation() != generation) {
            generation = batch.generation();
            laneNames = batch.laneNames();
            rebuild();
        }
        Set<XYSeries> touched = new LinkedHashSet<>();
        for (ChartBuffer.Point p : batch.points()) {
            add(stageData, STAGES, p, touched);
            add(mentorData, MENTORS, p, touched);
            add(strainData, STRAIN, p, touched);
        }
        for (int lane = 0; lane < batch.retention().length && lane < retentionData.getSeriesCount(); lane++) {
            double[] curve = batch.retention()[lane];
            if (curve != null) {
                XYSeries series = retentionData.getSeries(lane);
                series.clear();
                for (int t = 0; t < curve.length; t++) {
                    series.add(t, curve[t], false);
                }
                touched.add(series);
            }
        }
        touched.forEach(XYSeries::fireSeriesChanged);
    }

    private void add(XYSeriesCollection data, List<Measure> measures, ChartBuffer.Point p, Set<XYSeries> touched) {
        for (int m = 0; m < measures.size(); m++) {
            XYSeries series = data.getSeries(p.lane() * measures.size() + m);
            series.add(p.row().week(), measures.get(m).value().applyAsDouble(p.row()), false);
            touched.add(series);
        }
    }

    private void rebuild() {
        fill(stageChart, stageData, STAGES);
        fill(mentorChart, mentorData, MENTORS);
        fill(strainChart, strainData, STRAIN);
        fill(retentionChart, retentionData, List.of(new Measure("retention", new Color(30, 150, 60), r -> 0)));
    }

    private void fill(JFreeChart chart, XYSeriesCollection data, List<Measure> measures) {
        data.removeAllSeries();
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        int index = 0;
        for (int lane = 0; lane < laneNames.size(); lane++) {
            for (Measure m : measures) {
                data.addSeries(new XYSeries(key(m.label(), lane), false, false));
                renderer.setSeriesPaint(index, m.color());
                renderer.setSeriesStroke(index, Palette.laneStroke(lane));
                index++;
            }
        }
        plot.setFixedLegendItems(laneNames.size() < 2 ? null : compactLegend(measures));
    }

    /**
     * With two lanes, a legend of one item per measure (its colour) and one per lane (its line),
     * instead of one per series: half as long, so it leaves the plot room in a small window.
     */
    private LegendItemCollection compactLegend(List<Measure> measures) {
        LegendItemCollection items = new LegendItemCollection();
        for (Measure m : measures) {
            items.add(new LegendItem(m.label(), m.color()));
        }
        for (int lane = 0; lane < laneNames.size(); lane++) {
            items.add(new LegendItem(laneNames.get(lane), null, null, null, LEGEND_LINE, Palette.laneStroke(lane),
                    Color.DARK_GRAY));
        }
        return items;
    }

    private String key(String label, int lane) {
        return laneNames.size() < 2 ? label : label + " (" + laneNames.get(lane) + ")";
    }
}
