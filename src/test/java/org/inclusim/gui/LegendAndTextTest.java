package org.inclusim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inclusim.model.Cause;
import org.inclusim.model.MentorState;
import org.inclusim.model.Stage;
import org.inclusim.model.parameters.ParameterCatalog;
import org.inclusim.model.parameters.ParameterDefinition;
import org.inclusim.presentation.Colours;
import org.inclusim.presentation.Language;
import org.inclusim.presentation.Messages;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/**
 * What the legend, the inspectors and the Model tab name: every stage, mentor state, cause and
 * tie the model has gets a colour and a label in both languages, by key, so that a value added
 * to the model fails here until it has them.
 */
class LegendAndTextTest {
    private static final Colours.Rgb UNKNOWN = Colours.stage("\u0000 no such stage");

    @Test
    void everyStageAndMentorStateHasASharedColourAndALabelInBothLanguages() {
        for (Stage stage : Stage.values()) {
            assertNotEquals(UNKNOWN, Colours.stage(stage.label()), "stage " + stage.label() + " has no colour in presentation.Colours");
            for (Language language : Language.values()) {
                assertTrue(Messages.of(language).has("stage." + stage.label()), language + ": stage." + stage.label());
            }
        }
        for (MentorState state : MentorState.values()) {
            assertNotEquals(Colours.mentorState("\u0000 no such state"), Colours.mentorState(state.label()),
                    "mentor state " + state.label() + " has no colour in presentation.Colours");
            for (Language language : Language.values()) {
                assertTrue(Messages.of(language).has("mentor_state." + state.label()), language + ": mentor_state." + state.label());
                String figure = "gui.stat." + ParameterProxy.mentorStateKey(state);
                assertTrue(Messages.of(language).has(figure) && Messages.of(language).has(figure + ".doc"),
                        language + ": the Model tab's figure " + figure);
            }
        }
    }

    @Test
    void everyCauseTieAndTrainingLevelHasALabelInBothLanguages() {
        for (Language language : Language.values()) {
            Messages m = Messages.of(language);
            for (Cause cause : Cause.values()) {
                assertTrue(m.has("gui.cause." + cause.label()), language + ": gui.cause." + cause.label());
            }
            for (Tie tie : Tie.values()) {
                assertTrue(m.has("gui.legend.tie." + tie.name().toLowerCase(java.util.Locale.ROOT)), language + ": tie " + tie);
            }
            for (var level : org.inclusim.model.parameters.TrainingLevel.values()) {
                assertTrue(m.has("gui.training." + level.name().toLowerCase(java.util.Locale.ROOT)), language + ": training " + level);
            }
        }
    }

    /**
     * The legend marks (with a colour) exactly the stages and mentor states the display draws, and
     * says what is not drawn, without a colour: users who left the measure (pointing to the stage
     * chart, which counts them by destination), and every mentor state out of the role (quit, and
     * left the workplace by turnover), pointing to the mentor chart, which counts them. No item is wider than a side-by-side display can hold, so
     * the rows wrap instead of widening the window.
     */
    @Test
    void theLegendMarksWhatTheDisplayDrawsAndNamesWhatItDoesNot() {
        GuiText.use(Language.NB);
        try {
            Messages m = Messages.of(Language.NB);
            LegendPanel legend = new LegendPanel(CommunityView.WIDTH_PIXELS, (tie, on) -> { });
            List<javax.swing.JLabel> labels = labels(legend);
            List<String> marked = labels.stream().filter(l -> l.getIcon() != null).map(javax.swing.JLabel::getText).toList();
            List<String> unmarked = labels.stream().filter(l -> l.getIcon() == null).map(javax.swing.JLabel::getText).toList();
            assertTrue(unmarked.contains("vises ikke: brukere som har gått ut (se «Brukere per fase»)"),
                    "the users not drawn: " + unmarked);
            String mentors = unmarked.stream().filter(t -> t.startsWith("vises ikke: mentorer (")).findFirst()
                    .orElseThrow(() -> new AssertionError("the mentors not drawn: " + unmarked));
            assertTrue(unmarked.contains("telles i «Mentorer»"),
                    "where the mentors not drawn are counted: " + unmarked);
            for (Stage stage : Stage.values()) {
                boolean drawn = CommunityLayout.drawn(stage);
                assertEquals(drawn, marked.contains(m.stage(stage.label())), stage + (drawn ? " is drawn and marked" : " is not drawn or marked"));
            }
            for (MentorState state : MentorState.values()) {
                String name = m.mentorState(state.label());
                boolean drawn = CommunityLayout.drawn(state);
                assertEquals(drawn && state != MentorState.ACTIVE, marked.contains(name), state + " marked only if drawn: " + marked);
                assertEquals(!drawn, mentors.contains(name), state + " in the mentors not drawn: " + mentors);
            }
            assertFalse(CommunityLayout.drawn(Stage.DISABILITY_BENEFIT) || CommunityLayout.drawn(Stage.EDUCATION)
                    || CommunityLayout.drawn(MentorState.QUIT) || CommunityLayout.drawn(MentorState.LEFT), "who leaves is not drawn");
            assertTrue(marked.contains("øverst til venstre: køen som venter på veileder"), "the queue is named: " + marked);
            for (javax.swing.JLabel label : labels) {
                // Fits a side-by-side display on a 1280-pixel screen (scale 0.86) beside its row's title.
                assertTrue(label.getPreferredSize().width <= 0.6 * CommunityView.WIDTH_PIXELS, "wraps: " + label.getText());
            }
            for (Tie tie : Tie.values()) {
                assertTrue(legend.toggle(tie).isSelected(), tie + " is shown at first");
            }
        } finally {
            GuiText.use(Language.EN);
        }
    }

    private static List<javax.swing.JLabel> labels(java.awt.Container c) {
        List<javax.swing.JLabel> all = new java.util.ArrayList<>();
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof javax.swing.JLabel l) {
                all.add(l);
            }
            if (child instanceof java.awt.Container inner) {
                all.addAll(labels(inner));
            }
        }
        return all;
    }

    @Test
    void theModelTabOffersEveryParameterThatChangesARunButNoUnitCost() {
        List<String> shown = ParameterProxy.shownParameters().stream().map(ParameterDefinition::path).toList();
        List<String> costs = ParameterCatalog.instance().definitions().stream().map(ParameterDefinition::path)
                .filter(p -> p.startsWith("costs.")).toList();
        assertFalse(costs.isEmpty(), "the catalogue has unit costs");
        costs.forEach(c -> assertFalse(shown.contains(c), c + " changes nothing in a run"));
        assertEquals(ParameterCatalog.instance().definitions().size() - costs.size(), shown.size());
    }

    @Test
    void aChartsDataIsExportedAsTidyCsvWithQuotedSeriesNames() {
        XYSeries a = new XYSeries("mean strain (baseline)");
        a.add(0, 0.5);
        a.add(1, 0.25);
        XYSeries b = new XYSeries("users, \"waiting\"");
        b.add(0, 3);
        JFreeChart chart = ChartFactory.createXYLineChart("t", "x", "y", new XYSeriesCollection(a));
        ((XYSeriesCollection) chart.getXYPlot().getDataset()).addSeries(b);
        assertEquals("series,x,y\nmean strain (baseline),0,0.5\nmean strain (baseline),1,0.25\n\"users, \"\"waiting\"\"\",0,3\n",
                ChartExport.csv(chart));
        assertEquals("brukere-per-fase", ChartExport.fileName("Brukere per fase"));
    }
}
