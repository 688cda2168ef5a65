package org.inclusim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Window placement, checked as geometry: on screen, and no window over another. */
class WindowLayoutTest {
    /** A display window at scale 1: the drawing area plus header, scroll pane and legend. */
    private static final Dimension DISPLAY = new Dimension(737, 660);
    private static final int CHROME_HEIGHT = DISPLAY.height - CommunityView.FIELD.height;
    private static final int CHROME_WIDTH = DISPLAY.width - CommunityView.FIELD.width;

    @ParameterizedTest(name = "{0} x {1}, {2} display(s)")
    @CsvSource({"1280, 1000, 1", "1280, 1000, 2", "1280, 984, 1", "1280, 984, 2", "1366, 1000, 2", "1920, 1080, 2",
        "2560, 1440, 2", "1920, 1080, 1"})
    void windowsFitTheScreenWithoutOverlapping(int width, int height, int displays) {
        Rectangle screen = new Rectangle(0, 0, width, height);
        double scale = WindowLayout.displayScale(screen, DISPLAY, CommunityView.FIELD, InclusionModelWithUI.CHART_SIZE, displays);
        Dimension display = new Dimension(CHROME_WIDTH + (int) (CommunityView.FIELD.width * scale),
                CHROME_HEIGHT + (int) (CommunityView.FIELD.height * scale));
        List<Rectangle> windows = new ArrayList<>();
        for (Point corner : WindowLayout.displays(screen, display, displays)) {
            windows.add(new Rectangle(corner, display));
        }
        windows.addAll(WindowLayout.charts(screen, display, displays, InclusionModelWithUI.CHART_SIZE, 4));
        windows.add(new Rectangle(0, display.height, WindowLayout.CONSOLE_WIDTH, height - display.height));
        for (int i = 0; i < windows.size(); i++) {
            assertTrue(screen.contains(windows.get(i)), windows.get(i) + " on the screen");
            for (int j = i + 1; j < windows.size(); j++) {
                assertFalse(windows.get(i).intersects(windows.get(j)), windows.get(i) + " and " + windows.get(j) + " overlap");
            }
        }
        assertTrue(scale >= 0.8, "the displays stay readable: scale " + scale);
    }

    @ParameterizedTest
    @CsvSource({"2560, 1.0", "1920, 1.0", "1366, 0.92", "1280, 0.86"})
    void displaysAreDrawnSmallerOnlyWhenTwoDoNotFitWithTheCharts(int width, double expected) {
        double scale = WindowLayout.displayScale(new Rectangle(0, 0, width, 1000), DISPLAY, CommunityView.FIELD,
                InclusionModelWithUI.CHART_SIZE, 2);
        assertEquals(expected, scale, 0.01);
        assertEquals(1.0, WindowLayout.displayScale(new Rectangle(0, 0, width, 1000), DISPLAY, CommunityView.FIELD,
                InclusionModelWithUI.CHART_SIZE, 1), "one display keeps its size");
    }
}
