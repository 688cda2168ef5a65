package org.inclusim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A mentor's strain week by week (JFreeChart), the burnout threshold as a dashed line and each
 * burnout leave shaded in the shared on-leave colour; below, the leave episodes in words.
 */
final class StrainPanel extends HistoryPicture {
    private static final long serialVersionUID = 1L;

    private final int mentorId;
    private final transient History history;
    private final transient DoubleSupplier threshold;
    private final transient XYSeries strain;
    private final transient XYPlot plot;

    StrainPanel(int mentorId, History history, DoubleSupplier threshold) {
        this(mentorId, history, threshold, new XYSeries(GuiText.text("gui.axis.strain"), true, false));
    }

    private StrainPanel(int mentorId, History history, DoubleSupplier threshold, XYSeries series) {
        super(panel(series));
        this.mentorId = mentorId;
        this.history = history;
        this.threshold = threshold;
        this.strain = series;
        this.plot = ((ChartPanel) getComponent(0)).getChart().getXYPlot();
        refresh();
    }

    private static ChartPanel panel(XYSeries series) {
        JFreeChart chart = ChartFactory.createXYLineChart(null, GuiText.text("axis.week"), GuiText.text("gui.axis.strain"),
                new XYSeriesCollection(series));
        chart.removeLegend();
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, Palette.awt(org.inclusim.presentation.Colours.mentorState("strain_high")).darker());
        renderer.setSeriesStroke(0, new BasicStroke(1.5f));
        plot.setRenderer(renderer);
        for (var axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
            ((NumberAxis) axis).setNumberFormatOverride(GuiText.messages().formats().axisFormat());
        }
        ChartPanel panel = new ChartPanel(chart);
        panel.setPreferredSize(new Dimension(380, 170));
        return panel;
    }

    @Override
    void refresh() {
        if (history == null) {
            return;
        }
        double[] values = history.strainHistory(mentorId);
        int first = history.strainFirstWeek(mentorId);
        strain.setNotify(false);
        strain.clear();
        for (int i = 0; i < values.length; i++) {
            strain.add(first + i, values[i], false);
        }
        strain.setNotify(true);
        plot.clearDomainMarkers();
        plot.clearRangeMarkers();
        ValueMarker limit = new ValueMarker(threshold.getAsDouble(), Palette.OUTLINE,
                new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
        limit.setLabel(GuiText.text("gui.strain.threshold"));
        plot.addRangeMarker(limit);
        for (int[] episode : history.leaveEpisodes(mentorId)) {
            Marker leave = new IntervalMarker(episode[0] - 0.5, episode[1] + 0.5, Palette.BURNT_OUT);
            leave.setAlpha(0.35f);
            plot.addDomainMarker(leave, Layer.BACKGROUND);
        }
        super.refresh();
    }

    @Override
    List<String> describe() {
        List<String> text = new ArrayList<>();
        List<int[]> episodes = history.leaveEpisodes(mentorId);
        if (episodes.isEmpty()) {
            text.add(GuiText.text("gui.strain.no_leave"));
        }
        for (int[] e : episodes) {
            text.add(GuiText.text("gui.strain.leave", Plain.week(e[0]), Plain.week(e[1]), e[1] - e[0] + 1));
        }
        return text;
    }
}
