package org.inclusim.gui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;

/**
 * One community display: a MASON {@link Display2D} in its own frame, the named regions under the
 * ties and the agents, a status line with the week and a hint, and the legend with the layer
 * toggles below. Shows one lane at a time ({@link #show}); a single click selects one agent and
 * highlights its ties ({@link ViewState}).
 */
final class CommunityView {
    static final int WIDTH_PIXELS = 720;
    static final int HEIGHT_PIXELS = 540;
    /** The drawing area at scale 1. */
    static final Dimension FIELD = new Dimension(WIDTH_PIXELS, HEIGHT_PIXELS);

    private final Display2D display;
    private final JFrame frame;
    private final ViewState state = new ViewState();
    private final ContinuousPortrayal2D agents = new ContinuousPortrayal2D();
    private final NetworkPortrayal2D ties = new NetworkPortrayal2D();
    private final JLabel status = narrow();
    private final JLabel hint = narrow();
    private final LegendPanel legend;

    CommunityView(GUIState gui, String title) {
        agents.setPortrayalForClass(UserNode.class, new UserPortrayal(state));
        agents.setPortrayalForClass(MentorNode.class, new MentorPortrayal(state));
        agents.setPortrayalForClass(WorkplaceNode.class, new WorkplacePortrayal(state));
        agents.setPortrayalForClass(AdviserNode.class, new AdviserPortrayal(state));
        ties.setPortrayalForAll(new TiePortrayal(state));
        display = new Display2D(WIDTH_PIXELS, HEIGHT_PIXELS, gui);
        display.setBackdrop(Palette.BACKGROUND);
        display.setClipping(false);
        display.setSelectionMode(Display2D.SELECTION_MODE_SINGLE);
        display.attach(new RegionsPortrayal(), GuiText.text("gui.layer.regions"));
        display.attach(ties, GuiText.text("gui.layer.ties"));
        display.attach(agents, GuiText.text("gui.layer.agents"));
        frame = display.createFrame();
        legend = new LegendPanel(WIDTH_PIXELS, (tie, on) -> {
            state.show(tie, on);
            display.repaint();
        });
        status.setFont(status.getFont().deriveFont(Font.BOLD, 12f));
        hint.setFont(hint.getFont().deriveFont(Font.PLAIN, 12f));
        JPanel lines = new JPanel(new java.awt.GridLayout(2, 1));
        lines.setOpaque(false);
        lines.setBorder(BorderFactory.createEmptyBorder(3, 8, 3, 8));
        lines.add(status);
        lines.add(hint);
        JPanel south = new JPanel(new BorderLayout());
        south.setBackground(Palette.BACKGROUND);
        south.add(lines, BorderLayout.NORTH);
        south.add(legend, BorderLayout.CENTER);
        frame.getContentPane().add(south, BorderLayout.SOUTH);
        frame.setTitle(title);
        frame.pack();
    }

    Display2D display() {
        return display;
    }

    JFrame frame() {
        return frame;
    }

    ContinuousPortrayal2D agents() {
        return agents;
    }

    ViewState state() {
        return state;
    }

    LegendPanel legend() {
        return legend;
    }

    /** Shows the status line (the week) and the hint (what to do next). */
    void status(String week, String next) {
        status.setText(week);
        hint.setText(next);
    }

    /** The status line and the hint as shown. */
    String statusText() {
        return status.getText() + " " + hint.getText();
    }

    /** A label that takes the width it is given and never widens the window. */
    private static JLabel narrow() {
        JLabel label = new JLabel(" ") {
            private static final long serialVersionUID = 1L;

            @Override
            public Dimension getPreferredSize() {
                return new Dimension(50, super.getPreferredSize().height);
            }
        };
        return label;
    }

    /** Draws this lane from now on, with nothing selected. */
    void show(Lane lane, String title) {
        display.clearSelections();
        state.follow(lane.layout());
        agents.setField(lane.layout().community());
        ties.setField(new SpatialNetwork2D(lane.layout().community(), lane.layout().ties()));
        frame.setTitle(title);
        display.reset();
        display.repaint();
    }
}
