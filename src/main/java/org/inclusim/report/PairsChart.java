package org.inclusim.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The pairwise plot of accepted parameter sets: one small JFreeChart scatter plot per pair of
 * parameters (lower triangle; rows and columns named on the diagonal), each draw a dot whose
 * size grows with its weight, the best candidate marked. Shows which parameters the targets pin
 * down and which trade off along ridges.
 */
public final class PairsChart {
    private static final int TILE = 220;

    private PairsChart() {
    }

    /**
     * @param names   parameter names (short labels are taken after the last dot)
     * @param draws   accepted draws, one value per parameter
     * @param weights their weights (any positive scale)
     * @param best    the optimum, marked in every panel
     */
    public static void write(List<String> names, List<double[]> draws, double[] weights, double[] best, Path png) throws IOException {
        int n = names.size();
        BufferedImage image = new BufferedImage(Math.max(1, n) * TILE, Math.max(1, n) * TILE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            double maxWeight = java.util.Arrays.stream(weights).max().orElse(1);
            for (int row = 0; row < n; row++) {
                for (int col = 0; col < n; col++) {
                    Rectangle2D tile = new Rectangle2D.Double(col * TILE, row * TILE, TILE, TILE);
                    if (row == col) {
                        label(g, names.get(row), tile);
                    } else if (row > col) {
                        panel(draws, weights, maxWeight, best, col, row).draw(g, tile);
                    }
                }
            }
        } finally {
            g.dispose();
        }
        ImageIO.setUseCache(false);
        ImageIO.write(image, "png", png.toFile());
    }

    private static JFreeChart panel(List<double[]> draws, double[] weights, double maxWeight, double[] best, int x, int y) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries heavy = new XYSeries("weight above a quarter of the largest", false, true);
        XYSeries light = new XYSeries("lighter", false, true);
        for (int i = 0; i < draws.size(); i++) {
            (weights[i] > maxWeight / 4 ? heavy : light).add(draws.get(i)[x], draws.get(i)[y]);
        }
        XYSeries optimum = new XYSeries("optimum", false, true);
        optimum.add(best[x], best[y]);
        data.addSeries(light);
        data.addSeries(heavy);
        data.addSeries(optimum);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, new Color(0x80, 0x9f, 0xc8));
        renderer.setSeriesPaint(1, Charts.variantColour(1));
        renderer.setSeriesPaint(2, Charts.variantColour(0));
        renderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-1.5, -1.5, 3, 3));
        renderer.setSeriesShape(1, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
        renderer.setSeriesShape(2, new java.awt.geom.Rectangle2D.Double(-4, -4, 8, 8));
        NumberAxis xAxis = axis();
        NumberAxis yAxis = axis();
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static NumberAxis axis() {
        NumberAxis a = new NumberAxis();
        a.setAutoRangeIncludesZero(false);
        a.setTickLabelFont(new Font("SansSerif", Font.PLAIN, 9));
        return a;
    }

    private static void label(Graphics2D g, String name, Rectangle2D tile) {
        g.setColor(Color.DARK_GRAY);
        String[] parts = name.split("\\.");
        g.setFont(new Font("SansSerif", Font.PLAIN, 12));
        int y = (int) tile.getCenterY() - 8;
        for (String part : parts) {
            int width = g.getFontMetrics().stringWidth(part);
            g.drawString(part, (int) (tile.getCenterX() - width / 2.0), y);
            y += 16;
        }
    }
}
