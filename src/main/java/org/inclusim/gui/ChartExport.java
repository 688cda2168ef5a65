package org.inclusim.gui;

import java.awt.BorderLayout;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;

/**
 * Exporting what a chart window shows: its data as a tidy CSV file (one row per point: series,
 * x, y; UTF-8, '.' decimals, as the result tables) and the chart as a PNG image at the window's
 * size. Each chart window has a menu with both; the display's own camera button saves the
 * community as PNG (MASON's snapshot).
 */
final class ChartExport {
    /** Column names of the CSV file. */
    static final String HEADER = "series,x,y";

    private ChartExport() {
    }

    /** A chart window with its menu: save the data as CSV, save the chart as PNG. */
    static JFrame frame(TimeCharts charts, int index) {
        JFreeChart chart = charts.charts().get(index);
        JFrame frame = new JFrame(chart.getTitle().getText());
        ChartPanel panel = new ChartPanel(chart);
        frame.getContentPane().add(panel, BorderLayout.CENTER);
        JMenu menu = new JMenu(GuiText.text("gui.export.menu"));
        JMenuItem csv = new JMenuItem(GuiText.text("gui.export.csv"));
        csv.addActionListener(e -> choose(frame, "csv", path -> writeCsv(chart, path)));
        JMenuItem png = new JMenuItem(GuiText.text("gui.export.png"));
        png.addActionListener(e -> choose(frame, "png", path -> writePng(chart, path, panel.getWidth(), panel.getHeight())));
        menu.add(csv);
        menu.add(png);
        JMenuBar bar = new JMenuBar();
        bar.add(menu);
        frame.setJMenuBar(bar);
        return frame;
    }

    private interface Writer {
        void write(Path path) throws IOException;
    }

    private static void choose(JFrame frame, String extension, Writer writer) {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileFilter(new FileNameExtensionFilter(extension.toUpperCase(Locale.ROOT), extension));
        chooser.setSelectedFile(new File(fileName(frame.getTitle()) + "." + extension));
        if (chooser.showSaveDialog(frame) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path path = chooser.getSelectedFile().toPath();
        if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            path = path.resolveSibling(path.getFileName() + "." + extension);
        }
        try {
            writer.write(path);
        } catch (IOException | UncheckedIOException e) {
            JOptionPane.showMessageDialog(frame, GuiText.text("gui.export.failed", path, e.getMessage()),
                    frame.getTitle(), JOptionPane.ERROR_MESSAGE);
        }
    }

    /** A file name from a chart title: letters, digits and '-' only. */
    static String fileName(String title) {
        String name = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        return name.isEmpty() ? "chart" : name;
    }

    /** The chart's points as CSV: {@code series,x,y}, one row per point, series in legend order. */
    static String csv(JFreeChart chart) {
        XYDataset data = chart.getXYPlot().getDataset();
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (int s = 0; s < data.getSeriesCount(); s++) {
            String key = quote(String.valueOf(data.getSeriesKey(s)));
            for (int i = 0; i < data.getItemCount(s); i++) {
                out.append(key).append(',').append(number(data.getXValue(s, i))).append(',')
                        .append(number(data.getYValue(s, i))).append('\n');
            }
        }
        return out.toString();
    }

    static void writeCsv(JFreeChart chart, Path path) throws IOException {
        Files.writeString(path, csv(chart), StandardCharsets.UTF_8);
    }

    static void writePng(JFreeChart chart, Path path, int width, int height) throws IOException {
        ChartUtils.saveChartAsPNG(path.toFile(), chart, Math.max(width, 200), Math.max(height, 150));
    }

    private static String number(double x) {
        if (Double.isNaN(x)) {
            return "";
        }
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }

    /** RFC 4180: a value with a comma, quote or line break is quoted, quotes doubled. */
    static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
