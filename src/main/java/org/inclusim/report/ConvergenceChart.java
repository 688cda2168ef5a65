package org.inclusim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The convergence chart of a calibration: every evaluation's distance, and the best so far. */
public final class ConvergenceChart {
    private ConvergenceChart() {
    }

    public static void write(double[] distances, Path png) throws IOException {
        XYSeries each = new XYSeries("evaluation");
        XYSeries best = new XYSeries("best so far");
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < distances.length; i++) {
            double d = Math.max(distances[i], 1e-6);
            min = Math.min(min, d);
            each.add(i + 1, d);
            best.add(i + 1, min);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(each);
        data.addSeries(best);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesLinesVisible(0, false);
        renderer.setSeriesPaint(0, Charts.variantColour(1));
        renderer.setSeriesShapesVisible(1, false);
        renderer.setSeriesPaint(1, Charts.variantColour(0));
        renderer.setSeriesStroke(1, new BasicStroke(3f));
        LogarithmicAxis y = new LogarithmicAxis("distance (sum of squared standardised errors)");
        y.setAllowNegativesFlag(false);
        XYPlot plot = new XYPlot(data, new NumberAxis("evaluation"), y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        Charts.save(new JFreeChart("Calibration: distance to the targets", plot), png, Charts.WIDTH, Charts.HEIGHT);
    }
}
