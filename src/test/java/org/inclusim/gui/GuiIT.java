package org.inclusim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.event.MouseEvent;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.inclusim.cli.SingleRunRecipes;
import org.inclusim.model.Mentor;
import org.inclusim.model.MentorState;
import org.inclusim.model.User;
import org.inclusim.scenario.Scenario;
import org.inclusim.scenario.ScenarioLoader;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import sim.display.Console;
import sim.display.Display2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;

/**
 * A student's session, for real: MASON's Console on an X server (Xvfb in CI), stepped by the
 * Console's own play thread. The steps depend on each other and run in order: 52 weeks with
 * snapshots and charts, inspectors opened by double clicks, a variant switch, side by side, quit.
 * Snapshots are written to {@code target/gui-snapshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GuiIT {
    private static final int WEEKS = 52;
    private static final Path SNAPSHOTS = Path.of("target", "gui-snapshots");
    private static Scenario scenario;
    private static InclusionModelWithUI gui;
    private static Console console;
    /** Exceptions thrown on any thread (the event thread above all) while the GUI runs: there must be none. */
    private static final List<Throwable> uncaught = java.util.Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void openTheConsole() throws Exception {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            if (System.getenv("INCLUSIM_REQUIRE_DISPLAY") != null) {
                fail("DISPLAY is not set, yet this run requires the GUI test (INCLUSIM_REQUIRE_DISPLAY): "
                        + ".ci/run starts Xvfb and exports DISPLAY");
            }
            assumeTrue(false, "no X display: start 'Xvfb :99 -screen 0 1280x1000x24 -nolisten tcp &' and "
                    + "export DISPLAY=:99 (CI does, and sets INCLUSIM_REQUIRE_DISPLAY so that it cannot skip)");
        }
        assertFalse(GraphicsEnvironment.isHeadless(), "GuiIT runs in failsafe's 'gui-it' execution, without java.awt.headless");
        Files.createDirectories(SNAPSHOTS);
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
        scenario = new ScenarioLoader().load(Path.of("scenarios", "mentor-network.yaml"));
        onEdt(() -> {
            gui = new InclusionModelWithUI(scenario, null, null, new SingleRunRecipes());
            console = new Console(gui);
            gui.placeConsole(console);
            console.setVisible(true);
            return null;
        });
    }

    @org.junit.jupiter.api.AfterEach
    void nothingWasThrownOnAnyThread() {
        assertEquals(List.of(), List.copyOf(uncaught), "uncaught exceptions while the GUI ran");
    }

    @AfterAll
    static void closeIfStillOpen() throws Exception {
        if (console != null && console.isDisplayable()) {
            onEdt(() -> {
                InclusionModelWithUI.closeWithoutExit(console);
                return null;
            });
        }
    }

    @Test
    @Order(1)
    void fiftyTwoWeeksGiveTheHeadlessRowsAPictureAndChartsWithFiftyTwoPoints() throws Exception {
        playWeeks(WEEKS);
        Lane lane = onEdt(() -> gui.lockstep().lanes().get(0));
        assertEquals(HeadlessRuns.weeklyRows(scenario, scenario.baseline()).subList(0, WEEKS), lane.rows(), "same seed, same weekly rows as 'run'");
        onEdt(() -> {
            gui.drainCharts();
            return null;
        });
        List<XYSeries> weekly = onEdt(() -> gui.charts().weeklySeries());
        assertEquals(9, weekly.size(), "6 stages, mentor pool, burnt out, mean strain");
        for (XYSeries series : weekly) {
            assertEquals(WEEKS, series.getItemCount(), series.getKey().toString());
        }
        assertEquals(lane.rows().get(WEEKS - 1).employed(), onEdt(() -> gui.charts().weekly("employed", 0).getY(WEEKS - 1).intValue()));
        assertTrue(onEdt(() -> gui.charts().retention(0).getItemCount()) > 1, "the retention curve has points");

        BufferedImage picture = displaySnapshot(0, "display-week52.png");
        assertTrue(distinctColours(picture) >= 8, "the community display is drawn in many colours, not blank");
        assertTrue(changedPixels(picture) > 0.02, "more than 2 % of the display differs from its background");
        for (int i = 0; i < gui.charts().charts().size(); i++) {
            JFreeChart chart = gui.charts().charts().get(i);
            BufferedImage image = onEdt(() -> chart.createBufferedImage(600, 360));
            ImageIO.write(image, "png", SNAPSHOTS.resolve("chart-" + i + ".png").toFile());
            assertTrue(distinctColours(image) >= 8, chart.getTitle().getText() + " is drawn");
        }
        List<?> listed = onEdt(() -> console.getAllFrames());
        for (JFrame frame : gui.chartFrames()) {
            assertTrue(frame.isShowing(), frame.getTitle() + " is on screen");
            assertTrue(listed.contains(frame), frame.getTitle() + " is listed in the Displays tab");
        }
        assertWindowsOnScreenWithoutOverlap();
        assertTrue(listed.contains(gui.display(0).getFrame()) && listed.contains(gui.display(1).getFrame()));
        List<String> modelTab = onEdt(() -> {
            console.getTabPane().setSelectedIndex(console.getTabPane().indexOfTab("Model"));
            console.getModelInspector().updateInspector();
            List<String> texts = new ArrayList<>();
            collectTexts(console.getModelInspector(), texts);
            return texts;
        });
        assertTrue(modelTab.contains("placement.plannedWeeks"), "the Model tab lists the parameters: " + modelTab);
        assertTrue(modelTab.contains(Integer.toString(lane.rows().get(WEEKS - 1).employed())), "and the live figures");
        screen("screen-week52.png");
    }

    @Test
    @Order(2)
    void doubleClickingAUserOrAMentorOpensAnInspectorWithItsHistory() throws Exception {
        Lane lane = onEdt(() -> gui.lockstep().lanes().get(0));
        User user = lane.model().users().stream().filter(u -> lane.history().trajectory(u.id()).size() >= 3)
                .filter(u -> lane.layout().community().getObjectLocation(lane.layout().node(u)) != null)
                .findFirst().orElseThrow();
        UserNode userNode = lane.layout().node(user);
        List<String> shown = inspect(userNode);
        String trajectory = History.describe(lane.history().trajectory(user.id()));
        assertTrue(shown.contains(trajectory), "the inspector shows the trajectory " + trajectory + "; shown: " + shown);
        assertTrue(trajectory.startsWith("w" + user.referralWeek() + " referred (referral)"), trajectory);

        Mentor mentor = lane.model().mentors().stream().filter(m -> m.state() != MentorState.QUIT)
                .filter(m -> lane.history().strainHistory(m.id()).length == WEEKS).findFirst().orElseThrow();
        MentorNode mentorNode = lane.layout().node(mentor);
        List<String> mentorShown = inspect(mentorNode);
        String strain = History.describe(0, lane.history().strainHistory(mentor.id()));
        assertTrue(mentorShown.contains(strain), "the inspector shows the strain history " + strain + "; shown: " + mentorShown);
        screen("screen-inspector.png");
    }

    @Test
    @Order(3)
    void theScenarioTabLoadsYamlFilesAndItsVariantSwitchChangesTheModelsParametersAtTheNextStart() throws Exception {
        Path bad = Files.writeString(Files.createTempDirectory("gui-it").resolve("bad.yaml"), "name: bad\nplacment: {}\n");
        ScenarioPanel panel = gui.scenarioPanel();
        onEdt(() -> {
            console.pressStop();
            panel.load(bad);
            return null;
        });
        assertTrue(panel.problem().contains("bad.yaml") && panel.problem().contains("placment"), panel.problem());
        assertEquals("mentor-network", gui.scenario().name(), "a file that does not load changes nothing");
        onEdt(() -> {
            panel.load(Path.of("scenarios", "placement-length.yaml"));
            return null;
        });
        assertEquals("placement-length", gui.scenario().name());
        assertEquals(gui.scenario().variants().size(), onEdt(() -> panel.variantChooser().getItemCount()), "its variants are offered");
        onEdt(() -> {
            panel.load(Path.of("scenarios", "mentor-network.yaml"));
            panel.variantChooser().setSelectedItem("monthly");
            return null;
        });
        assertEquals("monthly", gui.variant().name());
        assertFalse(gui.lockstep().lanes().get(0).model().parameters().network().enabled(), "nothing changes before the start");
        playWeeks(4);
        Lane lane = onEdt(() -> gui.lockstep().lanes().get(0));
        assertEquals("monthly", lane.name());
        assertTrue(lane.model().parameters().network().enabled());
        assertEquals(4, lane.model().parameters().network().meetingIntervalWeeks());
        assertEquals(HeadlessRuns.weeklyRows(scenario, scenario.variant("monthly").orElseThrow()).subList(0, 4), lane.rows());
    }

    @Test
    @Order(4)
    void sideBySideRunsTwoVariantsInLockstepWithTwoDisplaysAndOverlaidCharts() throws Exception {
        onEdt(() -> {
            console.pressStop();
            gui.scenarioPanel().variantChooser().setSelectedItem("baseline");
            gui.scenarioPanel().comparisonChooser().setSelectedItem("monthly");
            return null;
        });
        assertEquals("monthly", gui.comparison().name());
        playWeeks(WEEKS);
        List<Lane> lanes = onEdt(() -> gui.lockstep().lanes());
        assertEquals(2, lanes.size());
        assertEquals(lanes.get(0).recipe().seed(), lanes.get(1).recipe().seed(), "the same seed");
        assertEquals(HeadlessRuns.weeklyRows(scenario, scenario.baseline()).subList(0, WEEKS), lanes.get(0).rows());
        assertEquals(HeadlessRuns.weeklyRows(scenario, scenario.variant("monthly").orElseThrow()).subList(0, WEEKS), lanes.get(1).rows());
        onEdt(() -> {
            gui.drainCharts();
            return null;
        });
        assertEquals(18, onEdt(() -> gui.charts().weeklySeries().size()), "every series once per variant");
        XYSeries strainA = onEdt(() -> gui.charts().weekly("mean_strain", 0));
        XYSeries strainB = onEdt(() -> gui.charts().weekly("mean_strain", 1));
        assertEquals("mean strain (baseline)", strainA.getKey());
        assertEquals("mean strain (monthly)", strainB.getKey());
        assertEquals(WEEKS, strainA.getItemCount());
        assertEquals(WEEKS, strainB.getItemCount());
        assertNotEquals(values(strainA), values(strainB), "a mentor network changes mentor strain");
        assertTrue(onEdt(() -> gui.display(1).getFrame().isShowing()), "the second display is shown");
        BufferedImage second = displaySnapshot(1, "display-side-by-side-B.png");
        assertTrue(distinctColours(second) >= 8 && changedPixels(second) > 0.02, "the second display is drawn");
        assertWindowsOnScreenWithoutOverlap();
        screen("screen-side-by-side.png");
    }

    /** The displays shown, the four charts and the Console lie on the screen and none covers another. */
    private static void assertWindowsOnScreenWithoutOverlap() throws Exception {
        List<Rectangle> windows = onEdt(() -> {
            List<Rectangle> all = new ArrayList<>();
            for (int lane = 0; lane < 2; lane++) {
                if (gui.display(lane).getFrame().isShowing()) {
                    all.add(gui.display(lane).getFrame().getBounds());
                }
            }
            gui.chartFrames().forEach(frame -> all.add(frame.getBounds()));
            all.add(console.getBounds());
            return all;
        });
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        for (int i = 0; i < windows.size(); i++) {
            assertTrue(screen.contains(windows.get(i)), windows.get(i) + " lies on the screen " + screen);
            for (int j = i + 1; j < windows.size(); j++) {
                assertFalse(windows.get(i).intersects(windows.get(j)), windows.get(i) + " covers " + windows.get(j));
            }
        }
    }

    @Test
    @Order(5)
    void quittingClosesEveryWindowWithoutEndingTheProgram() throws Exception {
        List<JFrame> frames = new ArrayList<>(gui.chartFrames());
        frames.add((JFrame) gui.display(0).getFrame());
        frames.add((JFrame) gui.display(1).getFrame());
        onEdt(() -> {
            InclusionModelWithUI.closeWithoutExit(console);
            return null;
        });
        assertFalse(console.isDisplayable(), "the Console is closed");
        for (JFrame frame : frames) {
            assertFalse(frame.isDisplayable(), frame.getTitle() + " is closed");
        }
        assertFalse(Console.allControllers.containsKey(console));
    }

    // ---- helpers ---------------------------------------------------------------------------

    private static <T> T onEdt(Callable<T> task) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(task.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    /** Plays from a stopped Console on its own thread until it pauses after {@code weeks} steps. */
    private static void playWeeks(int weeks) throws Exception {
        onEdt(() -> {
            assertEquals(Console.PS_STOPPED, console.getPlayState());
            console.setWhenShouldPause(weeks);
            console.pressPlay();
            return null;
        });
        waitFor(() -> {
            try {
                return onEdt(() -> console.getPlayState() == Console.PS_PAUSED);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "the Console pauses after " + weeks + " weeks");
        assertEquals(weeks, gui.lockstep().schedule.getSteps());
        Toolkit.getDefaultToolkit().sync();
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting until " + what);
            }
            Thread.sleep(50);
        }
    }


    /** Double-clicks a node in display 0, as a student would, and returns the texts the new inspector shows. */
    private static List<String> inspect(Object node) throws Exception {
        Display2D display = gui.display(0);
        List<Inspector> before = onEdt(() -> new ArrayList<>(console.getAllInspectors()));
        onEdt(() -> {
            DrawInfo2D field = display.getDrawInfo2D(gui.agentPortrayal(0), new Point2D.Double(0, 0));
            Point2D.Double at = gui.agentPortrayal(0).getObjectPosition(node, field);
            assertNotNull(at, node + " is drawn");
            display.insideDisplay.dispatchEvent(new MouseEvent(display.insideDisplay, MouseEvent.MOUSE_CLICKED,
                    System.currentTimeMillis(), 0, (int) Math.round(at.x), (int) Math.round(at.y), 2, false, MouseEvent.BUTTON1));
            return null;
        });
        List<Inspector> opened = onEdt(() -> {
            List<Inspector> now = new ArrayList<>(console.getAllInspectors());
            now.removeAll(before);
            return now;
        });
        assertFalse(opened.isEmpty(), "a double click on " + node + " opens an inspector");
        List<String> texts = new ArrayList<>();
        for (Inspector inspector : opened) {
            onEdt(() -> {
                inspector.updateInspector();
                collectTexts(inspector, texts);
                return null;
            });
        }
        return texts;
    }

    private static void collectTexts(Component component, List<String> texts) {
        if (component instanceof JTextComponent text) {
            texts.add(text.getText().strip());
        } else if (component instanceof JLabel label && label.getText() != null) {
            texts.add(label.getText().strip());
        }
        if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                collectTexts(child, texts);
            }
        }
    }

    private static BufferedImage displaySnapshot(int lane, String name) throws Exception {
        Path file = SNAPSHOTS.resolve(name);
        onEdt(() -> {
            gui.display(lane).takeSnapshot(file.toFile(), Display2D.TYPE_PNG);
            return null;
        });
        return ImageIO.read(file.toFile());
    }

    private static void screen(String name) throws Exception {
        Thread.sleep(300);
        Rectangle all = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
        ImageIO.write(new Robot().createScreenCapture(all), "png", SNAPSHOTS.resolve(name).toFile());
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours.size();
    }

    /** Share of pixels that differ from the most common colour (the backdrop). */
    private static double changedPixels(BufferedImage image) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                counts.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        int background = counts.values().stream().max(Integer::compare).orElse(0);
        int total = image.getWidth() * image.getHeight();
        return (total - background) / (double) total;
    }

    private static List<Double> values(XYSeries series) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < series.getItemCount(); i++) {
            values.add(series.getY(i).doubleValue());
        }
        return values;
    }
}
