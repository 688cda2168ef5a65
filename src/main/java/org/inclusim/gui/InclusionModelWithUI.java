package org.inclusim.gui;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.swing.JFrame;
import javax.swing.Timer;
import org.inclusim.observe.RunOutcomes;
import org.inclusim.scenario.Exercise;
import org.inclusim.scenario.Scenario;
import org.inclusim.scenario.ScenarioLoader;
import org.inclusim.scenario.Variant;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.continuous.ContinuousPortrayal2D;

/**
 * The GUI for students, on MASON's Console: one community display per lane, four charts that move,
 * the parameters in the Model tab and a Scenario tab to load a YAML file and choose the variant
 * (and one to compare it with, side by side). Wraps the headless model by composition: the state
 * the Console drives is a {@link LockstepModel}, rebuilt from the current choices at each start,
 * so every change here applies at the next start.
 *
 * <p>Threads: the Console steps the model on its own thread; displays and inspectors read it under
 * the schedule's lock; charts are fed through a {@link ChartBuffer} drained by a Swing timer.
 */
public final class InclusionModelWithUI extends GUIState {
    /** How often the charts take what the model produced, in milliseconds. */
    static final int CHART_REFRESH_MILLIS = 200;
    static final Path DEFAULT_SCENARIO = Path.of("scenarios", "baseline.yaml");
    /** Natural size of a chart window. */
    static final Dimension CHART_SIZE = new Dimension(530, 250);

    private final RecipeSource recipes;
    private final ChartBuffer buffer;
    private final ParameterProxy proxy;
    private final TimeCharts charts = new TimeCharts();
    private final List<CommunityView> views = new ArrayList<>();
    private final List<JFrame> chartFrames = new ArrayList<>();
    private Scenario scenario;
    private Variant variant;
    private Variant comparison;
    private Timer chartTimer;
    private ScenarioPanel scenarioPanel;
    private AboutPanel aboutPanel;
    /** True between a start and the next stop: changes then wait for the next start. */
    private volatile boolean running;
    /** Size of a display window at drawing scale 1, taken when the windows are made. */
    private Dimension naturalDisplay;
    /** Number of displays the windows were last arranged for (0: not yet). */
    private int arrangedDisplays;

    /** For MASON's "New Simulation" menu: the baseline scenario of the working folder. */
    public InclusionModelWithUI() {
        this(new ScenarioLoader().load(DEFAULT_SCENARIO), null, null, RecipeSource.installed());
    }

    /**
     * @param scenario   the loaded scenario
     * @param variant    the variant to run, or null for the baseline
     * @param comparison a variant to run side by side with it, or null
     * @param recipes    how a variant becomes a run (the command line's rule)
     */
    public InclusionModelWithUI(Scenario scenario, Variant variant, Variant comparison, RecipeSource recipes) {
        this(new ChartBuffer(), scenario, variant, comparison, recipes);
    }

    private InclusionModelWithUI(ChartBuffer buffer, Scenario scenario, Variant variant, Variant comparison,
                                 RecipeSource recipes) {
        super(new LockstepModel(0, buffer));
        this.buffer = buffer;
        this.recipes = Objects.requireNonNull(recipes);
        this.scenario = scenario;
        this.variant = variant == null ? scenario.baseline() : variant;
        this.proxy = new ParameterProxy(recipes.recipe(scenario, this.variant).parameters(), () -> lockstep().lanes());
        proxy.onEdit(this::changed);
        chooseComparison(comparison == null ? null : comparison.name());
    }

    public static String getName() {
        return "inclusim";
    }

    /** MASON's About page before the GUI replaces it with {@link AboutPanel}: the model in two sentences. */
    public static Object getInfo() {
        return "<html><h2>inclusim</h2><p>" + GuiText.text("gui.about.intro") + "</p></html>";
    }

    /** The state the Console drives. */
    public LockstepModel lockstep() {
        return (LockstepModel) state;
    }

    public Scenario scenario() {
        return scenario;
    }

    public Variant variant() {
        return variant;
    }

    /** The variant run side by side, or null. */
    public Variant comparison() {
        return comparison;
    }

    public ParameterProxy parameters() {
        return proxy;
    }

    public TimeCharts charts() {
        return charts;
    }

    /** The community display of lane 0 or 1 (exists after {@link #init}). */
    public Display2D display(int lane) {
        return views.get(lane).display();
    }

    /** The portrayal of the agents in a lane's display, for locating them on screen. */
    public ContinuousPortrayal2D agentPortrayal(int lane) {
        return views.get(lane).agents();
    }

    /** The Console's About tab with the exercises (exists after {@link #init} with a Console). */
    AboutPanel aboutPanel() {
        return aboutPanel;
    }

    /** The Console's Scenario tab (exists after {@link #init} with a Console). */
    ScenarioPanel scenarioPanel() {
        return scenarioPanel;
    }

    /** The chart frames, in the order of {@link TimeCharts#charts()}. */
    public List<JFrame> chartFrames() {
        return List.copyOf(chartFrames);
    }

    /** Loads another scenario file; runs its baseline alone from the next start. */
    public void loadScenario(Path file) {
        Scenario loaded = new ScenarioLoader().load(file);
        scenario = loaded;
        comparison = null;
        chooseVariant(loaded.baseline().name());
    }

    /**
     * Loads a guided exercise: stops a run in progress, loads its scenario, and chooses its variant
     * and the one to run beside it; the displays and charts then show their start.
     */
    public void loadExercise(Exercise exercise) {
        if (controller instanceof Console console && console.getPlayState() != Console.PS_STOPPED) {
            console.pressStop();
        }
        Scenario loaded = new ScenarioLoader(RunOutcomes.COLUMNS).load(exercise.scenario());
        scenario = loaded;
        comparison = null;
        variant = find(exercise.variant());
        proxy.reset(recipes.recipe(scenario, variant).parameters());
        comparison = exercise.compare() == null ? null : find(exercise.compare());
        changed();
    }

    /**
     * Chooses the variant to run from the next start and shows its parameters (edits are dropped).
     *
     * @throws IllegalArgumentException if the scenario has no such variant
     */
    public void chooseVariant(String name) {
        variant = find(name);
        if (comparison != null && comparison.name().equals(name)) {
            comparison = null;
        }
        proxy.reset(recipes.recipe(scenario, variant).parameters());
        changed();
    }

    /** Chooses a variant to run side by side from the next start, or none (null). */
    public void chooseComparison(String name) {
        if (name != null && name.equals(variant.name())) {
            throw new IllegalArgumentException("compare " + name + " with another variant, not with itself");
        }
        comparison = name == null ? null : find(name);
        changed();
    }

    private Variant find(String name) {
        return scenario.variant(name).orElseThrow(() -> new IllegalArgumentException(
                "no variant '" + name + "' in " + scenario.file() + "; variants: "
                        + String.join(", ", scenario.variants().stream().map(Variant::name).toList())));
    }

    private void changed() {
        if (scenarioPanel != null) {
            scenarioPanel.refresh();
        }
        if (!views.isEmpty() && !running) {
            showStart();
        }
        if (controller != null) {
            controller.refresh();
        }
    }

    /**
     * Builds the next run's lanes at their start and shows them: the community before its first
     * week in the displays, the starting point in the charts, and the hint to press Play.
     */
    private void showStart() {
        synchronized (state.schedule) {
            lockstep().prepare(laneSetups());
            lockstep().preview();
        }
        showLanes();
    }

    private void showLanes() {
        List<Lane> lanes = lockstep().lanes();
        for (int i = 0; i < views.size(); i++) {
            if (i < lanes.size()) {
                views.get(i).show(lanes.get(i), title(lanes.get(i), i, lanes.size()));
            }
            views.get(i).frame().setVisible(i < lanes.size());
        }
        arrangeWindows(lanes.size());
        drainCharts();
    }

    /** True between a start and the next stop. */
    public boolean running() {
        return running;
    }

    /** The runs the next start builds: the chosen variant, then the compared one, with the edits. */
    List<LockstepModel.LaneSetup> laneSetups() {
        List<LockstepModel.LaneSetup> setups = new ArrayList<>();
        setups.add(new LockstepModel.LaneSetup(variant.name(), proxy.withEdits(recipes.recipe(scenario, variant))));
        if (comparison != null) {
            setups.add(new LockstepModel.LaneSetup(comparison.name(), proxy.withEdits(recipes.recipe(scenario, comparison))));
        }
        return setups;
    }

    @Override
    public void start() {
        lockstep().prepare(laneSetups());
        boolean same = lockstep().atStart();
        super.start();
        running = true;
        if (same) {
            drainCharts();
        } else {
            showLanes();
        }
    }

    @Override
    public void finish() {
        super.finish();
        running = false;
    }

    /**
     * Places the displays and the charts for one or two lanes ({@link WindowLayout}): one display
     * at full size with the charts to its right; two side by side, drawn smaller where the screen
     * is too narrow for both at full size, with the charts to their right or in a grid under them.
     * Only when the number of displays changes, so that a start keeps windows the user moved.
     */
    private void arrangeWindows(int displays) {
        if (displays == arrangedDisplays) {
            return;
        }
        arrangedDisplays = displays;
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        double scale = displays < 2 ? 1.0
                : WindowLayout.displayScale(screen, naturalDisplay, CommunityView.FIELD, CHART_SIZE, displays);
        for (CommunityView view : views) {
            if (view.display().getScale() != scale) {
                view.display().setScale(scale);
                view.frame().pack();
                view.frame().pack();
            }
        }
        Dimension display = views.get(0).frame().getSize();
        List<Point> corners = WindowLayout.displays(screen, display, displays);
        for (int i = 0; i < displays; i++) {
            views.get(i).frame().setLocation(corners.get(i));
        }
        List<Rectangle> bounds = WindowLayout.charts(screen, display, displays, CHART_SIZE, chartFrames.size());
        for (int i = 0; i < chartFrames.size(); i++) {
            chartFrames.get(i).setBounds(bounds.get(i));
        }
    }

    private String title(Lane lane, int index, int lanes) {
        String which = lanes < 2 ? "" : (index == 0 ? "A: " : "B: ");
        return GuiText.text("gui.display.title", which, scenario.name(), lane.name(), lane.recipe().seed());
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        for (int i = 0; i < 2; i++) {
            CommunityView view = new CommunityView(this, GuiText.text("gui.display.community", i == 0 ? "A" : "B"));
            c.registerFrame(view.frame());
            views.add(view);
        }
        naturalDisplay = views.get(0).frame().getSize();
        views.get(0).frame().setVisible(true);
        views.get(1).frame().setVisible(comparison != null);
        for (int i = 0; i < charts.charts().size(); i++) {
            JFrame frame = ChartExport.frame(charts, i);
            frame.setSize(CHART_SIZE);
            c.registerFrame(frame);
            chartFrames.add(frame);
        }
        arrangeWindows(comparison == null ? 1 : 2);
        chartFrames.forEach(frame -> frame.setVisible(true));
        chartTimer = new Timer(CHART_REFRESH_MILLIS, e -> drainCharts());
        chartTimer.start();
        if (c instanceof Console console) {
            scenarioPanel = new ScenarioPanel(this);
            console.getTabPane().addTab(GuiText.text("gui.tab.scenario"), scenarioPanel);
            aboutPanel = new AboutPanel(this, Exercises.shipped());
            ConsoleTabs.translate(console, aboutPanel);
        }
        showStart();
    }

    /**
     * Puts the Console below the first community display, {@link WindowLayout#CONSOLE_WIDTH}
     * wide, so that nothing overlaps on a screen of 1280 x 1000 pixels or more (the charts are
     * right of the displays or right of the Console, see {@link WindowLayout}).
     */
    public void placeConsole(Console console) {
        JFrame display = views.get(0).frame();
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int top = display.getY() + display.getHeight();
        int free = screen.y + screen.height - top;
        console.setLocation(screen.x, top);
        console.setSize(WindowLayout.CONSOLE_WIDTH, free >= 280 ? Math.min(console.getHeight(), free) : console.getHeight());
    }

    /** Moves what the model buffered into the charts and updates the status lines; call on the event thread. */
    public void drainCharts() {
        charts.apply(buffer.drain());
        List<Lane> lanes = lockstep().lanes();
        for (int i = 0; i < views.size() && i < lanes.size(); i++) {
            Lane lane = lanes.get(i);
            String key = lane.week() < 0 ? "gui.status.start" : lane.finished() ? "gui.status.end" : "gui.status.week";
            int horizon = lane.recipe().horizonWeeks();
            Object[] args = lane.week() < 0 ? new Object[] {horizon} : new Object[] {lane.week(), horizon - 1, horizon};
            views.get(i).status(GuiText.text(key, args), GuiText.text(key + "_hint"));
        }
    }

    /** The status line and hint of a lane's display. */
    String statusText(int lane) {
        return views.get(lane).statusText();
    }

    /** The community view of a lane (its legend, toggles and selection). */
    CommunityView view(int lane) {
        return views.get(lane);
    }

    /** Checkpoints are not supported: each start rebuilds the lanes from the Scenario and Model tabs. */
    @Override
    public boolean validSimState(sim.engine.SimState checkpoint) {
        return false;
    }

    @Override
    public Object getSimulationInspectedObject() {
        return proxy;
    }

    @Override
    public Inspector getInspector() {
        Inspector inspector = super.getInspector();
        inspector.setVolatile(true);
        return inspector;
    }

    @Override
    public int getMaximumPropertiesForInspector() {
        return 400;
    }

    @Override
    public void quit() {
        super.quit();
        if (chartTimer != null) {
            chartTimer.stop();
        }
        for (CommunityView view : views) {
            view.frame().dispose();
        }
        chartFrames.forEach(JFrame::dispose);
    }

    /**
     * Closes a Console and this GUI as its close box does, but without MASON's
     * {@code System.exit} when it is the last Console (for tests and embedding).
     */
    public static void closeWithoutExit(Console console) {
        console.pressStop();
        console.getSimulation().quit();
        console.dispose();
        Console.allControllers.remove(console);
    }
}
