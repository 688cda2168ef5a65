package org.inclusim.gui;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.inclusim.model.MentorState;
import org.inclusim.model.Stage;
import org.inclusim.observe.WeeklyRow;
import org.inclusim.presentation.Colours;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The four charts that move (JFreeChart 1.5): users per stage, mentors (the pool, those on sick
 * leave, and those who quit the role or left the workplace so far, whom the display does not
 * draw), mean strain (one point per week each) and the first-job retention curve so far. With
 * two lanes every series appears once per variant, the first solid and the second dashed, in one
 * chart, and the legend names each quantity once (its colour) and each variant once (its line).
 * Touch only on the event thread; {@link #apply} takes a drained {@link ChartBuffer.Batch} and
 * adds its points with notification off, then fires one change per series.
 */
public final class TimeCharts {
    /**
     * A weekly quantity drawn as one series per lane: {@code id} names it for code and tests
     * (a stage name, {@code mentor_pool}, ...), {@code label} is its text in the GUI's language.
     * A cumulative measure draws the sum of its weekly values up to each week (the run so far).
     */
    private record Measure(String id, String label, Color color, ToDoubleFunction<WeeklyRow> value, boolean cumulative) {
        Measure(String id, String label, Color color, ToDoubleFunction<WeeklyRow> value) {
            this(id, label, color, value, false);
        }
    }

    private static Measure stage(Stage stage, ToDoubleFunction<WeeklyRow> value) {
        return new Measure(stage.label(), GuiText.messages().stage(stage.label()), Palette.stage(stage), value);
    }

    private static List<Measure> stages() {
        return List.of(stage(Stage.REFERRED, WeeklyRow::referred), stage(Stage.SEEKING, WeeklyRow::seeking),
                stage(Stage.IN_PLACEMENT, WeeklyRow::inPlacement), stage(Stage.EMPLOYED, WeeklyRow::employed),
                stage(Stage.OUT_OF_WORK, WeeklyRow::outOfWork),
                stage(Stage.DISABILITY_BENEFIT, WeeklyRow::disabilityBenefit),
                // a part of the line above, not a stage of its own (graded uføretrygd, ODD 7.5b)
                new Measure("disability_with_work", GuiText.text("gui.series.disability_with_work"),
                        Palette.awt(Colours.series("disability_with_work")), WeeklyRow::disabilityWithWork),
                stage(Stage.AAP, WeeklyRow::aap),
                stage(Stage.EDUCATION, WeeklyRow::education), stage(Stage.WORK_WITHOUT_NAV, WeeklyRow::workWithoutNav),
                stage(Stage.OTHER, WeeklyRow::other));
    }

    private static List<Measure> mentors() {
        return List.of(new Measure("mentor_pool", GuiText.text("gui.series.mentor_pool"), Palette.stage(Stage.EMPLOYED).darker(),
                        WeeklyRow::mentorPool),
                new Measure("burnt_out", GuiText.text("gui.series.burnt_out"), Palette.BURNT_OUT, WeeklyRow::mentorsOnLeave),
                new Measure("mentors_quit", GuiText.text("gui.series.mentors_quit"), Palette.mentorState(MentorState.QUIT),
                        WeeklyRow::quits, true),
                new Measure("mentors_left", GuiText.text("gui.series.mentors_left"), Palette.mentorState(MentorState.LEFT),
                        WeeklyRow::mentorsLeft, true));
    }

    private static List<Measure> strain() {
        return List.of(new Measure("mean_strain", GuiText.text("gui.series.mean_strain"),
                Palette.awt(Colours.mentorState("strain_high")), WeeklyRow::meanStrain));
    }

    private final List<Measure> stageMeasures = stages();
    private final List<Measure> mentorMeasures = mentors();
    private final List<Measure> strainMeasures = strain();

    private final XYSeriesCollection stageData = new XYSeriesCollection();
    private final XYSeriesCollection mentorData = new XYSeriesCollection();
    private final XYSeriesCollection strainData = new XYSeriesCollection();
    private final XYSeriesCollection retentionData = new XYSeriesCollection();
    private final JFreeChart stageChart = chart(GuiText.text("gui.chart.stages"), GuiText.text("axis.week"),
            GuiText.text("gui.axis.users"), stageData);
    private final JFreeChart mentorChart = chart(GuiText.text("gui.chart.mentors"), GuiText.text("axis.week"),
            GuiText.text("gui.axis.mentors"), mentorData);
    private final JFreeChart strainChart = chart(GuiText.text("gui.chart.strain"), GuiText.text("axis.week"),
            GuiText.text("gui.axis.strain"), strainData);
    private final JFreeChart retentionChart = chart(GuiText.text("gui.chart.retention"), GuiText.text("gui.axis.weeks_since_job_start"),
            GuiText.text("gui.axis.share_in_job"), retentionData);

    {
        retentionChart.getXYPlot().setNoDataMessage(GuiText.text("gui.chart.no_jobs_yet"));
    }
    private static final Line2D LEGEND_LINE = new Line2D.Double(-9, 0, 9, 0);
    private int generation = Integer.MIN_VALUE;
    private List<String> laneNames = List.of();

    private static JFreeChart chart(String title, String x, String y, XYSeriesCollection data) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, x, y, data);
        chart.getXYPlot().setRenderer(new XYLineAndShapeRenderer(true, false));
        chart.getXYPlot().setBackgroundPaint(Color.WHITE);
        chart.getXYPlot().setDomainGridlinePaint(Color.LIGHT_GRAY);
        chart.getXYPlot().setRangeGridlinePaint(Color.LIGHT_GRAY);
        for (var axis : List.of(chart.getXYPlot().getDomainAxis(), chart.getXYPlot().getRangeAxis())) {
            if (axis instanceof org.jfree.chart.axis.NumberAxis numbers) {
                numbers.setNumberFormatOverride(GuiText.messages().formats().axisFormat());
                numbers.setAutoRangeIncludesZero(true);
            }
        }
        // At the start the charts hold one point: show a few weeks and a unit of height, not a collapsed axis.
        chart.getXYPlot().getDomainAxis().setAutoRangeMinimumSize(10);
        chart.getXYPlot().getRangeAxis().setAutoRangeMinimumSize(0.1);
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

    /**
     * The weekly series of a measure for a lane, by its id: a stage ({@code employed}),
     * {@code mentor_pool}, {@code burnt_out}, {@code mentors_quit}, {@code mentors_left} (both so
     * far) or {@code mean_strain}.
     */
    public XYSeries weekly(String id, int lane) {
        for (List<Measure> measures : List.of(stageMeasures, mentorMeasures, strainMeasures)) {
            for (Measure m : measures) {
                if (m.id().equals(id)) {
                    for (XYSeries s : weeklySeries()) {
                        if (s.getKey().equals(key(m.label(), lane))) {
                            return s;
                        }
                    }
                }
            }
        }
        throw new IllegalArgumentException("no series " + id + " of lane " + lane);
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
            add(stageData, stageMeasures, p, touched);
            add(mentorData, mentorMeasures, p, touched);
            add(strainData, strainMeasures, p, touched);
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
            Measure measure = measures.get(m);
            int last = series.getItemCount() - 1;
            boolean replaces = last >= 0 && series.getX(last).intValue() == p.week();
            double value = measure.value().applyAsDouble(p.row());
            if (measure.cumulative()) {
                int before = replaces ? last - 1 : last;
                value += before >= 0 ? series.getY(before).doubleValue() : 0;
            }
            if (replaces) {
                series.updateByIndex(last, value);
            } else {
                series.add(p.week(), value, false);
            }
            touched.add(series);
        }
    }

    private void rebuild() {
        fill(stageChart, stageData, stageMeasures);
        fill(mentorChart, mentorData, mentorMeasures);
        fill(strainChart, strainData, strainMeasures);
        fill(retentionChart, retentionData, List.of(new Measure("retention", GuiText.text("gui.series.retention"),
                Palette.stage(Stage.EMPLOYED), r -> 0)));
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
