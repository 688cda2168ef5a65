package org.inclusim.gui;

import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the GUI's windows go: the community displays side by side from the top left, the charts
 * in a column to their right, and the Console under the first display (placed by the GUI).
 *
 * <p>Two displays at full size and the chart column need about 2,000 pixels of width. On a
 * narrower screen the displays are drawn smaller (never below {@link #MIN_SCALE}), so that both
 * fit side by side across the screen, and the charts move into a grid under the displays, to the
 * right of the Console ({@link #CONSOLE_WIDTH} wide); nothing overlaps on a screen of 1280 x 1000
 * pixels or more. Pure geometry, so that it can be checked without a screen.
 */
final class WindowLayout {
    static final int GAP = 10;
    /** Width the Console keeps under the first display. */
    static final int CONSOLE_WIDTH = 480;
    /**
     * Smallest chart the grid makes; where even that does not fit, the charts keep their size in
     * a column at the right edge of the screen, over the displays (the user can move them).
     */
    static final Dimension MIN_GRID_CHART = new Dimension(300, 160);
    /** Smallest drawing scale the displays are given. */
    static final double MIN_SCALE = 0.5;

    private WindowLayout() {
    }

    /**
     * The drawing scale of the displays: 1 if they and the chart column fit across the screen at
     * full size, else what makes them fill its width side by side, at most 1 (so on a screen
     * about 1920 pixels wide they keep their size and the charts go into the grid).
     *
     * @param display a display's window at scale 1
     * @param field   the drawing area inside it at scale 1
     */
    static double displayScale(Rectangle screen, Dimension display, Dimension field, Dimension chart, int displays) {
        if (displays * (display.width + GAP) + chart.width <= screen.width) {
            return 1.0;
        }
        int chrome = display.width - field.width;
        double perDisplay = (screen.width - (displays - 1) * GAP) / (double) displays - chrome;
        return Math.max(MIN_SCALE, Math.min(1.0, perDisplay / field.width));
    }

    /** Top-left corners of the display windows, given their actual size. */
    static List<Point> displays(Rectangle screen, Dimension display, int displays) {
        List<Point> corners = new ArrayList<>();
        for (int i = 0; i < displays; i++) {
            corners.add(new Point(screen.x + i * (display.width + GAP), screen.y));
        }
        return corners;
    }

    /**
     * Bounds of the chart windows: a column right of the displays if it fits on the screen, else
     * a grid of two columns under the displays right of the Console, else (screen too small for
     * either) a column at the right edge of the screen.
     *
     * @param display a display's window at its actual size
     * @param chart   a chart window's natural size
     */
    static List<Rectangle> charts(Rectangle screen, Dimension display, int displays, Dimension chart, int count) {
        List<Rectangle> bounds = new ArrayList<>();
        int right = displays * (display.width + GAP);
        if (right + chart.width <= screen.width && count * chart.height <= screen.height) {
            for (int i = 0; i < count; i++) {
                bounds.add(new Rectangle(screen.x + right, screen.y + i * chart.height, chart.width, chart.height));
            }
            return bounds;
        }
        int rows = (count + 1) / 2;
        int left = CONSOLE_WIDTH + GAP;
        int width = (screen.width - left) / 2;
        int height = rows == 0 ? 0 : (screen.height - display.height) / rows;
        if (width >= MIN_GRID_CHART.width && height >= MIN_GRID_CHART.height) {
            for (int i = 0; i < count; i++) {
                bounds.add(new Rectangle(screen.x + left + (i % 2) * width, screen.y + display.height + (i / 2) * height,
                        width, height));
            }
            return bounds;
        }
        for (int i = 0; i < count; i++) {
            bounds.add(new Rectangle(screen.x + screen.width - chart.width, screen.y + i * chart.height, chart.width,
                    chart.height));
        }
        return bounds;
    }
}
