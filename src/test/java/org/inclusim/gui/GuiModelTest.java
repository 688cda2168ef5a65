package org.inclusim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inclusim.cli.SingleRunRecipes;
import org.inclusim.experiment.RunSpec;
import org.inclusim.experiment.SingleRun;
import org.inclusim.model.Cause;
import org.inclusim.model.MentorState;
import org.inclusim.model.Stage;
import org.inclusim.model.Transition;
import org.inclusim.model.User;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.ParameterDefinition;
import org.inclusim.observe.WeeklyRow;
import org.inclusim.presentation.Language;
import org.inclusim.presentation.Messages;
import org.inclusim.scenario.Scenario;
import org.inclusim.scenario.ScenarioLoader;
import org.inclusim.scenario.Variant;
import org.junit.jupiter.api.Test;
import sim.util.Double2D;
import sim.util.Interval;
import sim.util.Properties;

/**
 * The GUI's model without a display: the same weekly rows as a headless run of the same scenario,
 * variant and seed (alone, side by side, across a policy week), whatever the GUI's own seed.
 */
class GuiModelTest {
    private static final int WEEKS = 52;
    private final RecipeSource recipes = new SingleRunRecipes();

    private static Scenario load(String file, int weeks) {
        return new ScenarioLoader().load(Path.of("scenarios", file)).withHorizonWeeks(weeks);
    }


    /** Steps a lockstep model as the Console does, until its schedule runs out; returns the steps taken. */
    private static int runToEnd(LockstepModel model) {
        model.start();
        int steps = 0;
        while (model.schedule.step(model)) {
            steps++;
            assertTrue(steps <= 10_000, "the schedule ends at the horizon");
        }
        return steps;
    }

    private LockstepModel lockstep(Scenario scenario, long guiSeed, Variant... variants) {
        LockstepModel model = new LockstepModel(guiSeed, new ChartBuffer());
        List<LockstepModel.LaneSetup> setups = new ArrayList<>();
        for (Variant v : variants) {
            setups.add(new LockstepModel.LaneSetup(v.name(), recipes.recipe(scenario, v)));
        }
        model.prepare(setups);
        return model;
    }

    @Test
    void theGuiModelGivesTheHeadlessWeeklyRowsAndStopsAtTheHorizon() {
        Scenario scenario = load("baseline.yaml", WEEKS);
        LockstepModel model = lockstep(scenario, 1, scenario.baseline());
        assertEquals(WEEKS, runToEnd(model));
        List<WeeklyRow> gui = model.lanes().get(0).rows();
        assertEquals(WEEKS, gui.size());
        assertEquals(HeadlessRuns.weeklyRows(scenario, scenario.baseline()), gui);
    }

    @Test
    void theGuisOwnSeedMovesTheLayoutButNotTheModel() {
        Scenario scenario = load("baseline.yaml", WEEKS);
        LockstepModel one = lockstep(scenario, 1, scenario.baseline());
        LockstepModel two = lockstep(scenario, 2, scenario.baseline());
        runToEnd(one);
        runToEnd(two);
        assertEquals(one.lanes().get(0).rows(), two.lanes().get(0).rows());
        assertNotEquals(positions(one.lanes().get(0)), positions(two.lanes().get(0)), "jitter comes from the GUI seed");
    }

    private static List<Double2D> positions(Lane lane) {
        List<Double2D> all = new ArrayList<>();
        for (User u : lane.model().views().users()) {
            all.add(lane.layout().community().getObjectLocation(lane.layout().node(u)));
        }
        return all;
    }

    @Test
    void sideBySideRunsEachVariantAsItsOwnHeadlessRunWithTheSameSeed() {
        Scenario scenario = load("mentor-network.yaml", WEEKS);
        Variant none = scenario.variant("baseline").orElseThrow();
        Variant monthly = scenario.variant("monthly").orElseThrow();
        LockstepModel model = lockstep(scenario, 7, none, monthly);
        assertEquals(WEEKS, runToEnd(model));
        Lane a = model.lanes().get(0);
        Lane b = model.lanes().get(1);
        assertEquals(a.recipe().seed(), b.recipe().seed());
        assertEquals(HeadlessRuns.weeklyRows(scenario, none), a.rows());
        assertEquals(HeadlessRuns.weeklyRows(scenario, monthly), b.rows());
        assertNotEquals(a.rows(), b.rows(), "a mentor network changes the run");
        assertTrue(b.model().views().networks().size() > 0);
        assertEquals(0, a.model().views().networks().size());
    }

    @Test
    void aVariantSwitchesParametersAtThePolicyWeekAsHeadlessDoes() {
        Scenario scenario = load("policy-package.yaml", 60);
        Variant policy = scenario.variants().get(1);
        LockstepModel model = lockstep(scenario, 3, policy);
        assertEquals(60, runToEnd(model));
        assertEquals(HeadlessRuns.weeklyRows(scenario, policy), model.lanes().get(0).rows());
        assertEquals(policy.parameters(), model.lanes().get(0).model().parameters());
    }

    /**
     * Over three years (users leave for destinations, mentors quit or leave), the display draws a
     * user or mentor exactly when the legend's rule ({@link CommunityLayout#drawn}) says it does,
     * which is what the legend marks and names (LegendAndTextTest).
     */
    @Test
    void theDisplayDrawsExactlyWhatTheLegendMarks() {
        Scenario scenario = load("baseline.yaml", 156);
        LockstepModel model = lockstep(scenario, 1, scenario.baseline());
        runToEnd(model);
        Lane lane = model.lanes().get(0);
        java.util.Set<Stage> notDrawn = java.util.EnumSet.noneOf(Stage.class);
        for (User u : lane.model().views().users()) {
            boolean drawn = lane.layout().community().getObjectLocation(lane.layout().node(u)) != null;
            assertEquals(CommunityLayout.drawn(u.stage()), drawn, "user " + u.id() + " " + u.stage());
            if (!drawn) {
                notDrawn.add(u.stage());
            }
        }
        assertTrue(notDrawn.size() >= 2 && notDrawn.stream().allMatch(Stage::isDestination), "users not drawn: " + notDrawn);
        java.util.Set<org.inclusim.model.MentorState> gone = java.util.EnumSet.noneOf(org.inclusim.model.MentorState.class);
        for (org.inclusim.model.Mentor m : lane.model().views().mentors()) {
            boolean drawn = lane.layout().community().getObjectLocation(lane.layout().node(m)) != null;
            assertEquals(CommunityLayout.drawn(m.state()), drawn, "mentor " + m.id() + " " + m.state());
            if (!drawn) {
                gone.add(m.state());
            }
        }
        assertTrue(gone.contains(org.inclusim.model.MentorState.LEFT), "a mentor left by turnover and is not drawn: " + gone);
    }

    @Test
    void theLayoutDrawsEveryoneInTheMeasureAndNoOneWhoLeft() {
        Scenario scenario = load("baseline.yaml", WEEKS);
        LockstepModel model = lockstep(scenario, 1, scenario.baseline());
        runToEnd(model);
        Lane lane = model.lanes().get(0);
        int exited = 0;
        for (User u : lane.model().views().users()) {
            Double2D at = lane.layout().community().getObjectLocation(lane.layout().node(u));
            if (u.stage().isDestination()) {
                exited++;
                assertNull(at, "user " + u.id());
            } else {
                assertTrue(at != null && at.x >= 0 && at.x <= CommunityLayout.WIDTH && at.y >= 0 && at.y <= CommunityLayout.HEIGHT,
                        "user " + u.id() + " at " + at);
            }
        }
        assertTrue(exited < lane.model().views().users().size());
        long mentoring = lane.layout().ties().getAllNodes().size();
        assertTrue(mentoring > 0, "ties are drawn");
        for (User u : lane.model().views().users()) {
            List<Transition> trajectory = lane.history().trajectory(u.id());
            assertEquals(Cause.REFERRAL, trajectory.get(0).cause(), "user " + u.id());
            assertEquals(u.stage(), trajectory.get(trajectory.size() - 1).to(), "user " + u.id());
        }
        assertEquals(WEEKS, lane.history().strainHistory(lane.model().views().mentors().get(0).id()).length,
                "a mentor in role all year has a strain value for every week");
    }

    @Test
    void theRetentionCurveStartsAtOneAndNeverRises() {
        Scenario scenario = load("baseline.yaml", WEEKS);
        LockstepModel model = lockstep(scenario, 1, scenario.baseline());
        runToEnd(model);
        double[] curve = model.lanes().get(0).retentionCurve();
        assertTrue(curve.length > 1, "some first jobs started within a year");
        assertEquals(1.0, curve[0]);
        for (int t = 1; t < curve.length; t++) {
            assertTrue(curve[t] >= 0 && curve[t] <= curve[t - 1], "share at " + t + " is in [0, share at " + (t - 1) + "]");
        }
        assertTrue(curve[curve.length - 1] < 1.0, "some first job ended within the year");
    }

    @Test
    void editedParametersApplyAtTheNextStartWithinTheCatalogueBounds() {
        Scenario scenario = load("baseline.yaml", WEEKS);
        ParameterProxy proxy = new ParameterProxy(recipes.recipe(scenario, scenario.baseline()).parameters(), List::of);
        assertFalse(proxy.edit("placement.plannedWeeks", 100_000), "above the catalogue's bound");
        assertFalse(proxy.edit("mentors.superMentorShare", -0.1), "below the catalogue's bound");
        assertTrue(proxy.edits().isEmpty());
        assertTrue(proxy.edit("placement.plannedWeeks", 26));
        assertTrue(proxy.edit("training.level", "extended"));
        RunRecipe edited = proxy.withEdits(recipes.recipe(scenario, scenario.baseline()));
        assertEquals(26, edited.parameters().placement().plannedWeeks());
        assertEquals(26, edited.policyParameters().placement().plannedWeeks());
        LockstepModel model = new LockstepModel(1, new ChartBuffer());
        model.prepare(List.of(new LockstepModel.LaneSetup("edited", edited)));
        runToEnd(model);
        assertEquals(26, model.lanes().get(0).model().parameters().placement().plannedWeeks());
        assertNotEquals(HeadlessRuns.weeklyRows(scenario, scenario.baseline()), model.lanes().get(0).rows());
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Test
    void inBokmalTheModelTabExplainsEveryParameterInBokmal() {
        Scenario scenario = load("baseline.yaml", WEEKS);
        Properties properties = Properties.getProperties(new ParameterProxy(recipes.recipe(scenario, scenario.baseline()).parameters(),
                List::of));
        List<ParameterDefinition> definitions = ParameterProxy.shownParameters();
        int first = properties.numProperties() - definitions.size();
        Messages nb = Messages.of(Language.NB);
        GuiText.use(Language.NB);
        try {
            for (int i = 0; i < definitions.size(); i++) {
                ParameterDefinition d = definitions.get(i);
                String tooltip = properties.getDescription(first + i);
                assertTrue(tooltip.contains(html(nb.text("parameter." + d.path()))), d.path() + ": " + tooltip);
                assertFalse(tooltip.contains(html(d.doc())), d.path() + " not in English: " + tooltip);
                assertTrue(d.unit().equals("-") || tooltip.contains("enhet: " + html(nb.text(Messages.unitKey(d.unit()))) + ";"),
                        d.path() + " unit in bokmål: " + tooltip);
            }
        } finally {
            GuiText.use(Language.EN);
        }
    }

    @Test
    void theModelTabShowsEveryParameterWithItsCatalogueRangeMeaningAndUnit() {
        GuiText.use(Language.EN);
        Scenario scenario = load("baseline.yaml", WEEKS);
        ParameterProxy proxy = new ParameterProxy(recipes.recipe(scenario, scenario.baseline()).parameters(), List::of);
        Properties properties = Properties.getProperties(proxy);
        List<ParameterDefinition> definitions = ParameterProxy.shownParameters();
        int first = properties.numProperties() - definitions.size();
        assertTrue(first > 0, "live statistics come first");
        assertFalse(properties.isReadWrite(0));
        for (int i = 0; i < definitions.size(); i++) {
            ParameterDefinition d = definitions.get(i);
            int index = first + i;
            assertEquals(d.path(), properties.getName(index));
            assertTrue(properties.isReadWrite(index));
            assertTrue(properties.getDescription(index).contains(html(d.doc())) && properties.getDescription(index).contains(d.unit()),
                    d.path());
            Object domain = properties.getDomain(index);
            if (d.type().isEnum()) {
                assertEquals(d.type().getEnumConstants().length, ((Object[]) domain).length, d.path());
            } else if (d.type() != boolean.class && !Double.isInfinite(d.min()) && !Double.isInfinite(d.max())) {
                assertEquals(d.min(), ((Interval) domain).getMin().doubleValue(), d.path());
                assertEquals(d.max(), ((Interval) domain).getMax().doubleValue(), d.path());
            }
        }
        int planned = first + definitions.stream().map(ParameterDefinition::path).toList().indexOf("placement.plannedWeeks");
        assertEquals(12, properties.getValue(planned));
        assertNull(properties.setValue(planned, "9999"), "out of bounds is refused");
        assertEquals(26, properties.setValue(planned, "26"));
        assertEquals(26, proxy.current().placement().plannedWeeks());
    }

    @Test
    void theStartIsBuiltBeforePlayAndTheFirstStartRunsThoseVeryLanes() {
        Scenario scenario = load("mentor-network.yaml", WEEKS);
        LockstepModel model = lockstep(scenario, 1, scenario.baseline());
        model.preview();
        Lane previewed = model.lanes().get(0);
        assertEquals(-1, previewed.week(), "before week 0");
        assertTrue(previewed.model().views().mentors().size() > 0 && previewed.model().views().workplaces().size() > 0);
        assertTrue(previewed.layout().community().getAllObjects().size() > 0, "the community is drawn before Play");
        assertTrue(model.atStart());
        assertEquals(WEEKS, runToEnd(model));
        assertTrue(previewed == model.lanes().get(0), "Play runs the lanes shown at the start");
        assertEquals(HeadlessRuns.weeklyRows(scenario, scenario.baseline()), previewed.rows());
    }

    @Test
    void theChartsShowTheStartAtWeekZeroUntilWeekZerosRowReplacesIt() {
        Scenario scenario = load("baseline.yaml", WEEKS);
        ChartBuffer buffer = new ChartBuffer();
        LockstepModel model = new LockstepModel(1, buffer);
        model.prepare(List.of(new LockstepModel.LaneSetup("baseline", recipes.recipe(scenario, scenario.baseline()))));
        model.preview();
        TimeCharts charts = new TimeCharts();
        charts.apply(buffer.drain());
        int pool = model.lanes().get(0).model().views().mentorCount(org.inclusim.model.MentorState.ACTIVE);
        assertEquals(1, charts.weekly("mentor_pool", 0).getItemCount(), "one point before Play");
        assertEquals(0, charts.weekly("mentor_pool", 0).getX(0).intValue());
        assertEquals(pool, charts.weekly("mentor_pool", 0).getY(0).intValue());
        model.start();
        for (int w = 0; w < 3; w++) {
            model.schedule.step(model);
        }
        charts.apply(buffer.drain());
        List<WeeklyRow> rows = model.lanes().get(0).rows();
        assertEquals(3, charts.weekly("employed", 0).getItemCount(), "weeks 0, 1, 2: the start was replaced by week 0");
        for (int w = 0; w < 3; w++) {
            assertEquals(rows.get(w).referred(), charts.weekly("referred", 0).getY(w).intValue());
        }
    }

    /**
     * Mentors who quit the role or left the workplace are not drawn, so the Model tab counts them
     * (with every other mentor state) and the mentor chart draws them so far, in their state
     * colours: over three years of the strained variant both happen, and the Model tab, the chart
     * and the sum of weekly.csv's {@code quits} and {@code mentors_left} agree with the model.
     */
    @Test
    void mentorsWhoQuitOrLeftAreCountedInTheModelTabAndTheMentorChart() {
        GuiText.use(Language.EN);
        Scenario scenario = load("mentor-strain.yaml", 156);
        ChartBuffer buffer = new ChartBuffer();
        LockstepModel model = new LockstepModel(1, buffer);
        Variant strained = scenario.variant("no_allotted_time").orElseThrow();
        model.prepare(List.of(new LockstepModel.LaneSetup(strained.name(), recipes.recipe(scenario, strained))));
        TimeCharts charts = new TimeCharts();
        runToEnd(model);
        charts.apply(buffer.drain());
        Lane lane = model.lanes().get(0);
        Properties tab = Properties.getProperties(new ParameterProxy(lane.model().parameters(), () -> List.of(lane)));
        for (MentorState state : MentorState.values()) {
            String name = GuiText.text("gui.stat." + ParameterProxy.mentorStateKey(state));
            assertEquals(Integer.toString(lane.model().views().mentorCount(state)), statistic(tab, name), state.label());
        }
        int quit = lane.rows().stream().mapToInt(WeeklyRow::quits).sum();
        int left = lane.rows().stream().mapToInt(WeeklyRow::mentorsLeft).sum();
        assertTrue(quit > 0 && left > 0, "mentors quit (" + quit + ") and left (" + left + ") in three years");
        assertEquals(quit, lane.model().views().mentorCount(MentorState.QUIT));
        assertEquals(left, lane.model().views().mentorCount(MentorState.LEFT));
        assertEquals("mentors who quit the role (so far)", GuiText.text("gui.stat." + ParameterProxy.mentorStateKey(MentorState.QUIT)));
        for (String id : List.of("mentors_quit", "mentors_left")) {
            org.jfree.data.xy.XYSeries series = charts.weekly(id, 0);
            assertEquals(156, series.getItemCount(), id);
            assertEquals(id.equals("mentors_quit") ? quit : left, series.getY(155).intValue(), id + " at the horizon");
            for (int w = 1; w < 156; w++) {
                WeeklyRow row = lane.rows().get(w);
                assertEquals(id.equals("mentors_quit") ? row.quits() : row.mentorsLeft(),
                        series.getY(w).intValue() - series.getY(w - 1).intValue(), id + " in week " + w);
            }
        }
        org.jfree.chart.plot.XYPlot mentorChart = charts.charts().get(1).getXYPlot();
        for (MentorState state : List.of(MentorState.QUIT, MentorState.LEFT)) {
            int index = ((org.jfree.data.xy.XYSeriesCollection) mentorChart.getDataset())
                    .indexOf(charts.weekly("mentors_" + state.label(), 0));
            assertEquals(Palette.mentorState(state), mentorChart.getRenderer().getSeriesPaint(index), state + " in its colour");
        }
    }

    /** The value of the Model tab's figure of this name (one lane). */
    private static String statistic(Properties tab, String name) {
        for (int i = 0; i < tab.numProperties(); i++) {
            if (tab.getName(i).equals(name)) {
                return (String) tab.getValue(i);
            }
        }
        throw new AssertionError("the Model tab has no figure '" + name + "'");
    }

    @Test
    void inspectorsShowFactsInPlainWordsWithUnitsAndInternalsOnlyWhenAsked() {
        Scenario scenario = load("baseline.yaml", WEEKS);
        LockstepModel model = lockstep(scenario, 1, scenario.baseline());
        runToEnd(model);
        Lane lane = model.lanes().get(0);
        User user = lane.model().views().users().get(0);
        UserNode node = lane.layout().node(user);
        List<Inspectable.Fact> facts = node.facts(false);
        assertEquals("User 0", node.title());
        Inspectable.Fact need = facts.stream().filter(f -> f.label().equals("support need")).findFirst().orElseThrow();
        assertEquals(String.format(java.util.Locale.ROOT, "%.2f (scale 0 to 1)", user.supportNeed()), need.value());
        assertTrue(facts.stream().noneMatch(f -> f.label().equals("supportNeed")), "internals hidden");
        assertTrue(node.facts(true).stream().anyMatch(f -> f.label().equals("supportNeed") && f.value().equals(Double.toString(user.supportNeed()))),
                "internals at full precision when asked");
        assertTrue(facts.stream().anyMatch(f -> f.label().equals("stage") && f.value().equals(org.inclusim.presentation.Messages
                .of(org.inclusim.presentation.Language.EN).stage(user.stage().label()))), facts.toString());
        GuiText.use(org.inclusim.presentation.Language.NB);
        try {
            List<Inspectable.Fact> nb = node.facts(false);
            assertEquals("Bruker 0", node.title());
            assertTrue(nb.stream().anyMatch(f -> f.label().equals("bistandsbehov") && f.value().endsWith("(skala 0 til 1)")
                    && f.value().contains(",")), nb.toString());
        } finally {
            GuiText.use(org.inclusim.presentation.Language.EN);
        }
        org.inclusim.model.Mentor burnt = lane.model().views().mentors().stream()
                .filter(m -> m.burnoutEpisodes() > 0 && m.quitWeek() < 0).findFirst().orElse(null);
        if (burnt != null) {
            assertFalse(lane.history().leaveEpisodes(burnt.id()).isEmpty(), "a mentor who burnt out has a leave episode");
        }
    }

    @Test
    void masonsNewSimulationMenuFindsTheCommandLinesRuleAsAService() {
        assertEquals(SingleRunRecipes.class, RecipeSource.installed().getClass());
        Scenario scenario = load("mentor-network.yaml", WEEKS);
        Variant monthly = scenario.variant("monthly").orElseThrow();
        RunRecipe recipe = RecipeSource.installed().recipe(scenario, monthly);
        RunSpec spec = SingleRun.spec(scenario, monthly);
        assertEquals(spec.seed(), recipe.seed());
        assertEquals(spec.parameters(), recipe.parameters());
        assertEquals(WEEKS, recipe.horizonWeeks());
    }
}
