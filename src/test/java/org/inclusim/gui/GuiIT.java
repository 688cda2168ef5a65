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
        openConsole();
    }

    /** A Console with the GUI on the scenario's baseline, in the language GuiText speaks now. */
    private static void openConsole() throws Exception {
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
    @Order(0)
    void beforePlayTheCommunityAndTheChartsShowTheStartWithAHint() throws Exception {
        assertEquals(0, gui.lockstep().schedule.getSteps(), "nothing has been stepped");
        Lane lane = onEdt(() -> gui.lockstep().lanes().get(0));
        assertEquals(-1, lane.week(), "the lane is at its start, before week 0");
        onEdt(() -> {
            gui.drainCharts();
            return null;
        });
        BufferedImage start = displaySnapshot(0, "display-start.png");
        assertTrue(distinctColours(start) >= 8, "workplaces, mentors, advisers and the regions are drawn before Play");
        assertTrue(changedPixels(start) > 0.05, "the start is not blank");
        String status = onEdt(() -> gui.statusText(0));
        assertTrue(status.startsWith("Before week 0") && status.contains("Press Play"), status);
        int pool = lane.model().views().mentorCount(MentorState.ACTIVE);
        XYSeries mentors = onEdt(() -> gui.charts().weekly("mentor_pool", 0));
        assertEquals(1, mentors.getItemCount(), "the charts show the start");
        assertEquals(pool, mentors.getY(0).intValue());
        for (JFrame frame : gui.chartFrames()) {
            BufferedImage chart = onEdt(() -> ((JFreeChart) ((org.jfree.chart.ChartPanel) frame.getContentPane().getComponent(0))
                    .getChart()).createBufferedImage(600, 360));
            assertTrue(distinctColours(chart) >= 8, frame.getTitle() + " is drawn before Play");
        }
        screen("screen-start.png");
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
        assertEquals(16, weekly.size(), "10 stages (5 in the measure, 5 destinations), working beside disability benefit, mentor pool, "
                + "burnt out, quit and left so far, mean strain");
        int withWork = lane.rows().get(WEEKS - 1).disabilityWithWork();
        assertTrue(withWork > 0, "work beside disability benefit is on at the shipped default (DisabilityWorkRule)");
        assertEquals(withWork, onEdt(() -> gui.charts().weekly("disability_with_work", 0).getY(WEEKS - 1).intValue()),
                "the chart draws the users working beside disability benefit");
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
        assertFalse(modelTab.stream().anyMatch(t -> t.startsWith("costs.")), "unit costs change nothing in a run: no sliders");
        assertTrue(modelTab.contains(Integer.toString(lane.rows().get(WEEKS - 1).employed())), "and the live figures");
        assertFalse(modelTab.stream().anyMatch(t -> t.contains("(B")), "no rows for a compared variant when there is none");
        assertMentorsOutOfTheRoleAreCounted(lane, modelTab);
        int week = WEEKS - 1;
        assertEquals(week, lane.week(), "one week number: the last simulated, as in weekly.csv");
        assertEquals(week, lane.rows().get(WEEKS - 1).week());
        assertEquals(week, (long) gui.lockstep().schedule.getTime(), "the Console's time shows the same week");
        assertTrue(modelTab.contains(Integer.toString(week)), "the Model tab's week");
        assertTrue(onEdt(() -> gui.statusText(0)).startsWith("Week " + week + " "), onEdt(() -> gui.statusText(0)));
        assertEquals(week, onEdt(() -> gui.charts().weekly("employed", 0).getX(WEEKS - 1).intValue()), "the charts' last week");
        screen("screen-week52.png");
    }

    /**
     * The display does not draw mentors who quit the role or left the workplace: the Model tab
     * names them with every other mentor state, and the mentor chart draws them so far, each in
     * its state's colour in the chart's legend, ending at the model's count.
     */
    private static void assertMentorsOutOfTheRoleAreCounted(Lane lane, List<String> modelTab) throws Exception {
        for (MentorState state : MentorState.values()) {
            assertTrue(modelTab.contains(GuiText.text("gui.stat." + ParameterProxy.mentorStateKey(state))), state + " in " + modelTab);
        }
        assertTrue(modelTab.contains("mentors who quit the role (so far)") && modelTab.contains("mentors who left the workplace (so far)"));
        org.jfree.chart.LegendItemCollection items = onEdt(() -> gui.charts().charts().get(1).getXYPlot().getLegendItems());
        for (MentorState state : List.of(MentorState.QUIT, MentorState.LEFT)) {
            XYSeries series = onEdt(() -> gui.charts().weekly("mentors_" + state.label(), 0));
            assertEquals(lane.model().views().mentorCount(state), series.getY(WEEKS - 1).intValue(), state + " so far");
            boolean inLegend = false;
            for (int i = 0; i < items.getItemCount(); i++) {
                inLegend |= items.get(i).getLabel().equals(series.getKey()) && items.get(i).getLinePaint().equals(Palette.mentorState(state));
            }
            assertTrue(inLegend, state + " in its colour in the mentor chart's legend");
        }
    }

    @Test
    @Order(2)
    void doubleClickingAUserOrAMentorOpensAnInspectorInPlainWordsWithItsHistory() throws Exception {
        Lane lane = onEdt(() -> gui.lockstep().lanes().get(0));
        User user = lane.model().views().users().stream().filter(u -> lane.history().trajectory(u.id()).size() >= 3)
                .filter(u -> lane.layout().community().getObjectLocation(lane.layout().node(u)) != null)
                .findFirst().orElseThrow();
        UserNode userNode = lane.layout().node(user);
        NodeInspector inspector = inspect(userNode);
        List<String> shown = texts(inspector);
        assertTrue(shown.contains("support need") && shown.contains(String.format(java.util.Locale.ROOT, "%.2f (scale 0 to 1)",
                user.supportNeed())), "named as in the data dictionary, rounded, with its unit: " + shown);
        assertTrue(shown.contains("work fit") && shown.contains("stage") && shown.contains("referred in"), shown.toString());
        assertFalse(shown.contains("supportNeed") || shown.contains(Double.toString(user.supportNeed())), "no internals unless asked");
        assertTrue(shown.contains("week " + user.referralWeek() + ": referred (referred)"), "the timeline in words: " + shown);
        assertEquals(lane.history().trajectory(user.id()).size(), inspector.picture().lines().size(), "one line per step");
        BufferedImage timeline = onEdt(() -> paint(inspector.picture().getComponent(0)));
        assertTrue(distinctColours(timeline) >= 4, "the timeline is drawn in stage colours");
        onEdt(() -> {
            inspector.internalsBox().doClick();
            return null;
        });
        List<String> internals = texts(inspector);
        assertTrue(internals.contains("supportNeed") && internals.contains(Double.toString(user.supportNeed())), internals.toString());

        Mentor mentor = lane.model().views().mentors().stream().filter(m -> m.state().inRole())
                .filter(m -> lane.history().strainHistory(m.id()).length == WEEKS).findFirst().orElseThrow();
        NodeInspector mentorInspector = inspect(lane.layout().node(mentor));
        List<String> mentorShown = texts(mentorInspector);
        String threshold = String.format(java.util.Locale.ROOT, "%.2f", lane.model().parameters().mentors().strainReference());
        assertTrue(mentorShown.stream().anyMatch(t -> t.endsWith("(reference strain " + threshold + ")")), "strain against the reference: " + mentorShown);
        assertTrue(mentorShown.contains("No sick leave so far.") || mentorShown.stream().anyMatch(t -> t.startsWith("On sick leave from")),
                mentorShown.toString());
        org.jfree.data.xy.XYDataset strain = ((org.jfree.chart.ChartPanel) mentorInspector.picture().getComponent(0)).getChart()
                .getXYPlot().getDataset();
        assertEquals(WEEKS, strain.getItemCount(0), "the strain history week by week");
        screen("screen-inspector.png");
    }

    @Test
    @Order(3)
    void layerTogglesChangeWhatIsDrawnAndASelectionHighlightsItsOwnTies() throws Exception {
        CommunityView view = onEdt(() -> gui.view(0));
        onEdt(() -> {
            gui.display(0).performSelection((sim.util.Bag) null);
            return null;
        });
        assertFalse(view.state().focused(), "nothing selected (the inspector test's double clicks selected a mentor)");
        BufferedImage all = displaySnapshot(0, "display-all-ties.png");
        for (Tie tie : Tie.values()) {
            onEdt(() -> {
                view.legend().toggle(tie).doClick();
                return null;
            });
            assertFalse(view.state().shows(tie));
        }
        BufferedImage none = displaySnapshot(0, "display-no-ties.png");
        assertTrue(ink(none) < 0.97 * ink(all), "without ties there is less drawn: " + ink(none) + " vs " + ink(all));
        onEdt(() -> {
            view.legend().toggle(Tie.MENTORING).doClick();
            return null;
        });
        BufferedImage mentoring = displaySnapshot(0, "display-mentoring-ties.png");
        assertTrue(ink(none) < ink(mentoring) && ink(mentoring) < ink(all), "one layer back");
        for (Tie tie : Tie.values()) {
            if (!view.state().shows(tie)) {
                onEdt(() -> {
                    view.legend().toggle(tie).doClick();
                    return null;
                });
            }
        }
        Lane lane = onEdt(() -> gui.lockstep().lanes().get(0));
        AdviserNode adviser = lane.layout().node(lane.model().views().advisers().stream()
                .filter(a -> !a.caseload().isEmpty()).findFirst().orElseThrow());
        click(adviser, 1);
        assertTrue(view.state().isSelected(adviser) && view.state().focused(), "a click selects the adviser");
        BufferedImage selected = displaySnapshot(0, "display-selected-adviser.png");
        int workplaces = pixels(all, Palette.WORKPLACE);
        assertTrue(workplaces > 1000, "workplaces are drawn: " + workplaces);
        assertTrue(pixels(selected, Palette.WORKPLACE) < 0.05 * workplaces, "the workplaces, not tied to the adviser, are dimmed");
        assertTrue(pixels(selected, Palette.SELECTION) > 20, "the selected adviser has a ring");
        UserNode followed = lane.layout().node(lane.model().views().users().stream().filter(u -> u.adviser() == adviser.adviser())
                .findFirst().orElseThrow());
        assertTrue(view.state().inFocus(followed), "its users stay in full colour");
        onEdt(() -> {
            gui.display(0).performSelection((sim.util.Bag) null);
            gui.display(0).repaint();
            return null;
        });
        assertFalse(view.state().focused(), "clearing the selection");
        assertEquals(ink(all), ink(displaySnapshot(0, "display-after-selection.png")), 1e-9, "draws everything again");
        screen("screen-selection.png");
    }

    @Test
    @Order(4)
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
        Lane shown = onEdt(() -> gui.lockstep().lanes().get(0));
        assertEquals("monthly", shown.name(), "the display shows the chosen variant's start");
        assertEquals(-1, shown.week(), "nothing runs before Play");
        playWeeks(4);
        Lane lane = onEdt(() -> gui.lockstep().lanes().get(0));
        assertEquals("monthly", lane.name());
        assertTrue(lane.model().parameters().network().enabled());
        assertEquals(4, lane.model().parameters().network().meetingIntervalWeeks());
        assertEquals(HeadlessRuns.weeklyRows(scenario, scenario.variant("monthly").orElseThrow()).subList(0, 4), lane.rows());
    }

    @Test
    @Order(5)
    void anExerciseLoadsItsScenarioAndBothVariantsFromTheAboutTabInOneClick() throws Exception {
        AboutPanel about = gui.aboutPanel();
        int index = about.exercises().list().stream().map(e -> e.id()).toList().indexOf("project-end");
        assertTrue(index >= 0, "the About tab lists the exercises");
        onEdt(() -> {
            console.getTabPane().setSelectedIndex(0);
            about.loadButton(index).doClick();
            return null;
        });
        assertEquals("project-end", gui.scenario().name());
        assertEquals("withdrawn", gui.variant().name());
        assertEquals("sustained", gui.comparison().name());
        List<Lane> lanes = onEdt(() -> gui.lockstep().lanes());
        assertEquals(List.of("withdrawn", "sustained"), lanes.stream().map(Lane::name).toList());
        assertTrue(lanes.stream().allMatch(l -> l.week() == -1), "both at their start, before Play");
        assertTrue(onEdt(() -> gui.display(1).getFrame().isShowing()), "display B shows the compared variant");
        assertTrue(about.detailsText().contains("The project ends after week 155"), "what to watch is shown");
        assertFalse(about.detailsText().contains("They share the seed"), "answers only for the teacher");
        onEdt(() -> {
            about.answersBox().doClick();
            return null;
        });
        assertTrue(about.detailsText().contains("They share the seed"), "answers when asked");
        screen("screen-exercise.png");
        playWeeks(4);
        Scenario projectEnd = gui.scenario();
        List<Lane> played = onEdt(() -> gui.lockstep().lanes());
        assertEquals(HeadlessRuns.weeklyRows(projectEnd, projectEnd.variant("withdrawn").orElseThrow()).subList(0, 4), played.get(0).rows());
        assertEquals(HeadlessRuns.weeklyRows(projectEnd, projectEnd.variant("sustained").orElseThrow()).subList(0, 4), played.get(1).rows());
        onEdt(() -> {
            console.pressStop();
            gui.scenarioPanel().load(Path.of("scenarios", "mentor-network.yaml"));
            return null;
        });
    }

    @Test
    @Order(6)
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
        assertEquals(32, onEdt(() -> gui.charts().weeklySeries().size()), "every series once per variant");
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
    @Order(7)
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

    @Test
    @Order(8)
    void inNorwegianTheTabsLegendStatusChartsAndInspectorsSpeakBokmal() throws Exception {
        GuiText.use(org.inclusim.presentation.Language.NB);
        try {
            openConsole();
            List<String> tabs = onEdt(() -> {
                List<String> titles = new ArrayList<>();
                for (int i = 0; i < console.getTabPane().getTabCount(); i++) {
                    titles.add(console.getTabPane().getTitleAt(i));
                }
                return titles;
            });
            assertEquals(List.of("Info", "Kontroll", "Vinduer", "Inspektører", "Modell", "Scenario"), tabs);
            assertTrue(onEdt(() -> gui.statusText(0)).startsWith("Før uke 0"), onEdt(() -> gui.statusText(0)));
            List<String> legend = new ArrayList<>();
            onEdt(() -> {
                collectTexts(gui.view(0).legend(), legend);
                return null;
            });
            assertTrue(legend.contains("henvist") && legend.contains("i arbeid") && legend.contains("tett oppfølging"), legend.toString());
            assertTrue(legend.contains("vises ikke: brukere som har gått ut (se «Brukere per fase»)")
                    && legend.contains("vises ikke: mentorer (sluttet som mentor, sluttet på arbeidsplassen)")
                    && !legend.contains("uføretrygd") && !legend.contains("sluttet på arbeidsplassen"),
                    "the legend says what is not drawn, and has no mark for it: " + legend);
            assertTrue(legend.contains("telles i «Mentorer»"), "and where it is counted: " + legend);
            assertEquals("Brukere per fase", gui.charts().charts().get(0).getTitle().getText());
            List<String> about = new ArrayList<>();
            onEdt(() -> {
                collectTexts(gui.aboutPanel(), about);
                return null;
            });
            assertTrue(about.stream().anyMatch(t -> t.contains("Hva et mentornettverk gir")), "the exercises in bokmål: " + about);
            playWeeks(20);
            Lane lane = onEdt(() -> gui.lockstep().lanes().get(0));
            User user = lane.model().views().users().stream()
                    .filter(u -> lane.layout().community().getObjectLocation(lane.layout().node(u)) != null).findFirst().orElseThrow();
            List<String> shown = texts(inspect(lane.layout().node(user)));
            assertTrue(shown.contains("bistandsbehov") && shown.stream().anyMatch(t -> t.endsWith("(skala 0 til 1)")), shown.toString());
            assertTrue(shown.stream().anyMatch(t -> t.startsWith("uke " + user.referralWeek() + ": henvist")), shown.toString());
            screen("screen-nb.png");
            onEdt(() -> {
                InclusionModelWithUI.closeWithoutExit(console);
                return null;
            });
        } finally {
            GuiText.use(org.inclusim.presentation.Language.EN);
        }
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


    /** Clicks a node in display 0 once or twice, as a student would. */
    private static void click(Object node, int clicks) throws Exception {
        Display2D display = gui.display(0);
        onEdt(() -> {
            DrawInfo2D field = display.getDrawInfo2D(gui.agentPortrayal(0), new Point2D.Double(0, 0));
            Point2D.Double at = gui.agentPortrayal(0).getObjectPosition(node, field);
            assertNotNull(at, node + " is drawn");
            display.insideDisplay.dispatchEvent(new MouseEvent(display.insideDisplay, MouseEvent.MOUSE_CLICKED,
                    System.currentTimeMillis(), 0, (int) Math.round(at.x), (int) Math.round(at.y), clicks, false, MouseEvent.BUTTON1));
            return null;
        });
    }

    /** Double-clicks a node in display 0 and returns the inspector that opens for it. */
    private static NodeInspector inspect(Object node) throws Exception {
        List<Inspector> before = onEdt(() -> new ArrayList<>(console.getAllInspectors()));
        click(node, 2);
        List<Inspector> opened = onEdt(() -> {
            List<Inspector> now = new ArrayList<>(console.getAllInspectors());
            now.removeAll(before);
            return now;
        });
        String title = ((Inspectable) node).title();
        for (Inspector inspector : opened) {
            NodeInspector found = find(inspector);
            if (found != null && title.equals(found.getTitle())) {
                return found;
            }
        }
        throw new AssertionError("a double click on " + node + " opens its inspector; opened: " + opened);
    }

    /** MASON wraps an agent's inspector in its field's; the agent's own inside it. */
    private static NodeInspector find(Component component) {
        if (component instanceof NodeInspector inspector) {
            return inspector;
        }
        if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                NodeInspector found = find(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Pixels of exactly one colour. */
    private static int pixels(BufferedImage image, java.awt.Color colour) {
        int rgb = colour.getRGB() & 0xFFFFFF;
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
            }
        }
        return n;
    }

    /** The texts an inspector shows now (after an update). */
    private static List<String> texts(Inspector inspector) throws Exception {
        List<String> texts = new ArrayList<>();
        onEdt(() -> {
            inspector.updateInspector();
            collectTexts(inspector, texts);
            return null;
        });
        return texts;
    }

    private static BufferedImage paint(Component component) {
        BufferedImage image = new BufferedImage(Math.max(1, component.getWidth()), Math.max(1, component.getHeight()), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        component.paint(g);
        g.dispose();
        return image;
    }

    /** Mean distance of every pixel's colour from the backdrop: how much is drawn, and how strongly. */
    private static double ink(BufferedImage image) {
        int bg = Palette.BACKGROUND.getRGB() & 0xFFFFFF;
        double sum = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int c = image.getRGB(x, y) & 0xFFFFFF;
                sum += Math.abs((c >> 16 & 0xff) - (bg >> 16 & 0xff)) + Math.abs((c >> 8 & 0xff) - (bg >> 8 & 0xff))
                        + Math.abs((c & 0xff) - (bg & 0xff));
            }
        }
        return sum / (image.getWidth() * (double) image.getHeight());
    }

    private static void collectTexts(Component component, List<String> texts) {
        if (component instanceof JTextComponent text) {
            texts.add(text.getText().strip());
        } else if (component instanceof JLabel label && label.getText() != null) {
            texts.add(label.getText().strip());
        } else if (component instanceof javax.swing.AbstractButton button && button.getText() != null) {
            texts.add(button.getText().strip());
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
